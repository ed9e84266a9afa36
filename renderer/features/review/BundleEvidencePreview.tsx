/**
 * A bundle's evidence file shown with the workbench's own previews, which take a Blob: images through `<img>`,
 * PDFs drawn by pdf.js, web pages inert in the empty sandbox, text as text, anything else for download only. The
 * bytes come from the bundle (through the review worker), never from the network.
 */
import { previewKind } from '@shared/evidence/previewKind';
import type { Evidence } from '@shared/model';
import { PreviewBody } from '@renderer/features/evidence/EvidencePreview';
import { useLoaded } from '@renderer/features/evidence/useLoaded';
import { readBundleFile } from './reviewSession';

const load = (path: string): Promise<Blob> => readBundleFile(path);

export function BundleEvidencePreview({ evidence, path }: Readonly<{ evidence: Evidence; path: string }>) {
  const bytes = useLoaded(path, load);
  if (bytes.status === 'loading') return <p className="muted">Reading the file from the bundle…</p>;
  if (bytes.status === 'failed')
    return <p role="alert">Could not read this file from the bundle: {bytes.message}</p>;
  return (
    <PreviewBody
      evidence={evidence}
      blob={bytes.value}
      kind={previewKind(evidence.mediaType, evidence.name)}
    />
  );
}
