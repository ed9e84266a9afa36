/** Which columns a table of one kind shows, and in which order: remembered per kind in the settings table. */
import type { EntityKind } from '@shared/model';
import type { CasegraphDb } from '../db';

export type ColumnPrefs = Readonly<{ visible: Readonly<Record<string, boolean>>; order: readonly string[] }>;

const keyOf = (kind: EntityKind): string => `columns:${kind}`;

function isPrefs(value: unknown): value is ColumnPrefs {
  if (typeof value !== 'object' || value === null) return false;
  const { visible, order } = value as Record<string, unknown>;
  return typeof visible === 'object' && visible !== null && Array.isArray(order);
}

export async function readColumnPrefs(db: CasegraphDb, kind: EntityKind): Promise<ColumnPrefs | null> {
  const stored = (await db.settings.get(keyOf(kind)))?.value;
  return isPrefs(stored) ? stored : null;
}

export async function saveColumnPrefs(db: CasegraphDb, kind: EntityKind, prefs: ColumnPrefs): Promise<void> {
  await db.settings.put({ key: keyOf(kind), value: prefs });
}
