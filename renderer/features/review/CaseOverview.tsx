/** The case as the bundle holds it: what it is, its subjects with their roles, and its notes. */
import { Link } from 'wouter';
import { ROLE_LABELS } from '@shared/case/roles';
import { caption, KINDS, type CaseItem } from '@shared/model';
import { FlagBadge } from './FlagBadge';
import { reviewEntityPath } from './reviewRoute';
import type { ReviewView } from './reviewView';

type EntityItem = Extract<CaseItem, { type: 'entity' }>;

export function CaseOverview({ view }: Readonly<{ view: ReviewView }>) {
  const { data } = view;
  const subjects = data.items.filter((item): item is EntityItem => item.type === 'entity');
  return (
    <>
      <section className="card" aria-labelledby="review-case-heading">
        <h2 id="review-case-heading">{data.case.title}</h2>
        <p className="small muted">
          {data.case.reference ? `${data.case.reference} · ` : ''}
          {data.case.status} · owner {data.case.owner || 'not set'}
          {data.case.tags.length > 0 ? ` · ${data.case.tags.join(', ')}` : ''}
        </p>
        {data.case.summary ? <p className="review-text">{data.case.summary}</p> : null}
      </section>
      <section className="card" aria-labelledby="review-subjects-heading">
        <h2 id="review-subjects-heading">Subjects ({subjects.length.toLocaleString()})</h2>
        {subjects.length === 0 ? (
          <p className="muted">The case names no subjects.</p>
        ) : (
          <ul className="review-subjects">
            {subjects.map((item) => {
              const entity = view.entitiesById.get(item.targetId);
              return (
                <li key={item.id}>
                  <span className="badge">{ROLE_LABELS[item.role]}</span>{' '}
                  {entity ? (
                    <>
                      <Link href={reviewEntityPath(entity.id)}>{caption(entity)}</Link>{' '}
                      <span className="badge badge--kind">{KINDS[entity.kind].label}</span>{' '}
                      <FlagBadge annotation={view.annotations?.get(entity.id)} />
                    </>
                  ) : (
                    <span className="muted">{item.targetId} (not in the bundle)</span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {data.notes.length > 0 ? (
        <section className="card" aria-labelledby="review-notes-heading">
          <h2 id="review-notes-heading">Notes ({data.notes.length.toLocaleString()})</h2>
          <ul className="review-notes">
            {data.notes.map((note) => (
              <li key={note.id}>
                <p className="small muted">
                  {note.author} ·{' '}
                  <time dateTime={note.createdAt}>{new Date(note.createdAt).toLocaleString()}</time>
                </p>
                {/* Shown as text, not rendered Markdown: a bundle's content is not trusted here. */}
                <p className="review-text">{note.body}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
