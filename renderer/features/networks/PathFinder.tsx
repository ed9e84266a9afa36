/**
 * How are these two connected? The shortest paths between two entities over everything in the store, each hop
 * explained with the identifier and the file and row it came from. Hubs can be left out, so a path through a
 * marketplace's support address does not pass for a connection.
 */
import { useId, useState, type SubmitEvent } from 'react';
import type { AnalysisSettings, Path } from '@shared/analysis';
import { findPaths, type EntityMatch } from '@renderer/data/hooks/useAnalysis';
import { ProgressBar } from '@renderer/ui/ProgressBar';
import type { ProgressSample } from '@shared/progress/progress';
import { EntityPicker } from './EntityPicker';

type Result =
  | Readonly<{ status: 'idle' }>
  | Readonly<{ status: 'searching'; sample?: ProgressSample }>
  | Readonly<{ status: 'found'; paths: readonly Path[]; queryMs: number }>
  | Readonly<{ status: 'failed'; message: string }>;

export function PathFinder({ settings }: Readonly<{ settings: AnalysisSettings }>) {
  const id = useId();
  const [from, setFrom] = useState<EntityMatch | undefined>(undefined);
  const [to, setTo] = useState<EntityMatch | undefined>(undefined);
  const [k, setK] = useState(3);
  const [avoidHubs, setAvoidHubs] = useState(true);
  const [result, setResult] = useState<Result>({ status: 'idle' });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!from || !to) return;
    const startedAt = Date.now();
    setResult({ status: 'searching' });
    findPaths({ from: from.id, to: to.id, k, avoidHubs, settings }, (progress) =>
      setResult({
        status: 'searching',
        sample: { done: progress.done, total: progress.total, startedAt, now: Date.now() },
      }),
    )
      .then(({ paths, queryMs }) => setResult({ status: 'found', paths, queryMs }))
      .catch((e: unknown) =>
        setResult({ status: 'failed', message: e instanceof Error ? e.message : String(e) }),
      );
  };

  return (
    <section aria-label="Paths between two entities">
      <form className="card" onSubmit={submit}>
        <div className="form-row">
          <EntityPicker label="From" value={from} onChange={setFrom} />
          <EntityPicker label="To" value={to} onChange={setTo} />
          <div className="field">
            <label htmlFor={`${id}-k`}>Paths</label>
            <select id={`${id}-k`} className="input" value={k} onChange={(e) => setK(Number(e.target.value))}>
              {[1, 2, 3, 5, 10].map((n) => (
                <option key={n} value={n}>
                  {n === 1 ? 'The shortest' : `Up to ${n}`}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="form-row">
          <label className="checkbox">
            <input type="checkbox" checked={avoidHubs} onChange={(e) => setAvoidHubs(e.target.checked)} /> Not
            through hubs
          </label>
          <button type="submit" className="button button--primary" disabled={!from || !to}>
            Find paths
          </button>
        </div>
      </form>
      {result.status === 'searching' ? (
        result.sample ? (
          <ProgressBar label="Reading the store for the first query" sample={result.sample} unit="records" />
        ) : (
          <p role="status">Searching…</p>
        )
      ) : null}
      {result.status === 'failed' ? (
        <p className="field-error" role="alert">
          {result.message}
        </p>
      ) : null}
      {result.status === 'found' ? (
        result.paths.length === 0 ? (
          <p role="status">No path connects them{avoidHubs ? ' without passing through a hub' : ''}.</p>
        ) : (
          <div role="status" aria-label="Paths found">
            <p className="muted">
              {result.paths.length} path{result.paths.length === 1 ? '' : 's'} found in{' '}
              {Math.round(result.queryMs)} ms.
            </p>
            <ol className="paths">
              {result.paths.map((path, i) => (
                <li key={path.nodes.join('>')} className="card">
                  <h3>
                    Path {i + 1}: {path.length} link{path.length === 1 ? '' : 's'}
                  </h3>
                  <ol className="path__steps">
                    {path.explanation.map((line, j) => (
                      <li key={j}>{line}</li>
                    ))}
                  </ol>
                </li>
              ))}
            </ol>
          </div>
        )
      ) : null}
    </section>
  );
}
