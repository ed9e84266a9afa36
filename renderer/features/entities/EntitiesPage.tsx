/** Entities: everything imported, by kind. */
import { Link } from 'wouter';
import { useStoreCounts } from '@renderer/data/hooks/useStoreCounts';
import { EmptyState } from '@renderer/ui/EmptyState';
import { PageHeader } from '@renderer/ui/PageHeader';
import { KindCounts } from '@renderer/features/overview/KindCounts';

export function EntitiesPage() {
  const counts = useStoreCounts();
  return (
    <>
      <PageHeader
        title="Entities"
        subtitle="Sellers, listings, social accounts, shipments and the identifiers they share."
      />
      {counts === undefined ? null : counts.entities === 0 ? (
        <EmptyState
          icon="entities"
          title="No entities yet"
          actions={
            <Link href="/import" className="button button--primary">
              Import evidence
            </Link>
          }
        >
          <p>
            Entities come from the files you import. A seller export gives sellers with their e-mails, phones
            and addresses; the same e-mail seen in two files becomes one entity that links both sellers.
          </p>
        </EmptyState>
      ) : (
        <section className="card" aria-labelledby="kinds-heading">
          <h2 id="kinds-heading">{counts.entities.toLocaleString()} entities</h2>
          <KindCounts counts={counts.entitiesByKind} />
        </section>
      )}
    </>
  );
}
