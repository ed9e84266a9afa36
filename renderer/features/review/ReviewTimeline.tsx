/** When things happened, as the bundle's case recorded it: the workbench's timeline picture and the list. */
import { useMemo } from 'react';
import { Link } from 'wouter';
import { TIMELINE_LABELS, type TimelineEvent } from '@shared/case/timeline';
import { TimelineChart } from '@renderer/features/cases/TimelineChart';
import { reviewEntityPath, reviewEvidencePath } from './reviewRoute';
import type { ReviewView } from './reviewView';

/** The list shows this many events; the picture shows them all. */
const LIST_LIMIT = 500;

function Target({ event, view }: Readonly<{ event: TimelineEvent; view: ReviewView }>) {
  const { target } = event;
  if (target.type === 'entity' && view.entitiesById.has(target.id))
    return <Link href={reviewEntityPath(target.id)}>{event.title}</Link>;
  if (target.type === 'evidence' && view.evidenceById.has(target.id))
    return <Link href={reviewEvidencePath(target.id)}>{event.title}</Link>;
  return <>{event.title}</>;
}

export function ReviewTimeline({ view }: Readonly<{ view: ReviewView }>) {
  // The chart draws from the first event to the last: it needs them in time order, whatever the file's order.
  const events = useMemo(
    () => [...view.data.timeline].sort((a, b) => a.time - b.time || a.key.localeCompare(b.key)),
    [view.data.timeline],
  );
  return (
    <section className="card" aria-labelledby="review-timeline-heading">
      <h2 id="review-timeline-heading">Timeline</h2>
      {events.length === 0 ? (
        <p className="muted">The bundle holds no dated events.</p>
      ) : (
        <>
          <TimelineChart events={events} />
          <ol className="timeline-list" aria-label="Timeline events">
            {events.slice(0, LIST_LIMIT).map((event) => (
              <li key={event.key} className={`timeline-list__item timeline-list__item--${event.kind}`}>
                <time dateTime={event.at}>
                  {event.at.length > 10 ? new Date(event.time).toLocaleString() : event.at}
                </time>{' '}
                <span className="badge">{TIMELINE_LABELS[event.kind]}</span>{' '}
                <Target event={event} view={view} />
                {event.detail ? <span className="small muted"> · {event.detail}</span> : null}
              </li>
            ))}
          </ol>
          {events.length > LIST_LIMIT ? (
            <p className="small muted">
              The first {LIST_LIMIT.toLocaleString()} of {events.length.toLocaleString()} events are listed.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
