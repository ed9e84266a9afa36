/**
 * A look at one piece of evidence without trusting it: images through `<img>`, PDFs drawn by pdf.js, web pages
 * inert in a sandboxed frame, text as text, anything else for download only (see shared/evidence/previewKind.ts).
 * Used in the Import page's dialog and wherever evidence is listed.
 */
import { useId } from 'react';
import { assertNever } from '@shared/assertNever';
import { previewKind, type PreviewKind } from '@shared/evidence/previewKind';
import { SAVED_PAGE_MAX_BYTES } from '@shared/evidence/savedPage';
import type { Evidence, EvidenceId } from '@shared/model';
import { formatBytes } from '@shared/progress/progress';
import { evidenceBytes } from '@renderer/data/hooks/useEvidence';
import { DownloadOnly } from './DownloadOnly';
import { EvidenceDetails } from './EvidenceDetails';
import { ImagePreview } from './ImagePreview';
import { PdfPreview } from './PdfPreview';
import { SavedPagePreview } from './SavedPagePreview';
import { TextPreview } from './TextPreview';
import { useLoaded } from './useLoaded';

const loadBytes = (id: EvidenceId): Promise<Blob> => evidenceBytes(id);

/** The preview for bytes already in hand, by kind; the Review page uses it for a bundle's files too. */
export function PreviewBody({
  evidence,
  blob,
  kind,
}: Readonly<{ evidence: Evidence; blob: Blob; kind: PreviewKind }>) {
  switch (kind) {
    case 'image':
      return <ImagePreview evidence={evidence} blob={blob} />;
    case 'pdf':
      return <PdfPreview evidence={evidence} blob={blob} />;
    case 'html':
    case 'mhtml':
      if (blob.size > SAVED_PAGE_MAX_BYTES) {
        return (
          <DownloadOnly
            evidence={evidence}
            blob={blob}
            reason={`This saved page is ${formatBytes(blob.size)}, too large to preview here (the limit is ${formatBytes(SAVED_PAGE_MAX_BYTES)}).`}
          />
        );
      }
      return <SavedPagePreview evidence={evidence} blob={blob} format={kind} />;
    case 'text':
      return <TextPreview evidence={evidence} blob={blob} />;
    case 'none':
      return (
        <DownloadOnly
          evidence={evidence}
          blob={blob}
          reason={`Files of type ${evidence.mediaType} are not shown here. Download it to open it with a program you trust.`}
        />
      );
    default:
      return assertNever(kind, 'preview kind');
  }
}

export function EvidencePreview({ evidence }: Readonly<{ evidence: Evidence }>) {
  const headingId = useId();
  const bytes = useLoaded(evidence.id, loadBytes);

  return (
    <section className="evidence-preview" aria-labelledby={headingId}>
      <h2 id={headingId} className="evidence-preview__name">
        {evidence.name}
      </h2>
      <EvidenceDetails evidence={evidence} />
      <div className="evidence-preview__body">
        {bytes.status === 'loading' ? (
          <p className="muted">Loading…</p>
        ) : bytes.status === 'failed' ? (
          <p role="alert">Could not load this evidence: {bytes.message}</p>
        ) : (
          <PreviewBody
            evidence={evidence}
            blob={bytes.value}
            kind={previewKind(evidence.mediaType, evidence.name)}
          />
        )}
      </div>
    </section>
  );
}
