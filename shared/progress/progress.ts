/**
 * Progress of long work (hashing, importing, exporting) as people read it: how far, how fast, how long still.
 * Pure, so the same numbers come out of a worker, a test and the headless CLI.
 */
export type ProgressSample = Readonly<{
  done: number;
  /** Unknown totals (a stream) give no fraction and no time left. */
  total: number | undefined;
  startedAt: number;
  now: number;
}>;

export type ProgressEstimate = Readonly<{
  done: number;
  total: number | undefined;
  /** 0..1, or undefined when the total is unknown. */
  fraction: number | undefined;
  /** Units per second since the start; 0 until some time has passed. */
  ratePerSecond: number;
  /** Seconds left at the current rate; undefined while it cannot be known. */
  secondsLeft: number | undefined;
}>;

export function estimateProgress({ done, total, startedAt, now }: ProgressSample): ProgressEstimate {
  const elapsed = Math.max(0, now - startedAt) / 1000;
  const ratePerSecond = elapsed > 0 ? done / elapsed : 0;
  const knownTotal = total !== undefined && total > 0 ? total : undefined;
  const fraction = knownTotal === undefined ? undefined : Math.min(1, done / knownTotal);
  const secondsLeft =
    knownTotal === undefined || ratePerSecond === 0
      ? undefined
      : Math.max(0, (knownTotal - done) / ratePerSecond);
  return { done, total, fraction, ratePerSecond, secondsLeft };
}

/** "3 s", "2 min 5 s", "1 h 4 min": short enough for a progress line. */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min ${s % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** Decimal units, as file managers on most systems show sizes. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${BYTE_UNITS[unit]}`;
}
