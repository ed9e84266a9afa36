/**
 * Folding what one record says into what the store already knows. A second file that repeats a seller adds its
 * values and its source; nothing already stored is replaced, so both sources stay visible.
 */
import {
  addPropertyValue,
  linkId,
  type Entity,
  type ImportId,
  type Link,
  type PropertyValue,
  type SourceRef,
} from '../model';
import type { EntityDraft, LinkDraft } from './types';
import { withIndexFields } from '../explore/indexFields';

/**
 * How many places one import may record on one entity, value or link. A marketplace's support e-mail can appear on
 * a hundred thousand rows; listing every one would make each later write of that record slower than the last.
 * The first places are kept (enough to show and check the value), and the import's counts say how many rows it had.
 */
export const MAX_SOURCES_PER_IMPORT = 50;

/**
 * The same cap for one property value. A seller's name or country repeats on every row of its listings; the entity
 * already lists up to 50 of those rows, and a value only has to show where it came from, so a few rows per import
 * are kept. Without this a busy seller's record grows to tens of kilobytes that every later chunk rewrites.
 */
export const MAX_VALUE_SOURCES_PER_IMPORT = 5;

function addCappedSource(
  sources: readonly SourceRef[],
  ref: SourceRef,
  cap = MAX_SOURCES_PER_IMPORT,
): readonly SourceRef[] {
  let fromImport = 0;
  for (const existing of sources) {
    if (existing.importId !== ref.importId) continue;
    fromImport += 1;
    if (
      existing.evidenceId === ref.evidenceId &&
      existing.locator.row === ref.locator.row &&
      existing.locator.path === ref.locator.path &&
      existing.locator.sheet === ref.locator.sheet
    ) {
      return sources;
    }
  }
  return fromImport >= cap ? sources : [...sources, ref];
}

function addImport(importIds: readonly ImportId[], importId: ImportId): readonly ImportId[] {
  return importIds.includes(importId) ? importIds : [...importIds, importId];
}

export function mergeEntity(
  existing: Entity | undefined,
  draft: EntityDraft,
  source: SourceRef,
  now: string,
): Entity {
  return withIndexFields(foldEntity(existing, draft, source, now));
}

/**
 * `mergeEntity` without its index fields (sort keys, facets, search terms), which are left as they were. A chunk
 * that repeats a seller on a thousand rows folds it a thousand times and indexes it once (`mergeRecords`).
 *
 * When the row adds nothing (every value and source already there, or their caps reached), the stored record itself
 * is returned, so the caller can tell it need not be written again: a seller on its ten-thousandth listing row
 * costs a lookup, not a rewrite of the record and all its index entries.
 */
export function foldEntity(
  existing: Entity | undefined,
  draft: EntityDraft,
  source: SourceRef,
  now: string,
): Entity {
  let changed = existing === undefined;
  const properties: Record<string, readonly PropertyValue[]> = {
    ...((existing?.properties ?? {}) as Record<string, readonly PropertyValue[]>),
  };
  for (const [prop, values] of Object.entries(draft.properties)) {
    let list = properties[prop];
    for (const value of values) {
      const index = list?.findIndex((v) => String(v.value) === String(value)) ?? -1;
      const current = index === -1 ? undefined : list?.[index];
      if (current && list) {
        const sources = addCappedSource(current.sources, source, MAX_VALUE_SOURCES_PER_IMPORT);
        if (sources !== current.sources) {
          list = list.map((v, i) => (i === index ? { value: v.value, sources } : v));
          changed = true;
        }
      } else {
        list = addPropertyValue(list, value, source);
        changed = true;
      }
    }
    if (list) properties[prop] = list;
  }
  const sources = addCappedSource(existing?.sources ?? [], source);
  const importIds = addImport(existing?.importIds ?? [], source.importId);
  if (existing && !changed && sources === existing.sources && importIds === existing.importIds)
    return existing;
  return {
    id: draft.id,
    kind: draft.kind,
    key: draft.key,
    properties,
    sources,
    importIds,
    sortName: existing?.sortName ?? '',
    sortTime: existing?.sortTime ?? '',
    sortNumber: existing?.sortNumber ?? -1,
    facets: existing?.facets ?? [],
    terms: existing?.terms ?? [],
    termsByName: existing?.termsByName ?? [],
    tags: existing?.tags ?? [],
    ...(existing?.note === undefined ? {} : { note: existing.note }),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
}

/** Like `foldEntity`, returns the stored link itself when the row adds nothing to it. */
export function mergeLink(
  existing: Link | undefined,
  draft: LinkDraft,
  source: SourceRef,
  now: string,
): Link {
  const sources = addCappedSource(existing?.sources ?? [], source);
  const importIds = addImport(existing?.importIds ?? [], source.importId);
  const role = existing?.role ?? draft.role;
  if (existing && sources === existing.sources && importIds === existing.importIds && role === existing.role)
    return existing;
  return {
    id: existing?.id ?? linkId(draft.kind, draft.from, draft.to),
    kind: draft.kind,
    from: draft.from,
    to: draft.to,
    ...(role === undefined ? {} : { role }),
    ...(existing?.score === undefined ? {} : { score: existing.score }),
    ...(existing?.reason === undefined ? {} : { reason: existing.reason }),
    sources,
    importIds,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
}

/**
 * What undoing an import leaves of an entity: its values and sources from other imports, or nothing when only
 * that import knew it.
 */
export function withoutImport<T extends Entity | Link>(
  record: T,
  importId: ImportId,
  now: string,
): T | undefined {
  const importIds = record.importIds.filter((id) => id !== importId);
  if (importIds.length === 0) return undefined;
  const keep = (sources: readonly SourceRef[]): readonly SourceRef[] =>
    sources.filter((s) => s.importId !== importId);
  if (!('kind' in record && 'properties' in record)) {
    return { ...record, importIds, sources: keep(record.sources), updatedAt: now };
  }
  const properties: Record<string, readonly PropertyValue[]> = {};
  for (const [prop, values] of Object.entries(
    record.properties as Record<string, readonly PropertyValue[]>,
  )) {
    const remaining = values
      .map((v) => ({ value: v.value, sources: keep(v.sources) }))
      .filter((v) => v.sources.length > 0);
    if (remaining.length > 0) properties[prop] = remaining;
  }
  const entity = {
    ...record,
    properties,
    importIds,
    sources: keep(record.sources),
    updatedAt: now,
  } as Entity;
  return withIndexFields(entity) as T;
}
