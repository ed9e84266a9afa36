/** A PDF as pictures of its pages (see pdfDocument.ts for why this is safe), a few pages at a time. */
import { useState } from 'react';
import type { Evidence } from '@shared/model';
import { DownloadOnly } from './DownloadOnly';
import { PdfPage } from './PdfPage';
import { usePdfDocument } from './usePdfDocument';

/** Pages drawn at first and per "Show more": a 400-page bundle should not draw 400 canvases at once. */
const PAGES_AT_A_TIME = 10;

export function PdfPreview({ evidence, blob }: Readonly<{ evidence: Evidence; blob: Blob }>) {
  const pdf = usePdfDocument(blob);
  const [shown, setShown] = useState(PAGES_AT_A_TIME);

  if (pdf.status === 'loading') return <p className="muted">Opening the PDF…</p>;
  if (pdf.status === 'failed') return <DownloadOnly evidence={evidence} blob={blob} reason={pdf.message} />;
  const document = pdf.value;
  const count = Math.min(shown, document.numPages);
  return (
    <div className="pdf-preview">
      <p className="muted small">
        {document.numPages === 1 ? '1 page' : `${document.numPages.toLocaleString()} pages`}. Drawn as
        pictures: links, forms and scripts in the PDF do nothing here.
      </p>
      {Array.from({ length: count }, (_, index) => (
        <PdfPage key={index + 1} document={document} pageNumber={index + 1} />
      ))}
      {count < document.numPages ? (
        <button type="button" className="button" onClick={() => setShown((n) => n + PAGES_AT_A_TIME)}>
          Show {Math.min(PAGES_AT_A_TIME, document.numPages - count)} more pages ({count} of{' '}
          {document.numPages.toLocaleString()} shown)
        </button>
      ) : null}
    </div>
  );
}
