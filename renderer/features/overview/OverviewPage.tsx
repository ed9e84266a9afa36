/** What is in the workbench at a glance, or — when it is empty — the first steps. */
import { Link } from 'wouter';
import { useStoreCounts } from '@renderer/data/hooks/useStoreCounts';
import { EmptyState } from '@renderer/ui/EmptyState';
import { PageHeader } from '@renderer/ui/PageHeader';
import { LargestNetworksCard } from './LargestNetworksCard';
import { OpenCasesCard } from './OpenCasesCard';
import { RecentActivity } from './RecentActivity';
import { RecentImportsCard } from './RecentImportsCard';
import { StoredCard } from './StoredCard';
import { useLoadDemo } from './useLoadDemo';

export function OverviewPage() {
  const counts = useStoreCounts();
  const demo = useLoadDemo();
  if (counts === undefined) return <PageHeader title="Overview" />;
  const demoStatus =
    demo.progress.state === 'running' ? (
      <p role="status" className="notice">
        {demo.progress.step}
        {demo.progress.total > 0 ? ` (file ${demo.progress.done + 1} of ${demo.progress.total})` : ''}…
      </p>
    ) : demo.progress.state === 'failed' ? (
      <p role="alert" className="field-error">
        The demo could not be loaded: {demo.progress.message}
      </p>
    ) : demo.progress.state === 'done' ? (
      <p role="status" className="notice">
        {demo.progress.message}
      </p>
    ) : null;
  const empty = counts.entities === 0 && counts.evidence === 0 && counts.cases === 0;
  return (
    <>
      <PageHeader title="Overview" subtitle="Everything in this workbench, stored on this computer only." />
      {demoStatus}
      {empty ? (
        <EmptyState
          icon="overview"
          title="Your workbench is empty"
          actions={
            <>
              <Link href="/import" className="button button--primary">
                Import evidence
              </Link>
              <Link href="/cases" className="button">
                Open a case
              </Link>
              <button
                type="button"
                className="button"
                disabled={demo.progress.state === 'running'}
                onClick={() => void demo.load()}
              >
                Load demo investigation
              </button>
            </>
          }
        >
          <ol className="steps">
            <li>Put your name in the sidebar: it signs every change in the audit log.</li>
            <li>
              Import what you received: seller exports, listings, profiles, shipment and seizure records,
              screenshots.
            </li>
            <li>Open a case for the operation you are investigating and gather its accounts and evidence.</li>
          </ol>
          <p>
            To look around first, load the demo investigation: generated files from marketplaces, a brand’s
            scrape, a carrier, customs and social networks about a few invented counterfeit operations.
          </p>
        </EmptyState>
      ) : (
        <div className="overview-grid overview-dashboard">
          <div className="overview-column">
            <StoredCard counts={counts} />
            <RecentImportsCard />
          </div>
          <div className="overview-column">
            <LargestNetworksCard />
            <OpenCasesCard />
            <RecentActivity />
          </div>
        </div>
      )}
    </>
  );
}
