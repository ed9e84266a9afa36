/** The newest entries of the audit log: who changed what, and when. */
import { useRecentActivity } from '@renderer/data/hooks/useActivity';
import { describeAction } from './describeAction';

export function RecentActivity() {
  const entries = useRecentActivity();
  return (
    <section className="card" aria-labelledby="activity-heading">
      <h2 id="activity-heading">Recent activity</h2>
      {entries === undefined ? null : entries.length === 0 ? (
        <p className="muted">Nothing has been recorded yet.</p>
      ) : (
        <ol className="activity">
          {entries.map((entry) => (
            <li key={entry.seq}>
              <span className="activity__what">{describeAction(entry)}</span>
              <span className="activity__meta">
                #{entry.seq} · {entry.actor} ·{' '}
                <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
