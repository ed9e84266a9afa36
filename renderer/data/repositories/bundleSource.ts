/**
 * A case as an evidence bundle needs it, read from the store: the case's entities and what they link to one step
 * away, the links between those, the evidence attached to the case and the files its data came from, notes, saved
 * views, timeline, networks and the audit chain. Evidence bytes are not read here: each file gets a reader that
 * streams its stored Blob when the bundle writer reaches it.
 */
import type { StoredNetwork } from '@shared/analysis';
import { concernsCase } from '@shared/case/history';
import type { AuditLine, BundleEvidence, BundleInput } from '@shared/bundle/types';
import type { AuditEntry, CaseId, Entity, EntityId, Evidence, EvidenceId, Link } from '@shared/model';
import type { CasegraphDb } from '../db';
import { DEFAULT_ANALYSIS } from './analysisResults';
import { latestAnalysis } from './analyses';
import { caseMembers } from './caseItems';
import { notesOfCase } from './caseNotes';
import { caseTimeline } from './caseTimeline';
import { viewsOfCase } from './views';

/** Past this many neighbours a bundle holds the case's own entities' links only to the first ones found. */
export const BUNDLE_NEIGHBOUR_LIMIT = 20_000;
const BATCH = 1_000;
const AUDIT_PAGE = 5_000;

async function getMany<T>(ids: readonly string[], read: (ids: string[]) => Promise<(T | undefined)[]>) {
  const found: T[] = [];
  for (let at = 0; at < ids.length; at += BATCH) {
    for (const record of await read(ids.slice(at, at + BATCH))) if (record) found.push(record);
  }
  return found;
}

/** Every link touching one of `ids`, either way, read a batch of endpoints at a time. */
async function linksTouching(db: CasegraphDb, ids: readonly EntityId[]): Promise<Link[]> {
  const found = new Map<string, Link>();
  for (let at = 0; at < ids.length; at += BATCH) {
    const batch = ids.slice(at, at + BATCH);
    for (const link of await db.links.where('from').anyOf(batch).toArray()) found.set(link.id, link);
    for (const link of await db.links.where('to').anyOf(batch).toArray()) found.set(link.id, link);
  }
  return [...found.values()];
}

/** A stored evidence file's bytes, streamed from its Blob. */
function blobReader(db: CasegraphDb, evidence: Evidence): BundleEvidence['read'] {
  return async function* read() {
    const stored = await db.blobs.get(evidence.id);
    if (!stored) throw new Error(`The bytes of ${evidence.name} are not in this workbench any more`);
    const reader = stored.data.stream().getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  };
}

/** Whether an audit entry concerns what the bundle holds (the rest go in as number and hashes only). */
const concerns = (entry: AuditEntry, caseId: CaseId, held: ReadonlySet<string>): boolean =>
  concernsCase(entry, { caseId, memberIds: held });

/**
 * The last entry the bundle's chain ends at: the newest one about the case that is not itself the record of an
 * export, so exporting the same case twice (deterministic mode) gives the same chain and the same bytes.
 */
async function chainHead(db: CasegraphDb, caseId: CaseId, held: ReadonlySet<string>) {
  let head: AuditEntry | undefined;
  await db.audit
    .orderBy(':id')
    .reverse()
    .until(() => head !== undefined)
    .each((entry) => {
      if (entry.action !== 'bundle.export' && concerns(entry, caseId, held)) head = entry;
    });
  return head;
}

export async function readBundleInput(db: CasegraphDb, caseId: CaseId): Promise<BundleInput> {
  const record = await db.cases.get(caseId);
  if (!record) throw new Error('That case no longer exists');
  const items = await db.caseItems.where('caseId').equals(caseId).toArray();
  const members = await caseMembers(db, caseId);
  const own = members.entities.flatMap(({ entity }) => (entity ? [entity] : []));
  const ownIds = new Set<string>(own.map((e) => e.id));

  const touching = await linksTouching(
    db,
    own.map((e) => e.id),
  );
  const reached = new Set<EntityId>();
  for (const link of touching) {
    for (const end of [link.from, link.to]) {
      if (!ownIds.has(end) && reached.size < BUNDLE_NEIGHBOUR_LIMIT) reached.add(end);
    }
  }
  const neighbourIds = [...reached];
  const neighbours = await getMany<Entity>(neighbourIds, (ids) => db.entities.bulkGet(ids as EntityId[]));
  const entities = [...own, ...neighbours];
  const held = new Set<string>(entities.map((e) => e.id));
  // links among the neighbours too (a listing's shop URL, a shipment's consignee phone), not only to the subjects
  const links = [
    ...new Map([...touching, ...(await linksTouching(db, neighbourIds))].map((l) => [l.id, l])).values(),
  ].filter((link) => held.has(link.from) && held.has(link.to));

  const attached = new Set<EvidenceId>(members.evidence.map(({ item }) => item.targetId));
  const sources = new Set<EvidenceId>();
  for (const thing of [...entities, ...links]) {
    for (const source of thing.sources) if (!attached.has(source.evidenceId)) sources.add(source.evidenceId);
  }
  const evidenceRecords = await getMany<Evidence>([...attached, ...sources], (ids) =>
    db.evidence.bulkGet(ids as EvidenceId[]),
  );
  const evidence: BundleEvidence[] = evidenceRecords.map((e) => ({
    record: e,
    reason: attached.has(e.id) ? 'attached' : 'source',
    read: blobReader(db, e),
  }));
  for (const e of evidenceRecords) held.add(e.id);
  for (const entity of entities) for (const id of entity.importIds) held.add(id);

  const networks: StoredNetwork[] = [];
  const seenNetworks = new Set<string>();
  for (const entity of own) {
    for (const row of await db.analysisNetworks.where('memberIds').equals(entity.id).toArray()) {
      if (row.analysisId !== DEFAULT_ANALYSIS || seenNetworks.has(row.id)) continue;
      seenNetworks.add(row.id);
      networks.push(row);
    }
  }
  const views = await viewsOfCase(db, caseId);
  for (const view of views) held.add(view.id);
  const analysis = await latestAnalysis(db);
  const head = await chainHead(db, caseId, held);

  return {
    case: record,
    items,
    entities,
    links,
    evidence,
    notes: await notesOfCase(db, caseId),
    views,
    timeline: (await caseTimeline(db, caseId)).events,
    networks,
    ...(analysis
      ? {
          analysis: {
            id: analysis.id,
            settings: analysis.summary.settings,
            ...(analysis.computedAt ? { finishedAt: analysis.computedAt } : {}),
          },
        }
      : {}),
    auditHead: head && { seq: head.seq, hash: head.hash },
    audit: async function* audit() {
      if (!head) return;
      for (let from = 1; from <= head.seq; from += AUDIT_PAGE) {
        const page = await db.audit
          .where(':id')
          .between(from, Math.min(from + AUDIT_PAGE, head.seq + 1))
          .toArray();
        yield page.map((entry): AuditLine =>
          concerns(entry, caseId, held)
            ? entry
            : { seq: entry.seq, prevHash: entry.prevHash, hash: entry.hash, omitted: true },
        );
      }
    },
  };
}
