/**
 * One network: its members, the identifiers that hold it together, why it ranks where it does; and, on request,
 * who is central, the communities inside it and who bridges them (computed in the analysis worker).
 */
import { useState } from 'react';
import { Link } from 'wouter';
import type { AnalysisSettings, Network, NetworkCentrality } from '@shared/analysis';
import { KINDS } from '@shared/model';
import { centralityOf } from '@renderer/data/hooks/useAnalysis';
import { graphPath } from '@renderer/features/graph/graphRoute';

export function NetworkDetail({
  network,
  settings,
}: Readonly<{ network: Network; settings: AnalysisSettings }>) {
  const [centrality, setCentrality] = useState<NetworkCentrality | 'loading' | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const computeCentrality = () => {
    setCentrality('loading');
    setError(undefined);
    centralityOf(network.id, settings)
      .then((result) => {
        setCentrality(result);
        if (!result) setError('This network is not in the current data any more; run the analysis again.');
      })
      .catch((e: unknown) => {
        setCentrality(undefined);
        setError(e instanceof Error ? e.message : String(e));
      });
  };
  const byId =
    centrality && centrality !== 'loading' ? new Map(centrality.members.map((m) => [m.id, m])) : undefined;
  // Only accounts that actually carry shortest paths between communities are bridges worth naming.
  const bridges =
    centrality && centrality !== 'loading'
      ? centrality.bridges.filter((b) => b.betweenness > 0).sort((x, y) => y.betweenness - x.betweenness)
      : [];

  return (
    <section className="network-detail" aria-label={`Network ${network.rank} in detail`}>
      <p>
        {network.scoreReason}{' '}
        <Link href={graphPath({ type: 'network', id: network.id })} className="button button--quiet">
          Open in graph<span className="visually-hidden"> network {network.rank}</span>
        </Link>
      </p>
      <div className="network-detail__columns">
        <div>
          <h3>Accounts ({network.size.toLocaleString()})</h3>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Account</th>
                <th scope="col">Kind</th>
                {byId ? (
                  <>
                    <th scope="col" className="numeric">
                      Ties
                    </th>
                    <th scope="col" className="numeric">
                      Betweenness
                    </th>
                    <th scope="col" className="numeric">
                      Community
                    </th>
                  </>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {network.members.map((member) => {
                const c = byId?.get(member.id);
                return (
                  <tr key={member.id}>
                    <th scope="row">{member.caption}</th>
                    <td>{KINDS[member.kind].label}</td>
                    {byId ? (
                      <>
                        <td className="numeric">{c?.degree ?? ''}</td>
                        <td className="numeric">{c === undefined ? '' : c.betweenness.toFixed(2)}</td>
                        <td className="numeric">{c === undefined ? '' : c.community + 1}</td>
                      </>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <div>
          <h3>Held together by</h3>
          <ul className="ties">
            {network.ties.map((tie) => (
              <li key={tie.id}>
                <span className="tie__value">{tie.value}</span>{' '}
                <span className="muted">
                  {KINDS[tie.kind].label}, shared by {tie.members} accounts
                </span>
              </li>
            ))}
          </ul>
          {centrality === undefined ? (
            <button type="button" className="button" onClick={computeCentrality}>
              Find central accounts and communities
            </button>
          ) : centrality === 'loading' ? (
            <p role="status">Computing centrality and communities…</p>
          ) : (
            <>
              <h3>Communities ({centrality.communities.length})</h3>
              <p className="muted">
                Modularity {centrality.modularity.toFixed(2)} (above 0.3: clearly separate groups).
              </p>
              {bridges.length > 0 ? (
                <>
                  <h3>Bridges between communities</h3>
                  <ul>
                    {bridges.map((bridge) => (
                      <li key={bridge.id}>
                        {bridge.caption}{' '}
                        <span className="muted">
                          joins communities {bridge.communities.map((c) => c + 1).join(', ')} (betweenness{' '}
                          {bridge.betweenness.toFixed(2)})
                        </span>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="muted">No account bridges two communities.</p>
              )}
            </>
          )}
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
