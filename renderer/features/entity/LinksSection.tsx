/**
 * How this entity connects: the identifiers it uses and who else uses each (the reason two accounts are linked),
 * then every other link (listings sold, parcels shipped, confirmed same-actor links, who mentions it).
 */
import { KINDS, type ImportId, type ImportRecord } from '@shared/model';
import type { EntityDetails, LinkedEntity } from '@renderer/data/hooks/useEntity';
import { EntityLink } from './EntityLink';
import { SourceList } from './SourceList';

const LINK_WORDS: Readonly<Record<string, readonly [outgoing: string, incoming: string]>> = {
  sells: ['sells', 'sold by'],
  uses: ['uses', 'used by'],
  mentions: ['mentions', 'mentioned by'],
  operates: ['operates', 'operated by'],
  ships: ['ships', 'shipped by'],
  sameAs: ['same actor as', 'same actor as'],
  similar: ['looks like', 'looks like'],
};

function describe(linked: LinkedEntity): string {
  const words = LINK_WORDS[linked.link.kind] ?? [linked.link.kind, linked.link.kind];
  const verb = linked.outgoing ? words[0] : words[1];
  return linked.link.role ? `${verb} (${linked.link.role})` : verb;
}

function LinkRows({
  links,
  imports,
}: Readonly<{ links: readonly LinkedEntity[]; imports: ReadonlyMap<ImportId, ImportRecord> }>) {
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Link</th>
          <th scope="col">Entity</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {links.map((linked) => (
          <tr key={linked.link.id}>
            <td>{describe(linked)}</td>
            <td>
              <EntityLink entity={linked.other} />
            </td>
            <td>
              <SourceList sources={linked.link.sources} imports={imports} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function LinksSection({ details }: Readonly<{ details: EntityDetails }>) {
  const { links, shared, imports, linkTotal } = details;
  const sharedIds = new Set(shared.map((s) => s.identifier.id));
  const others = links.filter((l) => !sharedIds.has(l.other.id));
  return (
    <section className="card" aria-labelledby="links-heading">
      <h2 id="links-heading">Links ({linkTotal.toLocaleString()})</h2>
      {shared.length > 0 ? (
        <>
          <h3>Shared identifiers</h3>
          <p className="muted small">
            Each identifier this {KINDS[details.entity.kind].label.toLocaleLowerCase()} uses that others use
            too.
          </p>
          <ul className="shared-identifiers">
            {shared.map((item) => (
              <li key={item.identifier.id}>
                <p>
                  <EntityLink entity={item.identifier} />
                  {item.role ? <span className="muted"> as {item.role}</span> : null} ·{' '}
                  <strong>{item.total.toLocaleString()}</strong> other{item.total === 1 ? '' : 's'}
                </p>
                <ul className="shared-identifiers__accounts">
                  {item.accounts.map((account) => (
                    <li key={account.link.id}>
                      <EntityLink entity={account.other} />{' '}
                      <span className="muted small">
                        {describe({ ...account, outgoing: !account.outgoing })}
                      </span>
                    </li>
                  ))}
                  {item.total > item.accounts.length ? (
                    <li className="muted">and {(item.total - item.accounts.length).toLocaleString()} more</li>
                  ) : null}
                </ul>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {others.length > 0 ? (
        <>
          <h3>{shared.length > 0 ? 'Other links' : 'All links'}</h3>
          <div className="table-scroll">
            <LinkRows links={others} imports={imports} />
          </div>
          {linkTotal > links.length ? (
            <p className="muted small">
              Showing {links.length.toLocaleString()} of {linkTotal.toLocaleString()} links.
            </p>
          ) : null}
        </>
      ) : null}
      {links.length === 0 ? (
        <p className="muted">No links: no other record shares anything with it.</p>
      ) : null}
    </section>
  );
}
