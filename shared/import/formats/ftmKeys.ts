/**
 * The id each FollowTheMoney entity becomes. Pass 1 (the index) and pass 2 (the mapper) both ask here, so a
 * relation resolved in pass 1 points at exactly the draft pass 2 creates.
 *
 * Parties and accounts are keyed by their FtM id (`['ftm', id]`): FtM ids are stable across exports of one dataset,
 * so re-importing a newer export updates the same records, and exporting back to FtM can give them their ids again.
 * Identifiers (bank accounts, addresses) are keyed by their normalized value like every identifier, so an IBAN in
 * an Aleph export and the same IBAN in a seller export are one node.
 */
import { assertNever } from '../../assertNever';
import { entityId, type EntityId } from '../../model';
import { entityDraft } from '../draft';
import { identifierDraft } from '../mapping/identifiers';
import type { EntityDraft } from '../types';
import { isMarketplace } from './accountPlatform';
import { values, type FtmEntity } from './ftmEntity';
import { FTM_PARTIES, ftmSchemaRole, type FtmPartySchema } from './ftmSchemas';

/** The first key part of parties and accounts keyed by their FtM id. */
const FTM_KEY = 'ftm';

/** The kinds keyed by their FtM id. */
export type FtmKeyedKind = 'person' | 'organization' | 'seller' | 'socialAccount';

/** An entity keyed by its FtM id, with the properties this record gives it. */
export function ftmKeyedDraft(
  kind: FtmKeyedKind,
  ftmId: string,
  properties: Readonly<Record<string, readonly (string | number)[]>>,
): EntityDraft {
  return entityDraft(kind, [FTM_KEY, ftmId], properties);
}

export function ftmKeyedId(kind: FtmKeyedKind, ftmId: string): EntityId {
  return entityId(kind, FTM_KEY, ftmId);
}

export function partyKind(schema: FtmPartySchema): 'person' | 'organization' {
  return FTM_PARTIES[schema];
}

/** A UserAccount on a marketplace is a seller; on anything else (or with no service) a social account. */
export function accountKind(entity: FtmEntity): 'seller' | 'socialAccount' {
  return values(entity, 'service').some(isMarketplace) ? 'seller' : 'socialAccount';
}

/** The values that may number a bank account, best first: an IBAN is unambiguous, an account number is not. */
export function bankAccountNumbers(entity: FtmEntity): readonly (readonly [string, string])[] {
  return [
    ...values(entity, 'iban').map((raw) => ['iban', raw] as const),
    ...values(entity, 'accountNumber').map((raw) => ['accountNumber', raw] as const),
  ];
}

/** The text of an FtM Address: its `full` form, else its parts in the usual order. */
export function addressTexts(entity: FtmEntity): readonly string[] {
  const full = values(entity, 'full');
  if (full.length > 0) return full;
  const parts = [
    values(entity, 'street').join(' '),
    values(entity, 'street2').join(' '),
    [values(entity, 'postalCode').join(' '), values(entity, 'city').join(' ')].filter(Boolean).join(' '),
    values(entity, 'region').join(' '),
    values(entity, 'country').join(' ').toUpperCase(),
  ].filter((part) => part !== '');
  return parts.length > 0 ? [parts.join(', ')] : [];
}

/** The first value that normalizes: the one a bank account or address entity is keyed by. */
export function firstUsable(
  kind: 'paymentAccount' | 'address',
  raws: readonly string[],
): EntityDraft | undefined {
  for (const raw of raws) {
    const result = identifierDraft(kind, raw, {});
    if (result.ok) return result.draft;
  }
  return undefined;
}

/** The id an FtM entity becomes, or `undefined` when it becomes nothing Casegraph can link to. */
export function ftmTargetId(entity: FtmEntity): EntityId | undefined {
  const role = ftmSchemaRole(entity.schema);
  switch (role.role) {
    case 'party':
      return ftmKeyedId(partyKind(role.schema), entity.id);
    case 'account':
      return ftmKeyedId(accountKind(entity), entity.id);
    case 'bankAccount':
      return firstUsable(
        'paymentAccount',
        bankAccountNumbers(entity).map(([, raw]) => raw),
      )?.id;
    case 'address':
      return firstUsable('address', addressTexts(entity))?.id;
    case 'relation':
    case 'payment':
    case 'unused':
      return undefined;
    default:
      return assertNever(role, 'FollowTheMoney schema role');
  }
}
