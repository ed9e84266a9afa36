/** A text file as text, its first megabyte at most. */
import type { Evidence } from '@shared/model';
import {
  decodeTextPreview,
  TEXT_PREVIEW_BYTES,
  type TextPreview as Decoded,
} from '@shared/evidence/textPreview';
import { formatBytes } from '@shared/progress/progress';
import { useLoaded } from './useLoaded';

const readStart = async (blob: Blob): Promise<Decoded> =>
  decodeTextPreview(new Uint8Array(await blob.slice(0, TEXT_PREVIEW_BYTES).arrayBuffer()), blob.size);

export function TextPreview({ evidence, blob }: Readonly<{ evidence: Evidence; blob: Blob }>) {
  const text = useLoaded(blob, readStart);

  if (text.status === 'loading') return <p className="muted">Reading the text…</p>;
  if (text.status === 'failed') return <p role="alert">Could not read the text: {text.message}</p>;
  return (
    <>
      {text.value.truncated ? (
        <p className="note">
          Showing the first {formatBytes(text.value.shownBytes)} of {formatBytes(evidence.size)}. Save a copy
          to see it all.
        </p>
      ) : null}
      <pre className="evidence-text">{text.value.text}</pre>
    </>
  );
}
