/**
 * Pass 1 over a FollowTheMoney file: remember what every FtM id becomes, so pass 2 can resolve a relation that
 * comes before the entities it connects (FtM exports are in no particular order). Only the id each entity maps
 * to and its schema are kept — a few dozen bytes per entity — never the entity itself.
 */
import type { EntityId } from '../../model';
import type { SourceRecord } from '../types';
import { parseFtmEntity } from './ftmEntity';
import { ftmTargetId } from './ftmKeys';
import { ftmSchemaRole } from './ftmSchemas';

/** What a reference to an FtM id resolves to: the draft id it became, or why it cannot be linked. */
export type FtmResolved = Readonly<{ ok: true; id: EntityId }> | Readonly<{ ok: false; reason: string }>;

/** The FtM ids of one file and what each became. */
export type FtmIndex = Readonly<{
  /** Pass 1: call once for every record of the file, before mapping any of them. */
  learn: (record: SourceRecord) => void;
  /** The draft id an FtM id became, or why a reference to it cannot become a link. */
  resolve: (ftmId: string) => FtmResolved;
}>;

type Learned = Readonly<{ schema: string; id?: EntityId }>;

export function createFtmIndex(): FtmIndex {
  const learned = new Map<string, Learned>();
  return {
    learn: (record) => {
      const parsed = parseFtmEntity(record.object);
      if (!parsed.ok) return;
      const { entity } = parsed;
      // Aleph streams one entity as several fragments with the same id; a fragment without a usable key (a
      // BankAccount fragment holding only its bank name) must not hide the one that has it.
      if (learned.get(entity.id)?.id !== undefined) return;
      const id = ftmTargetId(entity);
      learned.set(entity.id, id === undefined ? { schema: entity.schema } : { schema: entity.schema, id });
    },
    resolve: (ftmId) => {
      const entry = learned.get(ftmId);
      if (entry === undefined) {
        return { ok: false, reason: `no entity with the FollowTheMoney id "${ftmId}" is in this file` };
      }
      if (entry.id !== undefined) return { ok: true, id: entry.id };
      return { ok: false, reason: whyNotLinkable(ftmId, entry.schema) };
    },
  };
}

function whyNotLinkable(ftmId: string, schema: string): string {
  switch (ftmSchemaRole(schema).role) {
    case 'bankAccount':
      return `the BankAccount "${ftmId}" has no usable IBAN or account number`;
    case 'address':
      return `the Address "${ftmId}" has no usable address text`;
    default:
      return `"${ftmId}" is a FollowTheMoney ${schema}, which Casegraph does not import as an entity`;
  }
}
