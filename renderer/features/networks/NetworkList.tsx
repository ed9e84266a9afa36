/** The networks, ranked for triage: look at the first one first. Opens one to see its members and what ties them. */
import { useState } from 'react';
import type { AnalysisSettings } from '@shared/analysis';
import { KINDS } from '@shared/model';
import { useRankedNetworks } from '@renderer/data/hooks/useAnalysis';
import { NetworkDetail } from './NetworkDetail';
import { ShowMore, useShownCount } from './usePaged';

function preview(items: readonly string[], shown = 3): string {
  const head = items.slice(0, shown).join(', ');
  return items.length > shown ? `${head} and ${(items.length - shown).toLocaleString()} more` : head;
}

/** `total`: how many networks the run found; they are read from the store a page at a time. */
export function NetworkList({ total, settings }: Readonly<{ total: number; settings: AnalysisSettings }>) {
  const [open, setOpen] = useState<string | undefined>(undefined);
  const [shown, more] = useShownCount();
  const networks = useRankedNetworks(Math.min(shown, total)) ?? [];
  const paged = { items: networks, total, more };
  if (total === 0)
    return (
      <p className="muted">
        No two accounts share enough to be joined. Lower the strong-tie threshold, or import more sources.
      </p>
    );
  const opened = networks.find((network) => network.id === open);
  return (
    <div className="networks">
      {opened ? (
        <div className="card">
          <div className="network-detail__head">
            <h3>Network {opened.rank}</h3>
            <button type="button" className="button button--quiet" onClick={() => setOpen(undefined)}>
              Close<span className="visually-hidden"> network {opened.rank}</span>
            </button>
          </div>
          <NetworkDetail network={opened} settings={settings} />
        </div>
      ) : null}
      <div className="table-scroll">
        <table className="table networks-table">
          <caption className="visually-hidden">Networks, ranked for triage</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                Rank
              </th>
              <th scope="col">Accounts</th>
              <th scope="col">Held together by</th>
              <th scope="col">Seen</th>
              <th scope="col" className="numeric">
                Listings
              </th>
              <th scope="col" className="numeric">
                Seizures
              </th>
              <th scope="col">
                <span className="visually-hidden">Details</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {paged.items.map((network) => (
              <tr key={network.id} aria-label={`Network ${network.rank}`}>
                <td className="numeric">{network.rank}</td>
                <th scope="row">
                  <strong>{network.size.toLocaleString()} accounts</strong>
                  <div className="muted small">{preview(network.members.map((m) => m.caption))}</div>
                </th>
                <td>
                  {preview(
                    network.ties.map((t) => `${t.value} (${KINDS[t.kind].label}, ${t.members})`),
                    2,
                  )}
                </td>
                <td>
                  {network.firstSeen ?? '?'} – {network.lastSeen ?? '?'}
                </td>
                <td className="numeric">{network.listings.toLocaleString()}</td>
                <td className="numeric">{network.seizures.toLocaleString()}</td>
                <td>
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-expanded={open === network.id}
                    onClick={() => setOpen(open === network.id ? undefined : network.id)}
                  >
                    {open === network.id ? 'Close' : 'Open'}
                    <span className="visually-hidden"> network {network.rank}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowMore paged={paged} noun="networks" />
    </div>
  );
}
