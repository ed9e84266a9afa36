/**
 * The networks to look at first, from the last link analysis: the report's own ranking, with how big each is, what
 * it sells, what customs seized and what holds it together. Says when the store has changed since that run.
 */
import { useMemo } from 'react';
import { Link } from 'wouter';
import { useLatestAnalysis, useRankedNetworks } from '@renderer/data/hooks/useAnalysis';
import { topNetworks } from '@shared/overview/topNetworks';
import { formatWhen } from './formatWhen';

const SHOWN = 5;

const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString()} ${n === 1 ? one : many}`;

export function LargestNetworksCard() {
  const latest = useLatestAnalysis();
  const record = latest?.record;
  const first = useRankedNetworks(SHOWN);
  const top = useMemo(() => (record && first ? topNetworks(first, SHOWN) : []), [record, first]);
  return (
    <section className="card overview-card" aria-labelledby="networks-heading">
      <div className="overview-card__head">
        <h2 id="networks-heading">Largest networks</h2>
        {record && record.summary.networkCount > 0 ? (
          <Link href="/networks" className="overview-card__more">
            All networks ({record.summary.networkCount.toLocaleString()})
          </Link>
        ) : null}
      </div>
      {latest === undefined ? null : record === undefined ? (
        <p className="muted">
          No analysis yet — run one on the <Link href="/networks">Networks page</Link>
        </p>
      ) : (
        <>
          <p className="muted small">
            Analysed <time dateTime={record.computedAt}>{formatWhen(record.computedAt)}</time>:{' '}
            {plural(record.summary.counts.accountsInNetworks, 'account', 'accounts')} of{' '}
            {record.summary.counts.accounts.toLocaleString()} are in a network.
          </p>
          {latest.stale ? (
            <p className="note note--warning small">
              The store has changed since this run. <Link href="/networks">Run it again</Link> for current
              networks.
            </p>
          ) : null}
          {top.length === 0 ? (
            <p className="muted">No two accounts shared enough to be joined into a network.</p>
          ) : (
            <ol className="network-highlights" aria-label={`The ${top.length} networks ranked first`}>
              {top.map((network) => (
                <li key={network.id}>
                  <Link href="/networks" className="network-highlights__title">
                    Network {network.rank}: {plural(network.size, 'account', 'accounts')}
                  </Link>
                  <span className="network-highlights__figures">
                    {plural(network.listings, 'listing', 'listings')} ·{' '}
                    {plural(network.seizures, 'seizure', 'seizures')}
                  </span>
                  <span className="network-highlights__ties muted small">
                    Held together by {network.heldBy}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
