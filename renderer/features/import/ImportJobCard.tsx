/** One file on its way in: hashing, the mapping step, the running import, or how it ended. */
import { useId, useState } from 'react';
import { estimateProgress, formatBytes, formatDuration } from '@shared/progress/progress';
import { ProgressBar } from '@renderer/ui/ProgressBar';
import { MappingStep } from './MappingStep';
import { describeCounts } from '@shared/import/describeCounts';
import type { ImportJob, ImportQueue } from './useImportQueue';

const FORMAT_NAMES: Readonly<Record<string, string>> = {
  csv: 'CSV',
  tsv: 'TSV',
  xlsx: 'Excel workbook',
  json: 'JSON',
  jsonl: 'JSON Lines',
  ftm: 'FollowTheMoney entities',
  stix: 'STIX 2.1 bundle',
  evidence: 'evidence file',
};

export function ImportJobCard({ job, queue }: Readonly<{ job: ImportJob; queue: ImportQueue }>) {
  const id = useId();
  const [templateName, setTemplateName] = useState('');
  const title = job.preview
    ? `${job.name} — ${FORMAT_NAMES[job.preview.format] ?? job.preview.format}`
    : job.name;

  return (
    <article className={`card job job--${job.stage}`} aria-label={`Import of ${job.name}`}>
      <h3 className="job__title">{title}</h3>
      {job.stage === 'waiting' || job.stage === 'hashing' ? (
        <ProgressBar
          label={job.stage === 'waiting' ? `${job.name} (waiting)` : `Hashing ${job.name}`}
          sample={{ done: job.hashedBytes, total: job.size, startedAt: job.startedAt, now: job.now }}
          unit="B"
          formatAmount={formatBytes}
          onCancel={() => queue.cancel(job.id)}
        />
      ) : null}
      {job.stage === 'reading' ? <p role="status">Reading {job.name}…</p> : null}
      {job.stage === 'mapping' && job.preview ? (
        <>
          {job.preview.formatReason ? <p className="muted">{job.preview.formatReason}</p> : null}
          {job.draft ? (
            <>
              {job.templateName ? (
                <p className="notice">
                  Using the saved mapping “{job.templateName}”, made for these same columns.
                </p>
              ) : (
                <p className="muted">
                  The meanings below are proposed from the column names. Check them before importing.
                </p>
              )}
              <MappingStep
                fileName={job.name}
                preview={job.preview}
                draft={job.draft}
                onChange={(draft) => queue.edit(job.id, draft)}
                onSheet={(sheet) => void queue.chooseSheet(job.id, sheet)}
              />
              <div className="form-row">
                <div className="field">
                  <label htmlFor={`${id}-template`}>Save this mapping as a template (optional)</label>
                  <input
                    id={`${id}-template`}
                    className="input"
                    value={templateName}
                    placeholder="e.g. Amazon DE seller export"
                    onChange={(e) => setTemplateName(e.target.value)}
                  />
                </div>
              </div>
            </>
          ) : (
            <p>
              The records of this file map themselves: {FORMAT_NAMES[job.preview.format]} has a fixed
              structure.
            </p>
          )}
          <div className="job__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void queue.confirm(job.id, templateName)}
            >
              Import {job.name}
            </button>
            <button type="button" className="button" onClick={() => queue.skip(job.id)}>
              Don’t import
            </button>
          </div>
        </>
      ) : null}
      {job.stage === 'importing' ? <ImportRun job={job} onCancel={() => queue.cancel(job.id)} /> : null}
      {job.stage === 'imported' && job.record ? (
        <p role="status">
          Imported {job.record.rowsRead.toLocaleString()} rows: {describeCounts(job.record.counts)}.{' '}
          {job.record.rowsRejected > 0
            ? `${job.record.rowsRejected.toLocaleString()} rows had values that could not be used (see “Download rejects” below).`
            : 'Nothing was rejected.'}
        </p>
      ) : null}
      {job.message && job.stage !== 'imported' ? (
        <p
          role={job.stage === 'failed' ? 'alert' : 'status'}
          className={job.stage === 'failed' ? 'field-error' : undefined}
        >
          {job.message}
        </p>
      ) : null}
    </article>
  );
}

function ImportRun({ job, onCancel }: Readonly<{ job: ImportJob; onCancel: () => void }>) {
  const progress = job.progress;
  const bytes = estimateProgress({
    done: progress?.bytesRead ?? 0,
    total: progress?.totalBytes,
    startedAt: job.startedAt,
    now: job.now,
  });
  const seconds = Math.max(0.001, (job.now - job.startedAt) / 1000);
  const rows = progress?.rowsRead ?? 0;
  return (
    <div className="progress">
      <div className="progress__head">
        <span className="progress__label">Importing {job.name}</span>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <progress
        className="progress__bar"
        max={100}
        value={bytes.fraction === undefined ? undefined : Math.round(bytes.fraction * 100)}
        aria-label={`Importing ${job.name}`}
      />
      <div className="progress__detail" aria-live="polite">
        {[
          `${rows.toLocaleString()} rows`,
          rows > 0 ? `${Math.round(rows / seconds).toLocaleString()} rows/s` : undefined,
          bytes.secondsLeft === undefined ? undefined : `${formatDuration(bytes.secondsLeft)} left`,
          progress && progress.rejects > 0
            ? `${progress.rejects.toLocaleString()} values rejected`
            : undefined,
        ]
          .filter(Boolean)
          .join(' · ')}
      </div>
    </div>
  );
}
