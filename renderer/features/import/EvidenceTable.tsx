/** The stored evidence with its hashes; each file can be previewed safely and saved back out byte for byte. */
import { useState } from 'react';
import type { Evidence } from '@shared/model';
import { formatBytes } from '@shared/progress/progress';
import { evidenceBytes } from '@renderer/data/hooks/useEvidence';
import { saveBlob } from '@renderer/platform/files';
import { bridge } from '@renderer/platform/bridge';
import { Icon } from '@renderer/ui/Icon';
import { EvidencePreviewDialog } from '@renderer/features/evidence/EvidencePreviewDialog';

export function EvidenceTable({ evidence }: Readonly<{ evidence: readonly Evidence[] }>) {
  const [message, setMessage] = useState<string>();
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState<Evidence>();

  const saveCopy = async (item: Evidence) => {
    try {
      const saved = await saveBlob(await evidenceBytes(item.id), item.name);
      if (saved === null) return;
      setMessage(
        `Saved ${saved.name} (${formatBytes(saved.bytesWritten)})${saved.location ? ` to ${saved.location}` : ''}`,
      );
      setSavedAt(saved.location);
    } catch (error) {
      setSavedAt(null);
      setMessage(`Could not save ${item.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <section className="card" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence ({evidence.length.toLocaleString()})</h2>
      {message ? (
        <p role="status" className="notice">
          {message}
          {savedAt ? (
            <button
              type="button"
              className="button button--link"
              onClick={() => void bridge.revealInFolder(savedAt)}
            >
              Show in folder
            </button>
          ) : null}
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Type</th>
              <th scope="col" className="numeric">
                Size
              </th>
              <th scope="col">SHA-256</th>
              <th scope="col">Added</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {evidence.map((item) => (
              <tr key={item.id}>
                <td>
                  {item.name}
                  {item.otherNames.length > 0 ? (
                    <span className="muted"> (also received as {item.otherNames.join(', ')})</span>
                  ) : null}
                </td>
                <td>{item.mediaType}</td>
                <td className="numeric">{formatBytes(item.size)}</td>
                <td>
                  <code className="hash" title={item.id}>
                    {item.id}
                  </code>
                </td>
                <td>
                  <time dateTime={item.importedAt}>{new Date(item.importedAt).toLocaleString()}</time>
                </td>
                <td className="actions">
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={`Preview ${item.name}`}
                    onClick={() => setPreviewing(item)}
                  >
                    <Icon name="file" />
                    Preview
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={`Save a copy of ${item.name}`}
                    onClick={() => void saveCopy(item)}
                  >
                    <Icon name="download" />
                    Save a copy
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {previewing ? (
        <EvidencePreviewDialog evidence={previewing} onClose={() => setPreviewing(undefined)} />
      ) : null}
    </section>
  );
}
