/**
 * The store's schema history. Each version lists only the tables it adds or changes (Dexie carries the rest over);
 * never edit a released version — add the next one, with an upgrade that brings old records up to date.
 *
 * Index syntax: first key is the primary key; `*x` is a multi-entry index over an array; `[a+b]` a compound index.
 */
import type { Transaction } from 'dexie';
import { caption, type Entity } from '@shared/model';
import { withIndexFields } from '@shared/explore/indexFields';
import { splitReport, type AnalysisReport } from '@shared/analysis';

export type SchemaVersion = Readonly<{
  version: number;
  stores: Readonly<Record<string, string | null>>;
  upgrade?: (tx: Transaction) => Promise<void>;
}>;

/** Every entity's index fields computed again from the record, for a version that adds or changes one. */
async function recomputeIndexFields(tx: Transaction): Promise<void> {
  await tx
    .table<Entity>('entities')
    .toCollection()
    .modify((entity, ref) => {
      ref.value = withIndexFields(entity);
    });
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // by kind (tables per kind), by normalized identifier value (`key`: who else uses this phone?), by import (undo)
      entities: 'id, kind, key, [kind+key], *importIds, updatedAt',
      // by either endpoint, alone or with the link kind (neighbours of a node, expand by link kind)
      links: 'id, kind, from, to, [from+kind], [to+kind], *importIds',
      // evidence metadata, content-addressed: id = SHA-256
      evidence: 'id, name, mediaType, importedAt, *importIds',
      // evidence bytes, apart so that listing evidence never loads a file
      blobs: 'sha256',
      imports: 'id, evidenceId, status, startedAt',
      cases: 'id, status, updatedAt',
      caseItems: 'id, caseId, targetId, &[caseId+targetId]',
      notes: 'id, caseId, targetId, createdAt',
      views: 'id, caseId, updatedAt',
      // the hash-chained log; seq is assigned in the same transaction as the change it records
      audit: 'seq, target, action, at',
    },
  },
  {
    version: 2,
    stores: {
      // tables sort by name with an index instead of loading every record: [kind+sortName]
      entities: 'id, kind, key, [kind+key], [kind+sortName], *importIds, updatedAt',
      // small app settings: the examiner's name, remembered column choices
      settings: 'key',
    },
    upgrade: async (tx) => {
      await tx
        .table<Entity & { sortName?: string }>('entities')
        .toCollection()
        .modify((entity) => {
          entity.sortName = caption(entity).toLocaleLowerCase();
        });
    },
  },
  {
    version: 3,
    stores: {
      // what each import could not use, downloadable as CSV
      rejects: '++id, importId',
      // saved column mappings, found again by the file's header set
      templates: 'name, signature, updatedAt',
    },
  },
  {
    version: 4,
    stores: {
      // an analyst's confirm/reject of a suggested pair; the latest per pair and suggestion kind counts
      decisions: '[pairKey+suggestionKind], pairKey, a, b, decidedAt',
      // the last link analysis: one record per run setting (the report is replaced, never merged)
      analyses: 'id, computedAt',
    },
  },
  {
    version: 5,
    stores: {
      // Tables of a million rows sort by an index per sort key and narrow by `kind|facet=value` keys; search looks
      // up `kind:term` prefixes. All computed from the record when it is written (shared/explore/indexFields.ts).
      entities:
        'id, kind, key, [kind+key], [kind+sortName], [kind+sortTime], [kind+sortNumber], [kind+updatedAt], *importIds, *facets, *terms, updatedAt',
    },
    upgrade: recomputeIndexFields,
  },
  {
    version: 6,
    stores: {
      // A run's networks and signals, apart from its summary in `analyses`: a page reads the rows it shows, by rank
      // or order; an entity page finds its network by member and its signals by account (shared/analysis/stored.ts).
      analysisNetworks: '[analysisId+rank], [analysisId+id], *memberIds',
      analysisSignals: '[analysisId+seq], [analysisId+kind], account',
    },
    upgrade: async (tx) => {
      const analyses = tx.table<{ id: string; report?: AnalysisReport; summary?: unknown }>('analyses');
      for (const record of await analyses.toArray()) {
        if (record.report === undefined) continue;
        const { report, ...rest } = record;
        const parts = splitReport(record.id, report);
        await tx.table('analysisNetworks').bulkPut([...parts.networks]);
        await tx.table('analysisSignals').bulkPut([...parts.signals]);
        await analyses.put({ ...rest, summary: parts.summary });
      }
    },
  },
  {
    version: 7,
    stores: {
      // Review: bundles a field reviewer opened on this computer (by the hash of their manifest), and the
      // reviewer's annotations on them, kept here until sent back, so closing the app loses nothing.
      reviews: 'manifestSha256, openedAt',
      reviewAnnotations: 'id, manifestSha256, [manifestSha256+targetId]',
      // Annotations brought back into a case from a reviewer's file; `fileSha256` finds a file brought back twice.
      caseAnnotations: 'id, caseId, targetId, fileSha256',
      // Counts over big index ranges (a million listings, a facet's values), kept with the store version they
      // were taken at: counting walks every entry and holds up every other read while it runs.
      storedCounts: 'key',
    },
  },
  {
    version: 8,
    stores: {
      // `[kind:term, sortName]` per word: a table filtered by a word that thousands of records hold reads its
      // matches in name order from this index, instead of every record that sorts before the first match.
      entities:
        'id, kind, key, [kind+key], [kind+sortName], [kind+sortTime], [kind+sortNumber], [kind+updatedAt], *importIds, *facets, *terms, *termsByName, updatedAt',
    },
    upgrade: recomputeIndexFields,
  },
];

export const CURRENT_VERSION = SCHEMA_VERSIONS.at(-1)?.version ?? 1;
