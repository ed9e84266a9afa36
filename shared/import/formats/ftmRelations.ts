/**
 * FollowTheMoney relations (Ownership, Directorship, …) and Payments -> links between the drafts their ends
 * became in pass 1. A relation is not an entity of ours: it yields links only, each carrying the relation's schema
 * as its role, and its own FtM id in the record's locator.
 */
import { isIdentifierKind, kindOfId, type EntityId, type LinkKind } from '../../model';
import type { Collector } from './collector';
import { values, type FtmEntity } from './ftmEntity';
import type { FtmIndex } from './ftmIndex';
import { resolveAll } from './ftmEntities';
import { FTM_PAYMENT_SIDES, FTM_RELATIONS, type FtmRelationSchema } from './ftmSchemas';

export function mapFtmRelation(
  entity: FtmEntity,
  schema: FtmRelationSchema,
  index: FtmIndex,
  out: Collector,
): void {
  const spec = FTM_RELATIONS[schema];
  const froms = endpoints(entity, schema, spec.from, index, out);
  const tos = endpoints(entity, schema, spec.to, index, out);
  for (const from of froms) {
    for (const to of tos) {
      const kind = spec.strength === 'vague' ? 'mentions' : strongLink(from, to);
      out.link({ kind, from, to, role: `ftm:${schema}` });
    }
  }
}

export function mapFtmPayment(entity: FtmEntity, index: FtmIndex, out: Collector): void {
  let sides = 0;
  for (const side of FTM_PAYMENT_SIDES) {
    if (values(entity, side.party).length === 0 || values(entity, side.account).length === 0) continue;
    sides += 1;
    const parties = resolveAll(entity, side.party, index, out);
    const accounts = resolveAll(entity, side.account, index, out);
    for (const party of parties) {
      for (const account of accounts) {
        out.link({ kind: 'uses', from: party, to: account, role: `ftm:Payment.${side.party}` });
      }
    }
  }
  if (sides === 0) {
    // Casegraph has no "paid" link between parties; a payment matters to it only as proof of who uses which account.
    out.reject({
      field: 'schema',
      value: 'Payment',
      reason:
        'a Payment is used only to tie a payer or beneficiary to their bank account, and this one names no such pair; the record was skipped',
    });
  }
}

/**
 * Who controls what: a party's relation to an identifier (an Ownership of a BankAccount) is `uses`, to a party or
 * account `operates`. An identifier on the controlling side makes no sense as control, so it is kept only as
 * `mentions`.
 */
function strongLink(from: EntityId, to: EntityId): LinkKind {
  if (isIdentifierKind(kindOfId(from))) return 'mentions';
  return isIdentifierKind(kindOfId(to)) ? 'uses' : 'operates';
}

function endpoints(
  entity: FtmEntity,
  schema: FtmRelationSchema,
  prop: string,
  index: FtmIndex,
  out: Collector,
): EntityId[] {
  if (values(entity, prop).length === 0) {
    out.reject({ field: prop, value: '', reason: `the ${schema} names no ${prop}, so it links nothing` });
    return [];
  }
  return resolveAll(entity, prop, index, out);
}
