/**
 * FollowTheMoney things -> our entities: parties (Person, Company…), accounts (UserAccount), and the entities that
 * are identifiers to us (BankAccount, Address). Their contact properties become identifier nodes linked with `uses`.
 */
import type { EntityId } from '../../model';
import { isCountryCode, type CountryCode } from '../../normalize';
import type { EntityDraft } from '../types';
import { sellerPlatform, socialAccountPlatform } from './accountPlatform';
import type { Collector } from './collector';
import type { FormatContext } from './context';
import { values, type FtmEntity } from './ftmEntity';
import type { FtmIndex } from './ftmIndex';
import {
  accountKind,
  addressTexts,
  bankAccountNumbers,
  firstUsable,
  ftmKeyedDraft,
  partyKind,
} from './ftmKeys';
import { ftmProperties } from './ftmProperties';
import { FTM_CONTACT_PROPS, type FtmPartySchema } from './ftmSchemas';

export function mapFtmParty(
  entity: FtmEntity,
  schema: FtmPartySchema,
  index: FtmIndex,
  context: FormatContext,
  out: Collector,
): void {
  const kind = partyKind(schema);
  const draft = ftmKeyedDraft(kind, entity.id, ftmProperties(kind, entity, out));
  out.entity(draft);
  contactIdentifiers(entity, draft, index, context, out);
}

export function mapFtmUserAccount(
  entity: FtmEntity,
  index: FtmIndex,
  context: FormatContext,
  out: Collector,
): void {
  const kind = accountKind(entity);
  const service = values(entity, 'service')[0];
  const properties = ftmProperties(kind, entity, out);
  const usernames = values(entity, 'username');
  if (kind === 'seller') {
    if (service !== undefined) properties.platform = [sellerPlatform(service)];
    // A marketplace "username" is the seller id the platform shows.
    if (usernames.length > 0) properties.sellerId = [...usernames];
  } else {
    if (service !== undefined) properties.platform = [socialAccountPlatform(service)];
    if (usernames.length > 0) properties.handle = [...usernames];
  }
  const draft = ftmKeyedDraft(kind, entity.id, properties);
  out.entity(draft);
  if (kind === 'socialAccount') {
    // A social handle is also an identifier of its own: the @handle other profiles' bios mention. A marketplace
    // seller id is not something people write in a bio, so sellers get no username node.
    const platform = properties.platform?.[0];
    for (const raw of usernames) {
      out.identifier(
        'username',
        raw,
        { field: 'username', from: draft.id, role: 'ftm:username' },
        platform === undefined ? {} : { platform: String(platform) },
      );
    }
  }
  contactIdentifiers(entity, draft, index, context, out);
  for (const owner of resolveAll(entity, 'owner', index, out)) {
    out.link({ kind: 'operates', from: owner, to: draft.id, role: 'ftm:owner' });
  }
}

export function mapFtmBankAccount(entity: FtmEntity, index: FtmIndex, out: Collector): void {
  const holderNames: string[] = [];
  const users: { id: EntityId; role: string }[] = [];
  for (const raw of values(entity, 'holder')) {
    // `holder` is not an FtM property, but exporters add it, some with a name and some with an entity's id; a value
    // that is not an id in this file is taken as the holder's name.
    const resolved = index.resolve(raw);
    if (resolved.ok) users.push({ id: resolved.id, role: 'ftm:holder' });
    else holderNames.push(raw);
  }
  for (const id of resolveAll(entity, 'owner', index, out)) users.push({ id, role: 'ftm:owner' });

  // The bank's name is who provides the account, after the kind of number the normalizer recognized (`iban`).
  const extra = { provider: values(entity, 'bankName'), holder: holderNames };
  let keyed: EntityDraft | undefined;
  for (const [field, raw] of bankAccountNumbers(entity)) {
    if (keyed === undefined) {
      keyed = out.identifier('paymentAccount', raw, { field, extra }, {});
      continue;
    }
    const other = firstUsable('paymentAccount', [raw]);
    if (other === undefined) out.identifier('paymentAccount', raw, { field }, {});
    else if (other.id !== keyed.id) out.reject({ field, value: raw, reason: oneKey('bank account', keyed) });
  }
  if (keyed === undefined) {
    out.reject({ field: 'iban', value: '', reason: 'a BankAccount needs a usable IBAN or account number' });
    return;
  }
  for (const user of users) out.link({ kind: 'uses', from: user.id, to: keyed.id, role: user.role });
}

export function mapFtmAddress(entity: FtmEntity, out: Collector): void {
  let keyed: EntityDraft | undefined;
  for (const text of addressTexts(entity)) {
    if (keyed === undefined) {
      keyed = out.identifier('address', text, { field: 'full' }, {});
      continue;
    }
    const other = firstUsable('address', [text]);
    if (other === undefined) out.identifier('address', text, { field: 'full' }, {});
    else if (other.id !== keyed.id)
      out.reject({ field: 'full', value: text, reason: oneKey('address', keyed) });
  }
  if (keyed === undefined && addressTexts(entity).length === 0) {
    out.reject({ field: 'full', value: '', reason: 'an Address needs its full text or its street and city' });
  }
}

/**
 * Why a second number or text of one FtM entity is not kept: references to the entity resolve to one node, and a
 * second node would hang in the graph with nothing linked to it.
 */
function oneKey(what: string, keyed: EntityDraft): string {
  return `the ${what} is already keyed by ${keyed.key}; Casegraph keeps one value per ${what} entity`;
}

/** The drafts ids an entity's reference property points at; references that cannot be resolved are rejected. */
export function resolveAll(entity: FtmEntity, prop: string, index: FtmIndex, out: Collector): EntityId[] {
  return values(entity, prop).flatMap((ref) => {
    const resolved = index.resolve(ref);
    if (resolved.ok) return [resolved.id];
    out.reject({ field: prop, value: ref, reason: resolved.reason });
    return [];
  });
}

/** E-mails, phones, addresses and websites of a party or account, each a node the party `uses`. */
function contactIdentifiers(
  entity: FtmEntity,
  draft: EntityDraft,
  index: FtmIndex,
  context: FormatContext,
  out: Collector,
): void {
  const region = context.region ?? ownCountry(entity);
  for (const [prop, kind] of FTM_CONTACT_PROPS) {
    for (const raw of values(entity, prop)) {
      out.identifier(
        kind,
        raw,
        { field: prop, from: draft.id, role: `ftm:${prop}` },
        region === undefined ? {} : { region },
      );
    }
  }
  for (const address of resolveAll(entity, 'addressEntity', index, out)) {
    out.link({ kind: 'uses', from: draft.id, to: address, role: 'ftm:addressEntity' });
  }
}

/**
 * The entity's own country, used for its phones only when the investigator set no region for the file: a Brazilian
 * company's `(11) 98765-4321` is a São Paulo number, not a reject.
 */
function ownCountry(entity: FtmEntity): CountryCode | undefined {
  return values(entity, 'country', 'jurisdiction')
    .map((code) => code.trim().toUpperCase())
    .find(isCountryCode);
}
