/** When things happened in the case, filterable by kind, dates and words; a picture above, the list below. */
import { useId, useState } from 'react';
import { Link } from 'wouter';
import {
  filterTimeline,
  TIMELINE_KINDS,
  TIMELINE_LABELS,
  type TimelineEvent,
  type TimelineKind,
} from '@shared/case/timeline';
import type { CaseId } from '@shared/model';
import { useCaseTimeline } from '@renderer/data/hooks/useCase';
import { TimelineChart } from './TimelineChart';

/** The list shows this many events; the picture shows them all. */
const LIST_LIMIT = 500;

function EventTarget({ event }: Readonly<{ event: TimelineEvent }>) {
  if (event.target.type === 'entity') {
    return <Link href={`/entity/${encodeURIComponent(event.target.id)}`}>{event.title}</Link>;
  }
  return <>{event.title}</>;
}

export function TimelineSection({ caseId }: Readonly<{ caseId: CaseId }>) {
  const id = useId();
  const timeline = useCaseTimeline(caseId);
  const [hidden, setHidden] = useState<ReadonlySet<TimelineKind>>(new Set());
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [text, setText] = useState('');
  const events = timeline?.events ?? [];
  const kinds = new Set(TIMELINE_KINDS.filter((k) => !hidden.has(k)));
  const shown = filterTimeline(events, { kinds, from, to, text });
  const toggle = (kind: TimelineKind) => {
    const next = new Set(hidden);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    setHidden(next);
  };
  return (
    <section id="case-timeline" className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Timeline</h2>
      {timeline === undefined ? null : events.length === 0 ? (
        <p className="muted">
          No dated events yet: add accounts, listings or shipments, attach captured evidence or write a note.
        </p>
      ) : (
        <>
          <fieldset className="timeline-filters">
            <legend className="visually-hidden">Filter the timeline</legend>
            {TIMELINE_KINDS.map((kind) => {
              const count = events.filter((e) => e.kind === kind).length;
              return (
                <label
                  key={kind}
                  className={`checkbox timeline-filters__kind timeline-filters__kind--${kind}`}
                >
                  <input
                    type="checkbox"
                    checked={!hidden.has(kind)}
                    disabled={count === 0}
                    onChange={() => toggle(kind)}
                  />{' '}
                  {TIMELINE_LABELS[kind]} ({count})
                </label>
              );
            })}
            <div className="form-row">
              <div className="field">
                <label htmlFor={`${id}-from`}>From</label>
                <input
                  id={`${id}-from`}
                  type="date"
                  className="input"
                  value={from}
                  onChange={(e) => setFrom(e.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-to`}>To</label>
                <input
                  id={`${id}-to`}
                  type="date"
                  className="input"
                  value={to}
                  onChange={(e) => setTo(e.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-text`}>Words</label>
                <input
                  id={`${id}-text`}
                  type="search"
                  className="input"
                  value={text}
                  placeholder="e.g. Frankfurt"
                  onChange={(e) => setText(e.target.value)}
                />
              </div>
            </div>
          </fieldset>
          <p className="small muted" role="status">
            {shown.length.toLocaleString()} of {events.length.toLocaleString()} events
            {timeline.reached > 0
              ? ` · includes ${timeline.reached.toLocaleString()} listings and shipments linked to the case’s accounts`
              : ''}
            {timeline.capped ? ' (capped: add them to the case to see the rest)' : ''}
          </p>
          <TimelineChart events={shown} />
          <ol className="timeline-list" aria-label="Timeline events">
            {shown.slice(0, LIST_LIMIT).map((event) => (
              <li key={event.key} className={`timeline-list__item timeline-list__item--${event.kind}`}>
                <time dateTime={event.at}>
                  {event.at.length > 10 ? new Date(event.time).toLocaleString() : event.at}
                </time>{' '}
                <span className="badge">{TIMELINE_LABELS[event.kind]}</span> <EventTarget event={event} />
                {event.detail ? <span className="small muted"> · {event.detail}</span> : null}
              </li>
            ))}
          </ol>
          {shown.length > LIST_LIMIT ? (
            <p className="small muted">
              The list shows the first {LIST_LIMIT.toLocaleString()}; narrow the filters to see the others.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
