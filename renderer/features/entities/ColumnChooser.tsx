/** Which columns to show and in which order; the choice is remembered for this kind. */
import { useId } from 'react';
import type { TableColumns } from './useTableColumns';

export function ColumnChooser({ columns }: Readonly<{ columns: TableColumns }>) {
  const id = useId();
  const { prefs, all, save } = columns;
  const byId = new Map(all.map((c) => [c.id, c]));
  const move = (index: number, by: number): void => {
    const order = [...prefs.order];
    const [moved] = order.splice(index, 1);
    if (moved === undefined) return;
    order.splice(index + by, 0, moved);
    save({ ...prefs, order });
  };
  return (
    <details className="column-chooser">
      <summary className="button">Columns</summary>
      <ol className="column-chooser__list" aria-label="Columns, in order">
        {prefs.order.map((columnId, index) => {
          const column = byId.get(columnId);
          if (!column) return null;
          const visible = prefs.visible[columnId] ?? column.visibleByDefault;
          const inputId = `${id}-${columnId}`;
          return (
            <li key={columnId}>
              <input
                id={inputId}
                type="checkbox"
                checked={visible}
                disabled={columnId === 'name'}
                onChange={() => save({ ...prefs, visible: { ...prefs.visible, [columnId]: !visible } })}
              />
              <label htmlFor={inputId}>{column.label}</label>
              <button
                type="button"
                className="button button--quiet"
                aria-label={`Move ${column.label} up`}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button--quiet"
                aria-label={`Move ${column.label} down`}
                disabled={index === prefs.order.length - 1}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
