/** Every import with how it went, and what can still be done with it: rejects, undo, resume. */
import { useState } from 'react';
import type { ImportRecord } from '@shared/model';
import { describeCounts } from '@shared/import/describeCounts';
import { rejectsCsvOf, undoAnImport } from '@renderer/data/hooks/useImports';
import { saveBlob } from '@renderer/platform/files';

const STATUS: Readonly<Record<ImportRecord['status'], string>> = {
  running: 'Running',
  done: 'Done',
  cancelled: 'Cancelled',
  failed: 'Failed',
  undone: 'Undone',
};

export function ImportsTable({
  imports,
  onResume,
}: Readonly<{ imports: readonly ImportRecord[]; onResume: (record: ImportRecord) => void }>) {
  const [busy, setBusy] = useState<string>();
  const [message, setMessage] = useState<string>();

  const downloadRejects = async (record: ImportRecord) => {
    const csv = await rejectsCsvOf(record.id);
    const name = `${record.fileName.replace(/\.[^.]+$/, '')}.rejects.csv`;
    await saveBlob(new Blob(['\uFEFF', csv], { type: 'text/csv' }), name, [
      { name: 'CSV', extensions: ['csv'] },
    ]);
  };

  const undo = async (record: ImportRecord) => {
    if (
      !window.confirm(
        `Undo the import of ${record.fileName}? What only this import brought is removed; what other imports also saw stays.`,
      )
    )
      return;
    setBusy(record.id);
    try {
      await undoAnImport(record.id, (done) =>
        setMessage(`Undoing ${record.fileName}: ${done.toLocaleString()} records processed`),
      );
      setMessage(`Undid the import of ${record.fileName}`);
    } catch (error) {
      setMessage(
        `Could not undo ${record.fileName}: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section className="card" aria-labelledby="imports-heading">
      <h2 id="imports-heading">Imports ({imports.length})</h2>
      {message ? (
        <p role="status" className="notice">
          {message}
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Format</th>
              <th scope="col">Status</th>
              <th scope="col" className="numeric">
                Rows
              </th>
              <th scope="col" className="numeric">
                Rejected
              </th>
              <th scope="col">Brought</th>
              <th scope="col">Started</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {imports.map((record) => (
              <tr key={record.id}>
                <td>{record.fileName}</td>
                <td>{record.format.toUpperCase()}</td>
                <td>
                  <span className={`badge badge--${record.status}`}>{STATUS[record.status]}</span>
                  {record.message ? <span className="muted"> {record.message}</span> : null}
                </td>
                <td className="numeric">{record.rowsRead.toLocaleString()}</td>
                <td className="numeric">{record.rowsRejected.toLocaleString()}</td>
                <td>{record.status === 'running' ? '…' : describeCounts(record.counts)}</td>
                <td>
                  <time dateTime={record.startedAt}>{new Date(record.startedAt).toLocaleString()}</time>
                </td>
                <td className="actions">
                  {record.rejectCount > 0 && record.status !== 'undone' ? (
                    <button
                      type="button"
                      className="button button--quiet"
                      onClick={() => void downloadRejects(record)}
                      aria-label={`Download rejects of ${record.fileName}`}
                    >
                      Download rejects
                    </button>
                  ) : null}
                  {record.status === 'cancelled' || record.status === 'failed' ? (
                    <button
                      type="button"
                      className="button button--quiet"
                      onClick={() => onResume(record)}
                      aria-label={`Resume import of ${record.fileName}`}
                    >
                      Resume
                    </button>
                  ) : null}
                  {record.status !== 'running' && record.status !== 'undone' ? (
                    <button
                      type="button"
                      className="button button--quiet"
                      disabled={busy !== undefined}
                      onClick={() => void undo(record)}
                      aria-label={`Undo import of ${record.fileName}`}
                    >
                      {record.status === 'done' ? 'Undo' : 'Roll back'}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
