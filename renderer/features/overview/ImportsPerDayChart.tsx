/**
 * Rows imported per day over the last weeks, as small bars. The figure's caption says the same in words, so the
 * picture is never the only way to read it; each bar also names its day and rows on hover.
 */
import type { ImportsPerDay } from '@shared/overview/importsPerDay';
import { formatDay } from './formatWhen';

const BAR = 10;
const HEIGHT = 40;

export function ImportsPerDayChart({ perDay }: Readonly<{ perDay: ImportsPerDay }>) {
  const { days, busiest } = perDay;
  const max = Math.max(1, ...days.map((d) => d.rows));
  const first = days[0];
  const last = days[days.length - 1];
  return (
    <figure className="imports-chart">
      <svg
        className="imports-chart__plot"
        viewBox={`0 0 ${days.length * BAR} ${HEIGHT}`}
        preserveAspectRatio="none"
        aria-hidden="true"
      >
        <line
          className="imports-chart__axis"
          x1={0}
          x2={days.length * BAR}
          y1={HEIGHT - 0.5}
          y2={HEIGHT - 0.5}
        />
        {days.map((d, i) => {
          // Any import at all shows as at least a sliver, so a small day is not mistaken for none.
          const height = d.rows === 0 ? 0 : Math.max(2, (d.rows / max) * (HEIGHT - 4));
          return (
            <rect
              key={d.day}
              className={d.imports > 0 ? 'imports-chart__bar' : 'imports-chart__bar imports-chart__bar--none'}
              x={i * BAR + 1}
              y={HEIGHT - height}
              width={BAR - 2}
              height={height}
            >
              <title>{`${formatDay(d.day)}: ${d.rows.toLocaleString()} rows in ${d.imports.toLocaleString()} imports`}</title>
            </rect>
          );
        })}
      </svg>
      {first && last ? (
        <div className="imports-chart__ends" aria-hidden="true">
          <span>{formatDay(first.day)}</span>
          <span>today</span>
        </div>
      ) : null}
      <figcaption className="muted small">
        {perDay.rows.toLocaleString()} rows in {perDay.imports.toLocaleString()} imports on{' '}
        {perDay.activeDays} of the last {days.length} days
        {busiest ? `; most on ${formatDay(busiest.day)} (${busiest.rows.toLocaleString()} rows)` : ''}.
      </figcaption>
    </figure>
  );
}
