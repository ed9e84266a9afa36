import { Link } from 'wouter';
import { EmptyState } from '@renderer/ui/EmptyState';

export function NotFoundPage() {
  return (
    <EmptyState
      icon="warning"
      title="There is nothing at this address"
      actions={
        <Link href="/" className="button button--primary">
          Go to the overview
        </Link>
      }
    >
      <p>The link may come from an older version of Casegraph.</p>
    </EmptyState>
  );
}
