/** Review: where a field reviewer checks an evidence bundle, with no network. */
import { EmptyState } from '@renderer/ui/EmptyState';
import { PageHeader } from '@renderer/ui/PageHeader';

export function ReviewPage() {
  return (
    <>
      <PageHeader title="Review" subtitle="Check a case bundle on this computer, with no network needed." />
      <EmptyState icon="review" title="No bundle open">
        <p>
          A case exported from Casegraph is a ZIP bundle with every file’s SHA-256 hash and the case’s audit
          chain. Review verifies all of it before showing anything, then lets you browse the case read-only
          and record your annotations to send back to the investigator.
        </p>
      </EmptyState>
    </>
  );
}
