/** What the preview is of: type, size, where it came from, and the SHA-256 that proves the bytes are unchanged. */
import { useRef, useState } from 'react';
import type { Evidence } from '@shared/model';
import { formatBytes } from '@shared/progress/progress';

type CopyState = 'idle' | 'copied' | 'selected';

export function EvidenceDetails({ evidence }: Readonly<{ evidence: Evidence }>) {
  const hashRef = useRef<HTMLElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');

  const copyHash = async () => {
    try {
      await navigator.clipboard.writeText(evidence.id);
      setCopy('copied');
    } catch {
      // The clipboard can be refused (the desktop shell grants no permissions): select the hash for Ctrl+C instead.
      const hash = hashRef.current;
      if (hash) window.getSelection()?.selectAllChildren(hash);
      setCopy('selected');
    }
  };

  return (
    <dl className="evidence-details">
      <div>
        <dt>Media type</dt>
        <dd>{evidence.mediaType}</dd>
      </div>
      <div>
        <dt>Size</dt>
        <dd>
          {formatBytes(evidence.size)} <span className="muted">({evidence.size.toLocaleString()} bytes)</span>
        </dd>
      </div>
      {evidence.otherNames.length > 0 ? (
        <div>
          <dt>Also received as</dt>
          <dd>{evidence.otherNames.join(', ')}</dd>
        </div>
      ) : null}
      {evidence.sourceUrl ? (
        <div>
          <dt>Source</dt>
          <dd className="evidence-details__url">{evidence.sourceUrl}</dd>
        </div>
      ) : null}
      <div className="evidence-details__hash">
        <dt>SHA-256</dt>
        <dd>
          <code ref={hashRef} className="evidence-hash">
            {evidence.id}
          </code>
          <button type="button" className="button button--quiet" onClick={() => void copyHash()}>
            Copy
          </button>
          <span role="status" className="muted small">
            {copy === 'copied' ? 'Copied' : copy === 'selected' ? 'Selected: press Ctrl+C to copy' : ''}
          </span>
        </dd>
      </div>
    </dl>
  );
}
