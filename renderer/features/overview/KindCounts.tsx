/**
 * Entities per kind as horizontal bars, grouped by family (accounts, commerce, logistics, identifiers…), so the shape
 * of the data reads at a glance. It is a table underneath: the kind and its count are text a screen reader reads in
 * order, the bar is decoration. Each kind links to its table on the Entities page.
 */
import { useMemo } from 'react';
import { Link } from 'wouter';
import type { EntityKind } from '@shared/model';
import { groupKindCounts } from '@shared/overview/kindGroups';

export function KindCounts({ counts }: Readonly<{ counts: Readonly<Record<EntityKind, number>> }>) {
  const groups = useMemo(() => groupKindCounts(counts), [counts]);
  if (groups.length === 0)
    return <p className="muted">No entities yet: import a file to see sellers, listings and identifiers.</p>;
  return (
    <table className="kind-chart">
      <caption className="visually-hidden">Entities per kind, by group</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">Kind</th>
          <td aria-hidden="true" />
          <th scope="col">Entities</th>
        </tr>
      </thead>
      {groups.map((group) => (
        <tbody key={group.group} className="kind-chart__group">
          <tr className="kind-chart__group-head">
            <th scope="rowgroup" colSpan={2}>
              {group.label}
            </th>
            <td className="numeric">{group.total.toLocaleString()}</td>
          </tr>
          {group.bars.map((bar) => (
            <tr key={bar.kind}>
              <th scope="row">
                <Link href={`/entities/${bar.kind}`}>{bar.plural}</Link>
              </th>
              <td className="kind-chart__track" aria-hidden="true">
                <span className="kind-chart__bar" style={{ width: `${Math.max(bar.share * 100, 1)}%` }} />
              </td>
              <td className="numeric">{bar.count.toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
