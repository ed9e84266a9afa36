/**
 * The case's graph, read-only: each view the investigator saved in the case, drawn where its nodes were left, as
 * an SVG picture (the graph page's export), shown through `<img>` so nothing in it can run.
 */
import { useMemo } from 'react';
import { reviewGraphs, type ReviewGraph as Graph } from '@shared/bundle/reviewGraph';
import { useObjectUrl } from '@renderer/features/evidence/useObjectUrl';
import type { ReviewView } from './reviewView';

function Picture({ graph }: Readonly<{ graph: Graph }>) {
  const blob = useMemo(() => new Blob([graph.svg], { type: 'image/svg+xml' }), [graph.svg]);
  const url = useObjectUrl(blob);
  const summary = `${graph.name}: ${graph.nodes.toLocaleString()} entities, ${graph.edges.toLocaleString()} links`;
  return (
    <figure className="review-graph">
      {url ? (
        <img src={url} alt={summary} className="review-graph__picture" />
      ) : (
        <p className="muted">Drawing…</p>
      )}
      <figcaption className="small muted">{summary}</figcaption>
    </figure>
  );
}

export function ReviewGraph({ view }: Readonly<{ view: ReviewView }>) {
  const { data } = view;
  const graphs = useMemo(
    () => reviewGraphs(data.case.title, data.views, data.entities, data.links),
    [data.case.title, data.views, data.entities, data.links],
  );
  return (
    <section className="card" aria-labelledby="review-graph-heading">
      <h2 id="review-graph-heading">Graph</h2>
      <p className="small muted">
        {data.views.length > 0
          ? data.views.length === 1
            ? 'The view saved in the case, as the investigator arranged it.'
            : `The ${data.views.length} views saved in the case, as the investigator arranged them.`
          : 'The case saved no graph view: every entity in the bundle is drawn on a circle with its links.'}{' '}
        Entities are listed under Entities; follow a link there to see one.
      </p>
      {graphs.map((graph, index) => (
        // Two saved views may share a name; their order in the bundle tells them apart.
        <Picture key={`${index}|${graph.name}`} graph={graph} />
      ))}
    </section>
  );
}
