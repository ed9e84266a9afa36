/** The case's evidence in the bundle: name, type, size, SHA-256, whether the file itself is included, the flag. */
import { Link } from 'wouter';
import { formatBytes } from '@shared/progress/progress';
import { FlagBadge } from './FlagBadge';
import { reviewEvidencePath } from './reviewRoute';
import type { ReviewView } from './reviewView';

const REASON = { attached: 'attached to the case', source: 'source of a value' } as const;

export function EvidenceList({ view }: Readonly<{ view: ReviewView }>) {
  const problems = new Map(
    view.verification.files.filter((f) => f.status !== 'intact').map((f) => [f.path, f.status]),
  );
  const items = view.data.evidence;
  return (
    <section className="card" aria-labelledby="review-evidence-heading">
      <h2 id="review-evidence-heading">Evidence ({items.length.toLocaleString()})</h2>
      {items.length === 0 ? (
        <p className="muted">The bundle lists no evidence.</p>
      ) : (
        <div className="table-scroll">
          <table className="table review-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Type</th>
                <th scope="col">Size</th>
                <th scope="col">SHA-256</th>
                <th scope="col">In the bundle</th>
                <th scope="col">Your flag</th>
              </tr>
            </thead>
            <tbody>
              {items.map(({ record, path, reason }) => {
                const problem = path === undefined ? undefined : problems.get(path);
                return (
                  <tr key={record.id}>
                    <td>
                      <Link href={reviewEvidencePath(record.id)}>{record.name}</Link>
                    </td>
                    <td className="small">{record.mediaType}</td>
                    <td className="small">{formatBytes(record.size)}</td>
                    <td>
                      <code className="review-hash">{record.id}</code>
                    </td>
                    <td className="small">
                      {path === undefined
                        ? 'not included (listed by hash only)'
                        : `included, ${REASON[reason]}`}
                      {problem ? (
                        <>
                          {' '}
                          <span className={`badge review-badge--${problem}`}>{problem}</span>
                        </>
                      ) : null}
                    </td>
                    <td>
                      <FlagBadge annotation={view.annotations?.get(record.id)} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
