/** One page of a PDF drawn into a canvas, sharp on high-density screens; drawing stops if the page goes away. */
import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';

/** Pages are drawn for this CSS width (the dialog's), and scaled down by CSS when the space is narrower. */
const TARGET_WIDTH = 900;

export function PdfPage({
  document,
  pageNumber,
}: Readonly<{ document: PDFDocumentProxy; pageNumber: number }>) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    let task: RenderTask | undefined;
    let cancelled = false;
    const draw = async () => {
      const canvas = canvasRef.current;
      if (!canvas) return;
      try {
        const page = await document.getPage(pageNumber);
        if (cancelled) return;
        const natural = page.getViewport({ scale: 1 });
        const pixelRatio = Math.min(window.devicePixelRatio || 1, 2);
        const viewport = page.getViewport({ scale: (TARGET_WIDTH / natural.width) * pixelRatio });
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.style.aspectRatio = `${viewport.width} / ${viewport.height}`;
        task = page.render({ canvas, viewport });
        await task.promise;
      } catch (error) {
        if (cancelled || (error instanceof Error && error.name === 'RenderingCancelledException')) return;
        setFailure(error instanceof Error ? error.message : String(error));
      }
    };
    void draw();
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [document, pageNumber]);

  const label = `Page ${pageNumber} of ${document.numPages}`;
  return (
    <figure className="pdf-page">
      <div role="img" aria-label={label} className="pdf-page__sheet">
        <canvas ref={canvasRef} />
      </div>
      <figcaption className="muted small">
        {failure === undefined ? label : `${label} could not be drawn: ${failure}`}
      </figcaption>
    </figure>
  );
}
