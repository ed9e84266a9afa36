/**
 * An image, only ever through `<img>` from a `blob:` URL: an SVG shown this way is a picture, its scripts and
 * external references never run or load.
 */
import { useState } from 'react';
import type { Evidence } from '@shared/model';
import { DownloadOnly } from './DownloadOnly';
import { useObjectUrl } from './useObjectUrl';

export function ImagePreview({ evidence, blob }: Readonly<{ evidence: Evidence; blob: Blob }>) {
  const url = useObjectUrl(blob);
  const [broken, setBroken] = useState(false);

  if (broken) {
    return (
      <DownloadOnly
        evidence={evidence}
        blob={blob}
        reason="This image could not be decoded (it may be damaged, or not the type its name says)."
      />
    );
  }
  return (
    <figure className="evidence-image">
      {url === undefined ? null : (
        <img src={url} alt={`Contents of ${evidence.name}`} onError={() => setBroken(true)} />
      )}
    </figure>
  );
}
