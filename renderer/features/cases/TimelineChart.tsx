/**
 * The timeline as a picture: one lane per kind of event, a dot per event at its date, calendar ticks below. Drawn
 * as SVG from the events (no chart library); each dot carries its text as a tooltip and the chart a summary for
 * screen readers, which also get the list under it.
 */
import { timelineTicks, TIMELINE_KINDS, TIMELINE_LABELS, type TimelineEvent } from '@shared/case/timeline';

const WIDTH = 880;
const LEFT = 150;
const RIGHT = 24;
const LANE = 30;
const TOP = 14;
const AXIS = 34;

export function TimelineChart({ events }: Readonly<{ events: readonly TimelineEvent[] }>) {
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last) return null;
  const lanes = TIMELINE_KINDS.filter((kind) => events.some((e) => e.kind === kind));
  const span = Math.max(last.time - first.time, 86_400_000);
  const pad = span * 0.02;
  const start = first.time - pad;
  const end = last.time + pad;
  const x = (time: number) => LEFT + ((time - start) / (end - start)) * (WIDTH - LEFT - RIGHT);
  const laneY = (kind: TimelineEvent['kind']) => TOP + lanes.indexOf(kind) * LANE + LANE / 2;
  const height = TOP + lanes.length * LANE + AXIS;
  const ticks = timelineTicks(start, end);
  const day = (e: TimelineEvent) => new Date(e.time).toISOString().slice(0, 10);
  const summary = `Timeline of ${events.length} events from ${day(first)} to ${day(last)}: ${lanes
    .map(
      (kind) =>
        `${events.filter((e) => e.kind === kind).length} ${TIMELINE_LABELS[kind].toLocaleLowerCase()}`,
    )
    .join(', ')}`;
  return (
    <svg className="timeline-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={summary}>
      {ticks.map((tick) => (
        <g key={tick.time} className="timeline-chart__tick">
          <line x1={x(tick.time)} x2={x(tick.time)} y1={TOP} y2={height - AXIS + 4} />
          <text x={x(tick.time)} y={height - AXIS + 20} textAnchor="middle">
            {tick.label}
          </text>
        </g>
      ))}
      {lanes.map((kind) => (
        <g key={kind} className={`timeline-chart__lane timeline-chart__lane--${kind}`}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={laneY(kind)} y2={laneY(kind)} />
          <text x={LEFT - 10} y={laneY(kind) + 4} textAnchor="end">
            {TIMELINE_LABELS[kind]}
          </text>
        </g>
      ))}
      {events.map((event) => (
        <circle
          key={event.key}
          className={`timeline-chart__dot timeline-chart__dot--${event.kind}`}
          cx={x(event.time)}
          cy={laneY(event.kind)}
          r={6}
        >
          <title>{`${day(event)} · ${event.title}${event.detail ? ` · ${event.detail}` : ''}`}</title>
        </circle>
      ))}
    </svg>
  );
}
