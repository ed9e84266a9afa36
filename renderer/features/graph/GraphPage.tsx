/** Graph: accounts and the identifiers they share, drawn as a network. */
import { Link } from 'wouter';
import { useStoreCounts } from '@renderer/data/hooks/useStoreCounts';
import { EmptyState } from '@renderer/ui/EmptyState';
import { PageHeader } from '@renderer/ui/PageHeader';

export function GraphPage() {
  const counts = useStoreCounts();
  return (
    <>
      <PageHeader
        title="Graph"
        subtitle="Which storefronts are really one operation, and what connects them."
      />
      {counts === undefined ? null : (
        <EmptyState
          icon="graph"
          title={counts.links === 0 ? 'Nothing to draw yet' : `${counts.links.toLocaleString()} links stored`}
          actions={
            <Link href="/import" className="button button--primary">
              Import evidence
            </Link>
          }
        >
          <p>
            The graph shows accounts as nodes joined through the identifiers they share: a phone number, a
            payment account, a reused product photo. Import seller, listing and social-media files to see the
            networks form.
          </p>
        </EmptyState>
      )}
    </>
  );
}
