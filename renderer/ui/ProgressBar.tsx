/** A progress line for long work: how far, how fast, how long still — and a way to stop it. */
import { estimateProgress, formatDuration, type ProgressSample } from '@shared/progress/progress';

export function ProgressBar({
  label,
  sample,
  unit,
  formatAmount = (n) => n.toLocaleString(),
  onCancel,
}: Readonly<{
  label: string;
  sample: ProgressSample;
  /** What is counted, e.g. "rows"; used for the rate ("12,000 rows/s"). */
  unit: string;
  formatAmount?: (amount: number) => string;
  onCancel?: () => void;
}>) {
  const estimate = estimateProgress(sample);
  const percent = estimate.fraction === undefined ? undefined : Math.round(estimate.fraction * 100);
  const parts = [
    estimate.total === undefined
      ? formatAmount(estimate.done)
      : `${formatAmount(estimate.done)} of ${formatAmount(estimate.total)}`,
    estimate.ratePerSecond > 0 ? `${formatAmount(Math.round(estimate.ratePerSecond))} ${unit}/s` : undefined,
    estimate.secondsLeft === undefined ? undefined : `${formatDuration(estimate.secondsLeft)} left`,
  ].filter((part): part is string => part !== undefined);
  return (
    <div className="progress">
      <div className="progress__head">
        <span className="progress__label">{label}</span>
        {onCancel ? (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
      <progress className="progress__bar" max={100} value={percent} aria-label={label}>
        {percent === undefined ? undefined : `${percent}%`}
      </progress>
      <div className="progress__detail" aria-live="polite">
        {parts.join(' · ')}
      </div>
    </div>
  );
}
