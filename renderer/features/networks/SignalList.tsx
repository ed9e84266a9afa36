/** Triage signals, each with the listings or parcels behind it. */
import { useId, useState } from 'react';
import { SIGNAL_LABELS as KIND_LABEL, type SignalKind } from '@shared/analysis';
import { useSignals } from '@renderer/data/hooks/useAnalysis';
import { ShowMore, useShownCount } from './usePaged';

/**
 * `byKind`: how many signals of each kind the run found (from its summary); the signals themselves are read a page
 * at a time.
 */
export function SignalList({ byKind }: Readonly<{ byKind: Readonly<Partial<Record<SignalKind, number>>> }>) {
  const id = useId();
  const [kind, setKind] = useState<SignalKind | 'all'>('all');
  const [shown, more] = useShownCount();
  const counts = Object.entries(byKind) as [SignalKind, number][];
  const all = counts.reduce((sum, [, n]) => sum + n, 0);
  const total = kind === 'all' ? all : (byKind[kind] ?? 0);
  const signals = useSignals(kind === 'all' ? undefined : kind, Math.min(shown, total)) ?? [];
  const paged = { items: signals, total, more };
  if (all === 0)
    return (
      <p className="muted">
        No signals: nothing stands out on price, brand authorization, account age or seizures.
      </p>
    );
  return (
    <section aria-label="Signals">
      <div className="field">
        <label htmlFor={`${id}-kind`}>Show</label>
        <select
          id={`${id}-kind`}
          className="input"
          value={kind}
          onChange={(e) => setKind(e.target.value as SignalKind | 'all')}
        >
          <option value="all">Every signal ({all.toLocaleString()})</option>
          {counts.map(([k, n]) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]} ({n.toLocaleString()})
            </option>
          ))}
        </select>
      </div>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Signal</th>
            <th scope="col">Why</th>
            <th scope="col">Behind it</th>
          </tr>
        </thead>
        <tbody>
          {paged.items.map((signal) => (
            <tr key={`${signal.kind}-${signal.account}`}>
              <th scope="row">{signal.accountCaption}</th>
              <td>
                <span className={`badge badge--signal-${signal.kind}`}>{KIND_LABEL[signal.kind]}</span>
              </td>
              <td>{signal.reason}</td>
              <td>
                <details>
                  <summary>
                    {signal.count.toLocaleString()} item{signal.count === 1 ? '' : 's'}
                  </summary>
                  <ul>
                    {signal.items.map((item) => (
                      <li key={item.id}>
                        {item.caption} <span className="muted">{item.detail}</span>
                      </li>
                    ))}
                    {signal.count > signal.items.length ? (
                      <li className="muted">
                        and {(signal.count - signal.items.length).toLocaleString()} more
                      </li>
                    ) : null}
                  </ul>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore paged={paged} noun="signals" />
    </section>
  );
}
