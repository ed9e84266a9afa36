/**
 * "Export annotations": the reviewer's annotations on the open bundle as the annotations file (which names the
 * bundle by its manifest's hash and carries its own hash), saved where the reviewer chooses.
 */
import { createAnnotationsFile } from '@shared/bundle/annotations';
import { annotationsFileName } from '@shared/bundle/reviewBrowse';
import { readReviewAnnotations } from '@renderer/data/hooks/useReview';
import type { OpenedInfo } from '@renderer/data/workers/reviewClient';
import { saveBlob } from '@renderer/platform/files';
import { flushAndSettle } from './pendingSaves';

const FILTERS = [{ name: 'Casegraph annotations', extensions: ['json'] }];

export async function exportAnnotations(
  info: OpenedInfo,
  reviewer: string,
): Promise<{ name: string; count: number } | null> {
  // A comment typed a moment ago is still waiting for its pause: it belongs in the file.
  await flushAndSettle();
  const annotations = await readReviewAnnotations(info.manifestSha256);
  const now = new Date();
  const text = createAnnotationsFile({
    manifestSha256: info.manifestSha256,
    manifest: info.manifest,
    reviewer,
    createdAt: now.toISOString(),
    annotations,
  });
  const blob = new Blob([text], { type: 'application/json' });
  const saved = await saveBlob(blob, annotationsFileName(info.manifest.case.reference, now), FILTERS);
  return saved === null ? null : { name: saved.name, count: annotations.length };
}
