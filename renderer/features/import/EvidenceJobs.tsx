/** Files being added right now, and how the last ones went. */
import { formatBytes } from '@shared/progress/progress';
import { ProgressBar } from '@renderer/ui/ProgressBar';
import type { EvidenceJob } from './useAddEvidence';

export function EvidenceJobs({
  jobs,
  onCancel,
  onDismiss,
}: Readonly<{ jobs: readonly EvidenceJob[]; onCancel: (id: number) => void; onDismiss: () => void }>) {
  if (jobs.length === 0) return null;
  const finished = jobs.some((job) => job.status !== 'waiting' && job.status !== 'hashing');
  return (
    <section className="card jobs" aria-label="Files being added">
      <ul>
        {jobs.map((job) => (
          <li key={job.id} className={`job job--${job.status}`}>
            {job.status === 'hashing' || job.status === 'waiting' ? (
              <ProgressBar
                label={job.status === 'waiting' ? `${job.name} (waiting)` : `Hashing ${job.name}`}
                sample={{ done: job.done, total: job.size, startedAt: job.startedAt, now: job.now }}
                unit="B"
                formatAmount={formatBytes}
                onCancel={() => onCancel(job.id)}
              />
            ) : (
              <p role={job.status === 'failed' ? 'alert' : 'status'}>
                <strong>{job.name}</strong> — {job.message}
              </p>
            )}
          </li>
        ))}
      </ul>
      {finished ? (
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          Clear finished
        </button>
      ) : null}
    </section>
  );
}
