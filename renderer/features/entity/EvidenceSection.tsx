/** The files this entity came from and any picture it is, each opened in a safe preview. */
import { useState } from 'react';
import type { Evidence } from '@shared/model';
import { EvidencePreviewDialog } from '@renderer/features/evidence/EvidencePreviewDialog';

export function EvidenceSection({ evidence }: Readonly<{ evidence: readonly Evidence[] }>) {
  const [previewing, setPreviewing] = useState<Evidence>();
  return (
    <section className="card" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence ({evidence.length.toLocaleString()})</h2>
      {evidence.length === 0 ? (
        <p className="muted">No stored file is behind this entity.</p>
      ) : (
        <ul className="evidence-list">
          {evidence.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="button button--link"
                aria-label={`Preview ${item.name}`}
                onClick={() => setPreviewing(item)}
              >
                {item.name}
              </button>{' '}
              <span className="muted small">
                {item.mediaType} · {item.size.toLocaleString()} bytes ·{' '}
                <code className="hash">{item.id.slice(0, 16)}…</code>
              </span>
            </li>
          ))}
        </ul>
      )}
      {previewing ? (
        <EvidencePreviewDialog evidence={previewing} onClose={() => setPreviewing(undefined)} />
      ) : null}
    </section>
  );
}
