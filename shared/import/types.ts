/**
 * The shapes that flow through an import, from parsed source records to the drafts that the store merges.
 *
 * parse (a file -> SourceRecord batches) -> map (SourceRecord -> MappedRecord: entity and link drafts, rejects)
 * -> merge (drafts + provenance -> stored entities and links). Every stage is pure and shared by the app's worker
 * and the headless `check-file`.
 */
import type { EntityId, EntityKind, LinkKind, SourceLocator } from '../model';

/** Formats an import understands. `evidence` files (images, PDF, HTML…) are stored, not parsed into records. */
export type SourceFormat = 'csv' | 'tsv' | 'xlsx' | 'json' | 'jsonl' | 'ftm' | 'stix' | 'evidence';

/** A cell, or for JSON a value at a path; arrays of primitives stay lists (several e-mails of one profile). */
export type FieldValue = string | readonly string[];

/** One record of a source: a table row, or one object of a JSON/JSONL file. */
export type SourceRecord = Readonly<{
  locator: SourceLocator;
  /** Column name (tables) or dotted JSON path (`seller.contact.email`, `images[]`) -> value as text. */
  fields: Readonly<Record<string, FieldValue>>;
  /** The parsed object itself, for JSON-family formats whose mappers read structure (FollowTheMoney, STIX). */
  object?: unknown;
}>;

/** Something the parser noticed about the whole file that the investigator should know (encoding fallback…). */
export type ParseNote = Readonly<{ level: 'info' | 'warning'; message: string }>;

/** An entity as one record describes it, before it is merged with what the store already knows. */
export type EntityDraft = Readonly<{
  id: EntityId;
  kind: EntityKind;
  /** The normalized key within the kind (see `EntityOf.key`). */
  key: string;
  /** Property -> values from this record (already normalized where the property has a normalizer). */
  properties: Readonly<Record<string, readonly (string | number)[]>>;
}>;

export type LinkDraft = Readonly<{
  kind: LinkKind;
  from: EntityId;
  to: EntityId;
  /** Which field or relation produced it (`email`, `customerServiceAddress`, `shipper`, `ftm:Ownership`). */
  role?: string;
}>;

/** A value that could not be used. The rest of its record still goes in unless the record has nothing usable. */
export type RejectDraft = Readonly<{
  field: string;
  value: string;
  reason: string;
}>;

/** What one source record yields. */
export type MappedRecord = Readonly<{
  locator: SourceLocator;
  entities: readonly EntityDraft[];
  links: readonly LinkDraft[];
  rejects: readonly RejectDraft[];
}>;

/** A record the parser could not read at all (a broken JSON line), kept with the rejects. */
export type RecordProblem = Readonly<{
  locator: SourceLocator;
  field: string;
  value: string;
  reason: string;
}>;
