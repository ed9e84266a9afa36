/** The values the analysis folded: shared by too many accounts, or tying together groups that stand apart. */
import type { Hub } from '@shared/analysis';
import { KINDS } from '@shared/model';
import { ShowMore, usePaged } from './usePaged';

export function HubList({ hubs, threshold }: Readonly<{ hubs: readonly Hub[]; threshold: number }>) {
  const paged = usePaged(hubs);
  return (
    <section aria-label="Hubs">
      <p className="muted">
        A hub is a value many unrelated accounts share — a marketplace’s support address, a freight forwarder.
        It joins nobody into a network: it is folded here instead. The hub threshold is {threshold} accounts;
        values that tie separate groups together are folded too.
      </p>
      {hubs.length === 0 ? (
        <p>No hubs.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Value</th>
              <th scope="col">Kind</th>
              <th scope="col" className="numeric">
                Accounts
              </th>
              <th scope="col">Why folded</th>
            </tr>
          </thead>
          <tbody>
            {paged.items.map((hub) => (
              <tr key={hub.id}>
                <th scope="row" className="tie__value">
                  {hub.value}
                </th>
                <td>{KINDS[hub.kind].label}</td>
                <td className="numeric">{hub.accounts.toLocaleString()}</td>
                <td>{hub.explanation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ShowMore paged={paged} noun="hubs" />
    </section>
  );
}
