/** Entities per kind as bars, so the shape of the data reads at a glance; kinds with none are left out. */
import { ENTITY_KINDS, KINDS, type EntityKind } from '@shared/model';

export function KindCounts({ counts }: Readonly<{ counts: Readonly<Record<EntityKind, number>> }>) {
  const present = ENTITY_KINDS.filter((kind) => counts[kind] > 0);
  if (present.length === 0)
    return <p className="muted">No entities yet: import a file to see sellers, listings and identifiers.</p>;
  const max = Math.max(...present.map((kind) => counts[kind]));
  return (
    <table className="kind-counts">
      <caption className="visually-hidden">Entities per kind</caption>
      <tbody>
        {present.map((kind) => (
          <tr key={kind}>
            <th scope="row">{KINDS[kind].plural}</th>
            <td className="kind-counts__bar">
              <span style={{ width: `${(counts[kind] / max) * 100}%` }} />
            </td>
            <td className="numeric">{counts[kind].toLocaleString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
