/** Everything the reviewer said about this bundle, and the file to send back. */
import { useState } from 'react';
import { Link } from 'wouter';
import type { ReviewAnnotation } from '@shared/bundle/stored';
import { StatusMessage, type Message } from '@renderer/ui/StatusMessage';
import { exportAnnotations } from './exportAnnotations';
import { FLAG_LABEL } from './flags';
import { reviewEntityPath, reviewEvidencePath } from './reviewRoute';
import type { ReviewView } from './reviewView';

const targetPath = (a: ReviewAnnotation): string =>
  a.target.type === 'entity' ? reviewEntityPath(a.targetId) : reviewEvidencePath(a.targetId);

export function AnnotationsList({ view }: Readonly<{ view: ReviewView }>) {
  const [message, setMessage] = useState<Message>();
  const [busy, setBusy] = useState(false);
  const annotations = view.annotations === undefined ? undefined : [...view.annotations.values()];

  const onExport = async () => {
    setBusy(true);
    setMessage(undefined);
    try {
      const saved = await exportAnnotations(view.info, view.reviewer);
      if (saved) setMessage({ text: `Saved ${saved.count.toLocaleString()} annotations to ${saved.name}.` });
    } catch (error) {
      setMessage({
        text: `Could not export the annotations: ${error instanceof Error ? error.message : String(error)}`,
        error: true,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="review-annotations-heading">
      <h2 id="review-annotations-heading">
        Your annotations ({annotations?.length.toLocaleString() ?? '…'})
      </h2>
      <p className="small muted">
        Saved on this computer as you go, signed with the examiner name ({view.reviewer}). Export them as one
        small file for the investigator, who brings them back into the case.
      </p>
      <div className="form-row">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void onExport()}
        >
          Export annotations
        </button>
      </div>
      <StatusMessage message={message} />
      {annotations === undefined ? null : annotations.length === 0 ? (
        <p className="muted">
          No annotations yet: open an entity or a piece of evidence and set a flag or write a comment.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="table review-table" aria-label="Annotations">
            <thead>
              <tr>
                <th scope="col">On</th>
                <th scope="col">Flag</th>
                <th scope="col">Comment</th>
                <th scope="col">Reviewer</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {annotations.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={targetPath(a)}>{a.target.label}</Link>{' '}
                    <span className="badge">{a.target.type === 'entity' ? 'Entity' : 'Evidence'}</span>
                  </td>
                  <td>{a.flag ? FLAG_LABEL[a.flag] : '—'}</td>
                  <td className="review-text">{a.comment}</td>
                  <td>{a.reviewer}</td>
                  <td>
                    <time dateTime={a.at}>{new Date(a.at).toLocaleString()}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
