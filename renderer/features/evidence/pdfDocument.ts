/**
 * Opening a PDF with pdf.js, for drawing its pages to canvases and nothing more. This module is loaded only when a
 * PDF is previewed (pdf.js is large), and every choice here is about evidence being hostile:
 *
 * - Only the core library is used: no viewer, no annotation or form layer, no `pdf.sandbox` — so a document's
 *   JavaScript (OpenAction, form calculations) has nothing to run in, and its links cannot navigate anything.
 *   pdf.js 6 has no `eval` path left at all (the old `isEvalSupported` font compiler is gone), and the app's CSP
 *   forbids it anyway. XFA forms, which pdf.js would render as live HTML, stay off.
 * - The worker is the package's prebuilt module, emitted by Vite as a same-origin asset (`?url`): allowed by the
 *   CSP's `worker-src 'self'`, served as JavaScript by both `vite preview` and the desktop protocol (`.mjs`).
 * - The binary data pdf.js fetches on demand (the 14 standard fonts, CJK CMaps, image decoders in WebAssembly) is
 *   bundled too and handed over through a `BinaryDataFactory`, because pdf.js would otherwise build URLs in a
 *   folder next to the page that the build does not have. Nothing is ever fetched from outside the app.
 */
import * as pdfjs from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import jbig2Wasm from 'pdfjs-dist/wasm/jbig2.wasm?url';
import openjpegWasm from 'pdfjs-dist/wasm/openjpeg.wasm?url';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

const fileNameOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
const byFileName = (urls: Record<string, string>): ReadonlyMap<string, string> =>
  new Map(Object.entries(urls).map(([path, url]) => [fileNameOf(path), url]));

const BUNDLED: Readonly<Record<string, ReadonlyMap<string, string>>> = {
  standardFontDataUrl: byFileName(
    import.meta.glob<string>('../../../node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}', {
      query: '?url',
      import: 'default',
      eager: true,
    }),
  ),
  cMapUrl: byFileName(
    import.meta.glob<string>('../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
      query: '?url',
      import: 'default',
      eager: true,
    }),
  ),
  wasmUrl: new Map([
    ['jbig2.wasm', jbig2Wasm],
    ['openjpeg.wasm', openjpegWasm],
  ]),
};

/** Serves pdf.js's requests for fonts, CMaps and decoders from the bundled copies (see the module comment). */
class BundledBinaryData {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = BUNDLED[kind]?.get(filename);
    if (url === undefined) throw new Error(`No bundled ${kind} file named ${filename}`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Could not load ${filename}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

export type OpenedPdf = Readonly<{
  promise: Promise<PDFDocumentProxy>;
  /** Stops loading or frees a loaded document, and its worker. */
  destroy(): Promise<void>;
}>;

/** Starts opening a PDF from its bytes (which are handed to the worker: the array is unusable afterwards). */
export function openPdf(data: Uint8Array): OpenedPdf {
  const task = pdfjs.getDocument({
    data,
    // Warnings about a malformed file are pdf.js's business, not the console's: the page says what failed.
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    enableXfa: false,
    useWorkerFetch: false,
    BinaryDataFactory: BundledBinaryData,
    // A page whose images are huge is drawn without them rather than exhausting memory.
    maxImageSize: 64 * 1024 * 1024,
  });
  return { promise: task.promise, destroy: () => task.destroy() };
}

/** Why a PDF could not be opened, in words for the investigator. */
export function describePdfError(error: unknown): string {
  if (error instanceof pdfjs.PasswordException) {
    return 'This PDF is protected by a password, so it cannot be previewed here. Save a copy to open it elsewhere.';
  }
  if (error instanceof pdfjs.InvalidPDFException) {
    return 'This file is not a valid PDF (or it is damaged), so it cannot be previewed.';
  }
  return `The PDF could not be opened: ${error instanceof Error ? error.message : String(error)}`;
}
