/** Run the analysis, watch it, cancel it; and what the last run was, and whether the store has changed since. */
import type { AnalysisSettings } from '@shared/analysis';
import { formatDuration } from '@shared/progress/progress';
import { useAnalysisRun, type LatestAnalysis } from '@renderer/data/hooks/useAnalysis';
import { ProgressBar } from '@renderer/ui/ProgressBar';

const seconds = (ms: number): string => formatDuration(ms / 1000).replace(/^0 s$/, 'under a second');

export function AnalysisRunPanel({
  latest,
  settings,
}: Readonly<{ latest: LatestAnalysis | undefined; settings: AnalysisSettings }>) {
  const { state, run, cancel } = useAnalysisRun();
  const record = latest?.record;
  const running = state.status === 'running';
  return (
    <section className="card analysis-run" aria-label="Analysis run">
      <h2>Analysis</h2>
      {record ? (
        <p className="muted">
          Last run {new Date(record.computedAt).toLocaleString()} over {record.entities.toLocaleString()}{' '}
          entities and {record.links.toLocaleString()} links: read in {seconds(record.loadMs)}, analysed in{' '}
          {seconds(record.analysisMs)}.
        </p>
      ) : null}
      {latest?.stale && !running ? (
        <p className="notice" role="status">
          The store has changed since this run (an import, an undo or a decision). Run it again to see the
          effect.
        </p>
      ) : null}
      {running ? (
        <ProgressBar label={state.label} sample={state.sample} unit="records" onCancel={cancel} />
      ) : (
        <button type="button" className="button button--primary" onClick={() => run(settings)}>
          {record ? 'Run analysis again' : 'Run analysis'}
        </button>
      )}
      {state.status === 'failed' ? (
        <p className="field-error" role="alert">
          The analysis stopped: {state.message}
        </p>
      ) : null}
      {state.status === 'cancelled' ? (
        <p role="status">Analysis cancelled; the previous result is kept.</p>
      ) : null}
    </section>
  );
}
