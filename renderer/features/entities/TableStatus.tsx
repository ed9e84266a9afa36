/** How many rows match and how fast they came; while a scan runs, how far it has read. */
import { KINDS, type EntityKind } from '@shared/model';
import type { EntityTableState } from '@renderer/data/hooks/useEntityTable';

export function TableStatus({
  kind,
  table,
  search,
}: Readonly<{ kind: EntityKind; table: EntityTableState; search: string | undefined }>) {
  const { status, firstPageMs, fullPageMs } = table;
  const plural = KINDS[kind].plural.toLocaleLowerCase();
  const matching = search ? ` matching “${search}”` : '';
  if (!status)
    return (
      <p className="table-status muted" role="status">
        Reading…
      </p>
    );
  if (!status.done && status.strategy === 'index')
    return (
      <p className="table-status" role="status" aria-busy="true">
        Counting {plural}…
      </p>
    );
  if (!status.done)
    return (
      <p className="table-status" role="status" aria-busy="true">
        {status.matched.toLocaleString()} {plural}
        {matching} found so far, {status.scanned.toLocaleString()} read…
      </p>
    );
  return (
    // the whole first page's time is for the benchmark: a user sees the page fill in
    <p
      className="table-status"
      role="status"
      {...(fullPageMs === undefined ? {} : { 'data-full-page-ms': Math.round(fullPageMs) })}
    >
      <strong>{status.matched.toLocaleString()}</strong> {plural}
      {matching}
      {firstPageMs === undefined ? null : (
        <span className="muted"> · first rows in {Math.round(firstPageMs).toLocaleString()} ms</span>
      )}
    </p>
  );
}
