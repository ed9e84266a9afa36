/**
 * Graph: the link chart. Opened on an entity, a selection, a network, a case or a saved view (the address says
 * which, see graphRoute.ts); the bare section offers those starting points.
 */
import { useMemo } from 'react';
import { Link, useLocation } from 'wouter';
import { KINDS } from '@shared/model';
import { useRankedNetworks } from '@renderer/data/hooks/useAnalysis';
import { useCases } from '@renderer/data/hooks/useCases';
import { recalledGraphSelection } from '@renderer/data/hooks/useGraph';
import { useStoreCounts } from '@renderer/data/hooks/useStoreCounts';
import { EmptyState } from '@renderer/ui/EmptyState';
import { PageHeader } from '@renderer/ui/PageHeader';
import { EntityPicker } from '@renderer/features/networks/EntityPicker';
import { graphPath, parseGraphRoute, sourceKey } from './graphRoute';
import { GraphView } from './GraphView';
// the section's styles travel with it (the other sections' sheets are listed in main.tsx)

/**
 * Saving a chart moves the address to the saved view; the chart on screen is that view already, so it keeps its
 * session (and its undo history) instead of being read again: the saved view's id stands for the chart it came from.
 */
const adopted = new Map<string, string>();

export function GraphPage() {
  const [location] = useLocation();
  // one source object per address: the chart opens once, not again on every render
  const source = useMemo(() => parseGraphRoute(location, recalledGraphSelection), [location]);
  if (!source) return <GraphStart />;
  const key = (source.type === 'view' ? adopted.get(source.id) : undefined) ?? sourceKey(source);
  return (
    <GraphView
      key={key}
      source={source}
      onSaved={(viewId) => {
        adopted.set(viewId, key);
      }}
    />
  );
}

function GraphStart() {
  const counts = useStoreCounts();
  const cases = useCases();
  const networks = useRankedNetworks(8);
  const [, navigate] = useLocation();
  return (
    <>
      <PageHeader
        title="Graph"
        subtitle="Which storefronts are really one operation, and what connects them."
      />
      {counts === undefined ? null : counts.links === 0 ? (
        <EmptyState
          icon="graph"
          title="Nothing to draw yet"
          actions={
            <Link href="/import" className="button button--primary">
              Import evidence
            </Link>
          }
        >
          <p>
            The graph shows accounts joined through the identifiers they share: a phone number, a payment
            account, a reused product photo. Import seller, listing and social-media files to see the networks
            form.
          </p>
        </EmptyState>
      ) : (
        <div className="graph-start">
          <section className="card" aria-labelledby="graph-start-entity">
            <h2 id="graph-start-entity">Start from an entity</h2>
            <EntityPicker
              label="Entity"
              value={undefined}
              onChange={(match) => {
                if (match) navigate(graphPath({ type: 'entity', id: match.id }));
              }}
            />
            <p className="muted small">
              Or tick rows in a table and choose “Open in graph”, or use “Open in graph” on an entity’s page.
            </p>
          </section>
          <section className="card" aria-labelledby="graph-start-networks">
            <h2 id="graph-start-networks">Networks of the latest analysis</h2>
            {networks === undefined ? null : networks.length === 0 ? (
              <p className="muted">
                No analysis yet: run one on the <Link href="/networks">Networks</Link> page.
              </p>
            ) : (
              <ul className="graph-start__list">
                {networks.map((network) => (
                  <li key={network.id}>
                    <Link href={graphPath({ type: 'network', id: network.id })}>
                      Network {network.rank}: {network.members[0]?.caption ?? ''} and {network.size - 1} more
                    </Link>{' '}
                    <span className="muted small">
                      {network.members.length} accounts ·{' '}
                      {network.ties
                        .slice(0, 2)
                        .map((tie) => KINDS[tie.kind].label.toLocaleLowerCase())
                        .join(', ')}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card" aria-labelledby="graph-start-cases">
            <h2 id="graph-start-cases">Cases</h2>
            {cases === undefined ? null : cases.length === 0 ? (
              <p className="muted">
                No case yet: create one on the <Link href="/cases">Cases</Link> page.
              </p>
            ) : (
              <ul className="graph-start__list">
                {cases.map((c) => (
                  <li key={c.id}>
                    <Link href={graphPath({ type: 'case', id: c.id })}>
                      {c.reference ? `${c.reference} · ` : ''}
                      {c.title}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </>
  );
}
