/** How much is stored, in four numbers and the entities per kind. */
import type { StoreCounts } from '@renderer/data/hooks/useOverview';
import { KindCounts } from './KindCounts';

const STATS = [
  ['Entities', 'entities'],
  ['Links', 'links'],
  ['Evidence files', 'evidence'],
  ['Cases', 'cases'],
] as const satisfies readonly (readonly [string, keyof StoreCounts])[];

export function StoredCard({ counts }: Readonly<{ counts: StoreCounts }>) {
  return (
    <section className="card overview-card overview-card--stored" aria-labelledby="stored-heading">
      <h2 id="stored-heading">Stored</h2>
      <dl className="stat-row">
        {STATS.map(([label, key]) => (
          <div className="stat" key={key}>
            <dt>{label}</dt>
            <dd>{counts[key].toLocaleString()}</dd>
          </div>
        ))}
      </dl>
      <KindCounts counts={counts.entitiesByKind} />
    </section>
  );
}
