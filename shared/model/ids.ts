/**
 * Branded ids, so an entity id can't be passed where a case id is expected, and the deterministic rules that make
 * the same thing seen in two files one record.
 */
import type { EntityKind } from './kinds';
import type { LinkKind } from './link';

export type EntityId = string & { readonly __brand: 'EntityId' };
export type LinkId = string & { readonly __brand: 'LinkId' };
export type ImportId = string & { readonly __brand: 'ImportId' };
/** Evidence is content-addressed: its id is the lowercase hex SHA-256 of its bytes. */
export type EvidenceId = string & { readonly __brand: 'EvidenceId' };
export type CaseId = string & { readonly __brand: 'CaseId' };
export type NoteId = string & { readonly __brand: 'NoteId' };
export type ViewId = string & { readonly __brand: 'ViewId' };
export type CaseItemId = string & { readonly __brand: 'CaseItemId' };

/** Ends the kind prefix; kinds never contain it, so the kind is everything before the first one. */
const KIND_SEP = ':';
/** Separates the key parts of a composite id; a control character cannot occur in a normalized value. */
const PART_SEP = '\u001f';

/**
 * The id of an entity from its kind and the parts that identify it. Identifiers pass their normalized value
 * (`entityId('email', 'shop@example.com')`), so the same e-mail from two agencies is one node; accounts pass what
 * the source identifies them by (`entityId('seller', 'amazon.de', 'A1B2C3')`).
 */
export function entityId(kind: EntityKind, ...keyParts: readonly string[]): EntityId {
  if (keyParts.length === 0 || keyParts.some((part) => part.length === 0)) {
    throw new Error(`An id for a ${kind} needs non-empty key parts`);
  }
  return `${kind}${KIND_SEP}${keyParts.join(PART_SEP)}` as EntityId;
}

/** The kind encoded in an entity id. */
export function kindOfId(id: EntityId): EntityKind {
  return id.slice(0, id.indexOf(KIND_SEP)) as EntityKind;
}

/** Links are keyed by kind and both ends, so re-importing a row never duplicates a link. */
export function linkId(kind: LinkKind, from: EntityId, to: EntityId): LinkId {
  return [kind, from, to].join(PART_SEP) as LinkId;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function isEvidenceId(value: string): value is EvidenceId {
  return SHA256_HEX.test(value);
}

/** Fresh random ids for records that have no natural key. */
export const newImportId = (): ImportId => crypto.randomUUID() as ImportId;
export const newCaseId = (): CaseId => crypto.randomUUID() as CaseId;
export const newCaseItemId = (): CaseItemId => crypto.randomUUID() as CaseItemId;
export const newNoteId = (): NoteId => crypto.randomUUID() as NoteId;
export const newViewId = (): ViewId => crypto.randomUUID() as ViewId;
