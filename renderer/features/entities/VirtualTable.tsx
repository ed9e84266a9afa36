/**
 * The rows of an entity table: TanStack Table for the columns, sorting and selection; TanStack Virtual so only the
 * rows in view are in the DOM. Rows arrive page by page from the explore worker; a row not yet loaded is a
 * placeholder of the same height, so the scrollbar is right from the first page.
 */
import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import {
  createColumnHelper,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type OnChangeFn,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Link } from 'wouter';
import type { Column } from '@shared/explore/columns';
import type { TableRow } from '@renderer/data/hooks/useEntityTable';
import { entityPath } from './entityPath';

const features = tableFeatures({ rowSortingFeature, rowSelectionFeature });
type Features = typeof features;
const helper = createColumnHelper<Features, TableRow>();

const ROW_HEIGHT = 36;
const getRowId = (row: TableRow): string => row.id;

function widthOf(column: Column): string {
  if (column.id === 'name') return 'minmax(240px, 2fr)';
  return column.numeric ? '110px' : 'minmax(140px, 1fr)';
}

export type VirtualTableProps = Readonly<{
  label: string;
  columns: readonly Column[];
  total: number;
  rowAt: (index: number) => TableRow | undefined;
  ensureRange: (start: number, end: number) => void;
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
  selection: RowSelectionState;
  onSelectionChange: OnChangeFn<RowSelectionState>;
  filters: Readonly<Record<string, string>>;
  onFilter: (column: string, text: string) => void;
}>;

export function VirtualTable(props: VirtualTableProps) {
  const { columns, total, rowAt, ensureRange } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler, which is what this rule protects.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (total > 0) ensureRange(first, last);
  }, [first, last, total, ensureRange]);

  const tableColumns = useMemo(
    () =>
      helper.columns([
        helper.display({
          id: 'select',
          enableSorting: false,
          header: () => <span className="visually-hidden">Select</span>,
          cell: ({ row }) => (
            <input
              type="checkbox"
              aria-label={`Select ${row.original.cells.name ?? row.id}`}
              checked={row.getIsSelected()}
              onChange={row.getToggleSelectedHandler()}
            />
          ),
        }),
        ...columns.map((column) =>
          helper.accessor((row) => row.cells[column.id] ?? '', {
            id: column.id,
            header: column.label,
            enableSorting: column.sortSlot !== undefined,
            cell: (info) =>
              column.id === 'name' ? (
                <Link href={entityPath(info.row.original.id)}>{info.getValue() || '(no name)'}</Link>
              ) : (
                info.getValue()
              ),
          }),
        ),
      ]),
    [columns],
  );

  // Only the loaded rows in view are the table's data: a window of a few dozen whatever the total.
  const windowRows = useMemo(
    () => items.map((item) => rowAt(item.index)).filter((row): row is TableRow => row !== undefined),
    [items, rowAt],
  );
  const table = useTable({
    features,
    columns: tableColumns,
    data: windowRows,
    getRowId,
    manualSorting: true,
    sortDescFirst: false,
    enableMultiSort: false,
    enableRowRangeSelection: false,
    state: { sorting: props.sorting, rowSelection: props.selection },
    onSortingChange: props.onSortingChange,
    onRowSelectionChange: props.onSelectionChange,
  });
  const rowsById = new Map(table.getRowModel().rows.map((row) => [row.id, row]));
  const template = ['40px', ...columns.map(widthOf)].join(' ');
  const gridStyle = { gridTemplateColumns: template } as CSSProperties;

  return (
    <div ref={scrollRef} className="virtual-table" role="region" aria-label={props.label}>
      <table className="table virtual-table__table" aria-rowcount={total + 2}>
        <thead className="virtual-table__head">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} style={gridStyle} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const canSort = header.column.getCanSort();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {canSort ? (
                      <button
                        type="button"
                        className="virtual-table__sort"
                        onClick={header.column.getToggleSortingHandler()}
                        title="Sort by this column"
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden="true">
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ↕'}
                        </span>
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
          <tr style={gridStyle} className="virtual-table__filters" aria-rowindex={2}>
            <td />
            {columns.map((column) => (
              <td key={column.id}>
                <input
                  className="input input--small"
                  type="search"
                  aria-label={`Filter ${column.label}`}
                  placeholder="Filter…"
                  title="Rows where each word you type starts a word in this column"
                  value={props.filters[column.id] ?? ''}
                  onChange={(event) => props.onFilter(column.id, event.target.value)}
                />
              </td>
            ))}
          </tr>
        </thead>
        <tbody className="virtual-table__body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const data = rowAt(item.index);
            const row = data ? rowsById.get(data.id) : undefined;
            const style = { ...gridStyle, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT };
            if (!row)
              return (
                <tr
                  key={`placeholder-${item.index}`}
                  style={style}
                  aria-busy="true"
                  aria-rowindex={item.index + 3}
                >
                  <td className="muted" colSpan={columns.length + 1}>
                    Loading…
                  </td>
                </tr>
              );
            return (
              <tr
                key={row.id}
                style={style}
                aria-rowindex={item.index + 3}
                aria-selected={row.getIsSelected()}
                className={row.getIsSelected() ? 'virtual-table__row--selected' : undefined}
              >
                {row.getAllCells().map((cell) => (
                  <td
                    key={cell.id}
                    title={cell.column.id === 'select' ? undefined : row.original.cells[cell.column.id]}
                  >
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
