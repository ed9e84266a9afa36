/**
 * The workbench's IndexedDB store. Only repositories and hooks in renderer/data/ import it; features reach data
 * through them, so the store can change without touching a component.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  AuditEntry,
  Case,
  CaseItem,
  Entity,
  Evidence,
  ImportRecord,
  Link,
  Note,
  RejectRecord,
  SavedView,
  StoredBlob,
} from '@shared/model';
import type { MappingTemplate } from '@shared/import/mapping/types';
import type { Decision, StoredAnalysis, StoredNetwork, StoredSignal } from '@shared/analysis';
import type { CaseAnnotation, ReviewAnnotation, ReviewRecord } from '@shared/bundle/stored';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';

export type Setting = Readonly<{ key: string; value: unknown }>;

/** A count (or a few counts) taken at store version `version` (the audit head's number). */
export type StoredCount = Readonly<{ key: string; version: number; value: unknown }>;

/** A mapping template with the signature of its header set, the index it is found by. */
export type StoredTemplate = MappingTemplate & Readonly<{ signature: string }>;

/** The last analysis, with what it ran on: `signature` is the audit head then, so a newer change shows it is stale. */
export type StoredAnalysisRecord = StoredAnalysis &
  Readonly<{ signature: string; loadMs: number; analysisMs: number }>;

export const DB_NAME = 'casegraph';

export class CasegraphDb extends Dexie {
  entities!: EntityTable<Entity, 'id'>;
  links!: EntityTable<Link, 'id'>;
  evidence!: EntityTable<Evidence, 'id'>;
  blobs!: EntityTable<StoredBlob, 'sha256'>;
  imports!: EntityTable<ImportRecord, 'id'>;
  cases!: EntityTable<Case, 'id'>;
  caseItems!: EntityTable<CaseItem, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  views!: EntityTable<SavedView, 'id'>;
  audit!: Table<AuditEntry, number>;
  settings!: EntityTable<Setting, 'key'>;
  rejects!: EntityTable<RejectRecord, 'id'>;
  templates!: EntityTable<StoredTemplate, 'name'>;
  decisions!: Table<Decision, [string, string]>;
  analyses!: EntityTable<StoredAnalysisRecord, 'id'>;
  analysisNetworks!: Table<StoredNetwork, [string, number]>;
  analysisSignals!: Table<StoredSignal, [string, number]>;
  reviews!: EntityTable<ReviewRecord, 'manifestSha256'>;
  reviewAnnotations!: EntityTable<ReviewAnnotation, 'id'>;
  caseAnnotations!: EntityTable<CaseAnnotation, 'id'>;
  storedCounts!: EntityTable<StoredCount, 'key'>;

  /** `versions` is for the migration test, which opens the database as an older release did. */
  constructor(name = DB_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

let instance: CasegraphDb | undefined;

/** The app's one database connection, opened on first use. */
export function getDb(): CasegraphDb {
  instance ??= new CasegraphDb();
  return instance;
}

/** Lets tests run each case against a fresh database. */
export function setDbForTesting(db: CasegraphDb): void {
  instance = db;
}
