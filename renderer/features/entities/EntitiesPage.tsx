/**
 * Entities: a table per kind (`/entities/:kind`), or, from the search box's "show all", the matches of a search
 * within one kind (`/entities/:kind/search/:text`).
 */
import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { ENTITY_KINDS, KINDS, type EntityKind } from '@shared/model';
import { useKindCounts, useKindsPresent } from '@renderer/data/hooks/useStoreCounts';
import { EmptyState } from '@renderer/ui/EmptyState';
import { PageHeader } from '@renderer/ui/PageHeader';
import { tablePath } from './entityPath';
import { EntityTableView } from './EntityTableView';

const isKind = (value: string | undefined): value is EntityKind =>
  value !== undefined && (ENTITY_KINDS as readonly string[]).includes(value);

export function EntitiesPage() {
  const params = useParams<{ kind?: string; text?: string }>();
  const present = useKindsPresent();
  // Counting a million listings takes seconds: the tabs get their counts after the table shows its first rows.
  const [tableShown, setTableShown] = useState(false);
  const counts = useKindCounts(present, tableShown);
  if (present === undefined) return <PageHeader title="Entities" />;
  if (present.length === 0)
    return (
      <>
        <PageHeader title="Entities" />
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
      </>
    );
  const kind: EntityKind = isKind(params.kind) ? params.kind : (present[0] ?? 'seller');
  const search = params.text === undefined ? undefined : decodeURIComponent(params.text);
  return (
    <>
      <PageHeader
        title="Entities"
        subtitle="Sort, filter and select any kind; open a row to see its links and where each value came from."
      />
      <nav className="kind-tabs" aria-label="Kinds">
        <ul>
          {present.map((k) => (
            <li key={k}>
              <Link
                href={tablePath(k, search)}
                className={k === kind ? 'kind-tabs__tab kind-tabs__tab--active' : 'kind-tabs__tab'}
                aria-current={k === kind ? 'page' : undefined}
              >
                {KINDS[k].plural}{' '}
                {counts?.[k] === undefined ? null : (
                  <span className="kind-tabs__count">{counts[k].toLocaleString()}</span>
                )}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {search ? (
        <p className="notice">
          Showing {KINDS[kind].plural.toLocaleLowerCase()} matching “{search}”.{' '}
          <Link href={tablePath(kind)}>Show all</Link>
        </p>
      ) : null}
      <EntityTableView
        key={`${kind}|${search ?? ''}`}
        kind={kind}
        {...(search ? { search } : {})}
        onRowsShown={() => setTableShown(true)}
      />
    </>
  );
}
