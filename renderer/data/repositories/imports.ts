/**
 * Imports in the store: each chunk of mapped records is merged and written in ONE transaction together with the
 * import's progress, so a cancelled or crashed import never leaves half a chunk, and `recordsCommitted` says
 * exactly where to resume. Undo walks the import's records in chunks too, so a large undo never blocks.
 */
import { withoutImport } from '@shared/import/merge';
import { mergeRecords } from '@shared/import/mergeRecords';
import type { MappedRecord, RecordProblem } from '@shared/import/types';
import {
  describeLocator,
  linkId,
  newImportId,
  type Entity,
  type EntityId,
  type EvidenceId,
  type ImportId,
  type ImportRecord,
  type Link,
  type LinkId,
  type RejectRecord,
  type SourceLocator,
} from '@shared/model';
import type { Table } from 'dexie';
import type { CasegraphDb } from '../db';
import { appendAudit } from './audit';

export type NewImport = Readonly<{
  evidenceId: EvidenceId;
  fileName: string;
  format: string;
  plan: Readonly<Record<string, unknown>>;
}>;

export async function startImport(db: CasegraphDb, input: NewImport): Promise<ImportRecord> {
  const record: ImportRecord = {
    id: newImportId(),
    evidenceId: input.evidenceId,
    fileName: input.fileName,
    format: input.format,
    status: 'running',
    startedAt: new Date().toISOString(),
    plan: input.plan,
    recordsCommitted: 0,
    rowsRead: 0,
    rowsRejected: 0,
    rejectCount: 0,
    counts: {},
  };
  await db.transaction('rw', [db.imports, db.audit, db.settings], async () => {
    await db.imports.add(record);
    await appendAudit(db, {
      action: 'import.start',
      target: record.id,
      details: { file: input.fileName, format: input.format, evidence: input.evidenceId },
    });
  });
  return record;
}

/** A finished import of exactly these bytes, if there is one: importing it again would change nothing. */
export async function completedImportOf(
  db: CasegraphDb,
  evidenceId: EvidenceId,
): Promise<ImportRecord | undefined> {
  const imports = await db.imports.where('evidenceId').equals(evidenceId).toArray();
  return imports.find((record) => record.status === 'done');
}

export type ChunkResult = Readonly<{ newEntities: number; newLinks: number }>;

export async function writeImportChunk(
  db: CasegraphDb,
  importRecord: Pick<ImportRecord, 'id' | 'evidenceId' | 'fileName'>,
  records: readonly MappedRecord[],
  problems: readonly RecordProblem[],
  rowsRead: number,
): Promise<ChunkResult> {
  const now = new Date().toISOString();
  const { id: importId, evidenceId, fileName } = importRecord;
  const entityIds = [...new Set(records.flatMap((r) => r.entities.map((e) => e.id)))];
  const linkEnds = new Map<LinkId, readonly [EntityId, EntityId]>();
  for (const record of records)
    for (const link of record.links)
      linkEnds.set(linkId(link.kind, link.from, link.to), [link.from, link.to]);

  const rejects: RejectRecord[] = [];
  let rowsRejected = 0;
  for (const record of records) {
    if (record.rejects.length > 0) rowsRejected += 1;
    for (const reject of record.rejects) rejects.push(toReject(importId, fileName, record.locator, reject));
  }
  for (const problem of problems) {
    rowsRejected += 1;
    rejects.push(toReject(importId, fileName, problem.locator, problem));
  }

  return db.transaction('rw', [db.entities, db.links, db.rejects, db.imports], async () => {
    const storedEntities = await db.entities.bulkGet(entityIds);
    const entities = new Map<EntityId, Entity | undefined>(entityIds.map((id, i) => [id, storedEntities[i]]));
    const links = await storedLinksOf(db, linkEnds, entities);
    const newEntities = storedEntities.filter((e) => e === undefined).length;
    const newLinks = [...links.values()].filter((l) => l === undefined).length;

    const current = await db.imports.get(importId);
    if (!current) throw new Error(`Import ${importId} disappeared while it was running`);
    // Counted as they first join this import, so finishing needs no scan of the store.
    const counts: Record<string, number> = { ...current.counts };
    const count = (key: string, before: Entity | Link | undefined): void => {
      if (before?.importIds.includes(importId) !== true) counts[key] = (counts[key] ?? 0) + 1;
    };
    const read = new Set<Entity | Link | undefined>([...storedEntities, ...links.values()]);
    mergeRecords(records, { importId, evidenceId }, now, { entities, links }, count);
    // Only what the chunk changed: a record it added nothing to is still the object read above.
    const changed = <T extends Entity | Link>(record: T | undefined): record is T =>
      record !== undefined && !read.has(record);
    await db.entities.bulkPut([...entities.values()].filter(changed));
    await db.links.bulkPut([...links.values()].filter(changed));
    if (rejects.length > 0) await db.rejects.bulkAdd(rejects);
    await db.imports.put({
      ...current,
      counts,
      recordsCommitted: current.recordsCommitted + records.length + problems.length,
      rowsRead,
      rowsRejected: current.rowsRejected + rowsRejected,
      rejectCount: current.rejectCount + rejects.length,
    });
    return { newEntities, newLinks };
  });
}

/**
 * The stored versions of the chunk's links. A link can only be stored when both its ends are, so links that touch
 * an entity new in this chunk (a listing's `sells` and `uses`: most links of a listings file) are known to be new
 * without asking the store; reading tens of thousands of missing keys costs as much as writing them.
 */
async function storedLinksOf(
  db: CasegraphDb,
  linkEnds: ReadonlyMap<LinkId, readonly [EntityId, EntityId]>,
  storedEntities: ReadonlyMap<EntityId, Entity | undefined>,
): Promise<Map<LinkId, Link | undefined>> {
  const links = new Map<LinkId, Link | undefined>();
  const maybeStored: LinkId[] = [];
  for (const [id, [from, to]] of linkEnds) {
    if (storedEntities.get(from) === undefined || storedEntities.get(to) === undefined)
      links.set(id, undefined);
    else maybeStored.push(id);
  }
  const stored = await db.links.bulkGet(maybeStored);
  maybeStored.forEach((id, i) => links.set(id, stored[i]));
  return links;
}

function toReject(
  importId: ImportId,
  file: string,
  locator: SourceLocator,
  reject: Readonly<{ field: string; value: string; reason: string }>,
): RejectRecord {
  return {
    importId,
    file,
    location: describeLocator(locator),
    ...(locator.row === undefined ? {} : { row: locator.row }),
    field: reject.field,
    value: reject.value,
    reason: reject.reason,
  };
}

/** Distinct entities and links of an import, by kind, counted from the index without loading the records. */
export type ImportEnd = Readonly<{ status: 'done' | 'cancelled' | 'failed'; message?: string }>;

export async function finishImport(
  db: CasegraphDb,
  importId: ImportId,
  end: ImportEnd,
): Promise<ImportRecord> {
  return db.transaction('rw', [db.imports, db.audit, db.settings], async () => {
    const current = await db.imports.get(importId);
    if (!current) throw new Error(`There is no import ${importId}`);
    const { counts } = current;
    const finished: ImportRecord = {
      ...current,
      status: end.status,
      finishedAt: new Date().toISOString(),
      counts,
      ...(end.message === undefined ? {} : { message: end.message }),
    };
    await db.imports.put(finished);
    await appendAudit(db, {
      action: `import.${end.status === 'done' ? 'done' : end.status === 'cancelled' ? 'cancel' : 'fail'}`,
      target: importId,
      details: {
        file: current.fileName,
        rows: current.rowsRead,
        rowsRejected: current.rowsRejected,
        counts,
        ...(end.message === undefined ? {} : { message: end.message }),
      },
    });
    return finished;
  });
}

/** Marks a cancelled or failed import as running again, to continue after `recordsCommitted`. */
export async function resumeImport(db: CasegraphDb, importId: ImportId): Promise<ImportRecord> {
  return db.transaction('rw', [db.imports, db.audit, db.settings], async () => {
    const current = await db.imports.get(importId);
    if (!current) throw new Error(`There is no import ${importId}`);
    if (current.status !== 'cancelled' && current.status !== 'failed') {
      throw new Error(`Only a cancelled or failed import can be resumed; this one is ${current.status}`);
    }
    const resumed: ImportRecord = { ...current, status: 'running' };
    await db.imports.put(resumed);
    await appendAudit(db, {
      action: 'import.resume',
      target: importId,
      details: { file: current.fileName, from: current.recordsCommitted },
    });
    return resumed;
  });
}

const UNDO_CHUNK = 2000;

/**
 * Removes what only this import brought and takes this import's sources off what others also saw, a chunk per
 * transaction. Safe to run again if interrupted: it continues with what is left.
 */
export async function undoImport(
  db: CasegraphDb,
  importId: ImportId,
  onProgress?: (done: number) => void,
): Promise<void> {
  const current = await db.imports.get(importId);
  if (!current) throw new Error(`There is no import ${importId}`);
  if (current.status === 'running') throw new Error('Cancel the import before undoing it');
  let done = 0;
  const step = (count: number): void => {
    done += count;
    onProgress?.(done);
  };
  await undoTable(db, db.entities as unknown as Table<Entity, string>, importId, step);
  await undoTable(db, db.links as unknown as Table<Link, string>, importId, step);
  await db.transaction('rw', [db.imports, db.rejects, db.audit, db.settings], async () => {
    await db.rejects.where('importId').equals(importId).delete();
    await db.imports.put({ ...current, status: 'undone', finishedAt: new Date().toISOString() });
    await appendAudit(db, {
      action: 'import.undo',
      target: importId,
      details: { file: current.fileName, counts: current.counts },
    });
  });
}

async function undoTable<T extends Entity | Link>(
  db: CasegraphDb,
  table: Table<T, string>,
  importId: ImportId,
  step: (count: number) => void,
): Promise<void> {
  for (;;) {
    const ids = await table.where('importIds').equals(importId).limit(UNDO_CHUNK).primaryKeys();
    if (ids.length === 0) return;
    await db.transaction('rw', table, async () => {
      const now = new Date().toISOString();
      const records = await table.bulkGet(ids);
      const keep: T[] = [];
      const remove: string[] = [];
      records.forEach((record, i) => {
        if (!record) return;
        const left = withoutImport(record, importId, now);
        if (left) keep.push(left);
        else remove.push(ids[i] ?? '');
      });
      await table.bulkPut(keep);
      await table.bulkDelete(remove);
    });
    step(ids.length);
  }
}

/** Newest first. */
export function listImports(db: CasegraphDb): Promise<ImportRecord[]> {
  return db.imports.orderBy('startedAt').reverse().toArray();
}

export function rejectsOf(db: CasegraphDb, importId: ImportId): Promise<RejectRecord[]> {
  return db.rejects.where('importId').equals(importId).toArray();
}
