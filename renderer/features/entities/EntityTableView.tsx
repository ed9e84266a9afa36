/** One kind's table: facets on the side, the virtualized rows, and what to do with a selection. */
import { useEffect, useState } from 'react';
import type { RowSelectionState, SortingState, Updater } from '@tanstack/react-table';
import type { SortSlot } from '@shared/explore/sortKeys';
import { KINDS, type EntityKind } from '@shared/model';
import { useEntityTable, useTableFacets } from '@renderer/data/hooks/useEntityTable';
import { ColumnChooser } from './ColumnChooser';
import { FacetPanel } from './FacetPanel';
import { SelectionBar } from './SelectionBar';
import { TableStatus } from './TableStatus';
import { useTableColumns } from './useTableColumns';
import { useTableQuery } from './useTableQuery';
import { VirtualTable } from './VirtualTable';

const apply = <T,>(updater: Updater<T>, before: T): T =>
  typeof updater === 'function' ? (updater as (old: T) => T)(before) : updater;

/** `onRowsShown`: called once the first rows are on screen, so slower extras (counts) can start then. */
export function EntityTableView({
  kind,
  search,
  onRowsShown,
}: Readonly<{ kind: EntityKind; search?: string; onRowsShown?: () => void }>) {
  const state = useTableQuery(kind, search);
  const { query } = state;
  const columns = useTableColumns(kind);
  const table = useEntityTable(query);
  const shown = table.status !== undefined;
  const facets = useTableFacets(kind, shown);
  useEffect(() => {
    if (shown) onRowsShown?.();
  }, [shown, onRowsShown]);
  const [selection, setSelection] = useState<RowSelectionState>({});

  const sortColumn = columns.all.find((c) => c.sortSlot === query.sort.slot)?.id ?? 'name';
  const sorting: SortingState = [{ id: sortColumn, desc: query.sort.desc }];
  const onSortingChange = (updater: Updater<SortingState>): void => {
    const next = apply(updater, sorting)[0];
    // a third click would clear the sort; a table always has one, so it turns back to ascending
    const slot: SortSlot = columns.all.find((c) => c.id === (next?.id ?? sortColumn))?.sortSlot ?? 'name';
    state.setSort(slot, next?.desc ?? false);
  };
  const filtered =
    query.facets.length > 0 ||
    query.network !== undefined ||
    query.signal !== undefined ||
    Object.values(state.typed).some((t) => t.trim() !== '');

  return (
    <div className="explore">
      <FacetPanel
        groups={facets}
        selected={query.facets}
        network={query.network}
        signal={query.signal}
        onToggle={state.toggleFacet}
        onNetwork={state.setNetwork}
        onSignal={state.setSignal}
      />
      <div className="explore__main">
        <div className="explore__toolbar">
          <TableStatus kind={kind} table={table} search={search} />
          {filtered ? (
            <button type="button" className="button button--quiet" onClick={state.clearFilters}>
              Clear filters
            </button>
          ) : null}
          <ColumnChooser columns={columns} />
        </div>
        {table.error ? (
          <p role="alert" className="field-error">
            The table could not be read: {table.error}
          </p>
        ) : null}
        <VirtualTable
          label={`${KINDS[kind].plural} table`}
          columns={columns.shown}
          total={table.status?.matched ?? 0}
          rowAt={table.rowAt}
          ensureRange={table.ensureRange}
          sorting={sorting}
          onSortingChange={onSortingChange}
          selection={selection}
          onSelectionChange={(updater) => setSelection((before) => apply(updater, before))}
          filters={state.typed}
          onFilter={state.setFilter}
        />
        <SelectionBar
          query={query}
          status={table.status}
          columns={columns.shown}
          selection={selection}
          onSelection={setSelection}
        />
      </div>
    </div>
  );
}
