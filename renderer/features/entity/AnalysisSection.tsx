/** What the latest link analysis says about this entity: its network, its signals, look-alikes to decide on. */
import { Link } from 'wouter';
import { SIGNAL_LABELS } from '@shared/analysis';
import type { EntityDetails } from '@renderer/data/hooks/useEntity';
import { useDecisions } from '@renderer/data/hooks/useAnalysis';
import { SuggestionList } from '@renderer/features/networks/SuggestionList';

export function AnalysisSection({ details }: Readonly<{ details: EntityDetails }>) {
  const decisions = useDecisions();
  const { analysis } = details;
  return (
    <section className="card" aria-labelledby="analysis-heading">
      <h2 id="analysis-heading">Network and signals</h2>
      {!analysis ? (
        <p className="muted">
          No link analysis yet. <Link href="/networks">Run one on the Networks page</Link> to see which
          network this belongs to.
        </p>
      ) : (
        <>
          <p className="muted small">
            From the analysis of {analysis.computedAt.slice(0, 16).replace('T', ' ')}.
          </p>
          {analysis.network ? (
            <p>
              Member of network <strong>#{analysis.network.rank}</strong>:{' '}
              {analysis.network.size.toLocaleString()} accounts, {analysis.network.listings.toLocaleString()}{' '}
              listings, {analysis.network.seizures.toLocaleString()} seizures.{' '}
              <span className="muted">{analysis.network.scoreReason}</span>{' '}
              <Link href="/networks">Open Networks</Link>
            </p>
          ) : (
            <p className="muted">
              Not part of any network: it shares no strong identifier with another account.
            </p>
          )}
          {analysis.signals.length > 0 ? (
            <ul className="entity-signals">
              {analysis.signals.map((signal) => (
                <li key={signal.kind}>
                  <span className="badge badge--warning">{SIGNAL_LABELS[signal.kind]}</span> {signal.reason}
                </li>
              ))}
            </ul>
          ) : null}
          {analysis.suggestions.length > 0 && decisions ? (
            <>
              <h3>Look-alikes to decide on</h3>
              <SuggestionList suggestions={analysis.suggestions} decisions={decisions} />
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
