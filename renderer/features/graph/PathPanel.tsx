/** The paths found between two nodes: each hop in words, with the file and row it rests on. */
import type { ViewState } from '@shared/graph/model';
import type { GraphSession, PathFound } from './graphSession';

export function PathPanel({
  session,
  path,
  state,
}: Readonly<{ session: GraphSession; path: PathFound; state: ViewState }>) {
  const chosen = path.paths[path.chosen];
  const name = (id: string): string => state.nodes[id]?.label ?? id;
  return (
    <section className="graph-path" aria-label="Path">
      <header className="graph-path__header">
        <h2>
          Path: {name(path.from)} → {name(path.to)}
        </h2>
        <button type="button" className="button button--quiet" onClick={() => session.clearPath()}>
          Clear path
        </button>
      </header>
      {path.paths.length > 1 ? (
        <div className="graph-path__choices" role="group" aria-label="Paths found">
          {path.paths.map((found, index) => (
            <button
              key={found.nodes.join('>')}
              type="button"
              className={`button button--small${index === path.chosen ? ' button--primary' : ''}`}
              aria-pressed={index === path.chosen}
              onClick={() => session.choosePath(index)}
            >
              {index + 1}: {found.length} link{found.length === 1 ? '' : 's'}
            </button>
          ))}
        </div>
      ) : null}
      {chosen ? (
        <>
          <ol className="graph-path__why" aria-label="Why they are connected">
            {chosen.explanation.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ol>
          <details>
            <summary>Every hop</summary>
            <ol className="small">
              {chosen.steps.map((step) => (
                <li key={`${step.from}>${step.to}`}>{step.text}</li>
              ))}
            </ol>
          </details>
        </>
      ) : null}
    </section>
  );
}
