/**
 * Opens a PDF for as long as the component shows it: pdf.js is loaded on first use, the document is destroyed
 * (with its worker) when the Blob changes or the preview closes, even halfway through loading.
 */
import { useEffect, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { Loaded } from './useLoaded';

export function usePdfDocument(blob: Blob): Loaded<PDFDocumentProxy> {
  const [state, setState] = useState<{ blob: Blob; loaded: Loaded<PDFDocumentProxy> }>();

  useEffect(() => {
    // An object, not a `let`: it changes from the cleanup while `open` awaits.
    const view = { closed: false };
    const isClosed = () => view.closed;
    let destroy: (() => Promise<void>) | undefined;
    const open = async () => {
      let describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
      try {
        const pdf = await import('./pdfDocument');
        describe = pdf.describePdfError;
        const data = new Uint8Array(await blob.arrayBuffer());
        if (isClosed()) return;
        const opened = pdf.openPdf(data);
        destroy = opened.destroy;
        const document = await opened.promise;
        if (!isClosed()) setState({ blob, loaded: { status: 'ready', value: document } });
      } catch (error) {
        if (!isClosed()) setState({ blob, loaded: { status: 'failed', message: describe(error) } });
      }
    };
    void open();
    return () => {
      view.closed = true;
      void destroy?.();
    };
  }, [blob]);

  return state?.blob === blob ? state.loaded : { status: 'loading' };
}
