/**
 * Which columns a kind's table shows and in which order, remembered per kind. Until the investigator chooses, the
 * name, the first few properties and the sortable ones are shown.
 */
import { useMemo } from 'react';
import { columnsOf, type Column } from '@shared/explore/columns';
import type { EntityKind } from '@shared/model';
import { storeColumnPrefs, useColumnPrefs, type ColumnPrefs } from '@renderer/data/hooks/useTableActions';

export type TableColumns = Readonly<{
  all: readonly Column[];
  /** Shown columns, in order. */
  shown: readonly Column[];
  prefs: ColumnPrefs;
  save: (prefs: ColumnPrefs) => void;
}>;

function defaults(all: readonly Column[]): ColumnPrefs {
  return {
    visible: Object.fromEntries(all.map((c) => [c.id, c.visibleByDefault])),
    order: all.map((c) => c.id),
  };
}

export function useTableColumns(kind: EntityKind): TableColumns {
  const stored = useColumnPrefs(kind);
  const all = useMemo(() => columnsOf(kind), [kind]);
  return useMemo(() => {
    const prefs = stored ?? defaults(all);
    const byId = new Map(all.map((c) => [c.id, c]));
    // columns added to the model since the prefs were saved come last
    const order = [
      ...prefs.order.filter((id) => byId.has(id)),
      ...all.map((c) => c.id).filter((id) => !prefs.order.includes(id)),
    ];
    const shown = order
      .map((id) => byId.get(id))
      .filter((c): c is Column => c !== undefined && (prefs.visible[c.id] ?? c.visibleByDefault));
    return {
      all,
      shown: shown.length > 0 ? shown : all.slice(0, 1),
      prefs: { visible: prefs.visible, order },
      save: (next: ColumnPrefs) => void storeColumnPrefs(kind, next),
    };
  }, [stored, all, kind]);
}
