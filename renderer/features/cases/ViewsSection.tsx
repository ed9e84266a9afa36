/** The graph views saved into this case (saved from the Graph page), each opening the chart as it was saved. */
import { useId } from 'react';
import { Link } from 'wouter';
import type { CaseId } from '@shared/model';
import { useCaseViews } from '@renderer/data/hooks/useCase';

export function ViewsSection({ caseId }: Readonly<{ caseId: CaseId }>) {
  const id = useId();
  const views = useCaseViews(caseId);
  return (
    <section id="case-views" className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Graph views ({(views?.length ?? 0).toLocaleString()})</h2>
      {views?.length === 0 ? (
        <p className="muted">
          None saved yet.{' '}
          <Link href={`/graph/case/${encodeURIComponent(caseId)}`}>Open the case in the graph</Link> and use
          “Save to case” to keep a chart here.
        </p>
      ) : (
        <ul className="case-views">
          {views?.map((view) => (
            <li key={view.id}>
              <Link href={`/graph/view/${encodeURIComponent(view.id)}`}>{view.name}</Link>{' '}
              <span className="small muted">
                {view.nodeIds.length.toLocaleString()} nodes · saved{' '}
                <time dateTime={view.updatedAt}>{new Date(view.updatedAt).toLocaleString()}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
