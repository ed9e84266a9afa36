/**
 * What a STIX object itself becomes — the draft(s) a reference to it resolves to. Pass 1 (the index) and pass 2
 * (the mapper) both call this, so a relationship resolved in pass 1 points at exactly the drafts pass 2 creates.
 *
 * | STIX type                               | Casegraph                                                           |
 * |-----------------------------------------|---------------------------------------------------------------------|
 * | identity, identity_class individual     | person, keyed `['stix', id]`                                         |
 * | identity, organization / group / unknown / none | organization, keyed `['stix', id]`                           |
 * | identity, class / system                | reject: not a party                                                 |
 * | user-account on a marketplace           | seller, keyed like a CSV seller: platform + user_id (or login)      |
 * | user-account elsewhere                  | socialAccount, keyed like a CSV one: platform + account_login       |
 * | email-addr / domain-name / url          | email / domain / url identifier                                     |
 * | ipv4-addr / ipv6-addr                   | ipAddress identifier                                                |
 * | indicator with a simple pattern         | the identifiers the pattern names                                   |
 *
 * Identities are keyed by their STIX id like FtM parties by theirs: a name alone is too weak to merge people.
 * Cyber-observables (SCOs) are different: their STIX ids are themselves derived from their values, so keying them
 * by value loses nothing and lets a STIX user-account merge with the same seller from a CSV export.
 */
import { assertNever } from '../../assertNever';
import type { IdentifierKind } from '../../model';
import { entityDraft } from '../draft';
import { identifierDraft } from '../mapping/identifiers';
import { propertyValue } from '../mapping/propertyValue';
import { slotKey } from '../mapping/slotKey';
import type { EntityDraft, RejectDraft } from '../types';
import { isMarketplace, sellerPlatform, socialAccountPlatform } from './accountPlatform';
import type { StixObject, StixObjectOf } from './stixObject';
import { parseSimplePattern } from './stixPattern';

/** The drafts an object becomes, and the values of it that could not be used. */
export type StixPrimary = Readonly<{ drafts: readonly EntityDraft[]; rejects: readonly RejectDraft[] }>;

/** Observable types and the identifier kind each becomes, in objects and in indicator patterns alike. */
const OBSERVABLE_KINDS: Readonly<Record<string, IdentifierKind>> = {
  'email-addr': 'email',
  'domain-name': 'domain',
  url: 'url',
  'ipv4-addr': 'ipAddress',
  'ipv6-addr': 'ipAddress',
};

/** The first key part of identities keyed by their STIX id. */
const STIX_KEY = 'stix';

export function stixPrimary(object: StixObject): StixPrimary {
  switch (object.type) {
    case 'identity':
      return identity(object);
    case 'user-account':
      return userAccount(object);
    case 'email-addr':
    case 'domain-name':
    case 'url':
    case 'ipv4-addr':
    case 'ipv6-addr':
      return observable(object.type, object.value, 'value');
    case 'indicator':
      return indicator(object);
    case 'relationship':
      return { drafts: [], rejects: [] };
    default:
      return assertNever(object, 'STIX type');
  }
}

function identity(object: StixObjectOf<'identity'>): StixPrimary {
  const identityClass = object.identity_class?.trim().toLowerCase() ?? '';
  // STIX 2.1 leaves identity_class optional, and producers describing a shop or a company often omit it.
  const kind =
    identityClass === 'individual'
      ? 'person'
      : ['organization', 'group', 'unknown', ''].includes(identityClass)
        ? 'organization'
        : undefined;
  if (kind === undefined) {
    return {
      drafts: [],
      rejects: [
        {
          field: 'identity_class',
          value: identityClass,
          reason: `an identity of class "${identityClass}" is not a person or organization`,
        },
      ],
    };
  }
  const name = object.name?.trim() ?? '';
  return {
    drafts: [entityDraft(kind, [STIX_KEY, object.id], name === '' ? {} : { name: [name] })],
    rejects: [],
  };
}

function userAccount(object: StixObjectOf<'user-account'>): StixPrimary {
  const service = [object.x_platform, object.x_service, object.account_type]
    .map((value) => value?.trim() ?? '')
    .find((value) => value !== '');
  const userId = object.user_id?.trim() ?? '';
  const login = object.account_login?.trim() ?? '';
  const properties: Record<string, (string | number)[]> = {};
  const seller = service !== undefined && isMarketplace(service);
  const platform =
    service === undefined ? undefined : seller ? sellerPlatform(service) : socialAccountPlatform(service);
  if (platform !== undefined) properties.platform = [platform];
  const displayName = object.display_name?.trim() ?? '';
  const rejects: RejectDraft[] = [];
  if (object.account_created !== undefined) {
    const created = propertyValue('createdAt', object.account_created, { dateOrder: 'YMD' }, '.');
    if (created.ok) properties.createdAt = [created.value];
    else rejects.push({ field: 'account_created', value: object.account_created, reason: created.reason });
  }
  if (seller) {
    // A marketplace's user id is the seller id it shows; the login is the next best thing.
    const sellerId = userId || login;
    if (sellerId !== '') properties.sellerId = [sellerId];
    if (displayName !== '') properties.storefrontName = [displayName];
  } else {
    const handle = login || userId;
    if (handle !== '') properties.handle = [handle];
    if (displayName !== '') properties.displayName = [displayName];
  }
  if (userId === '' && login === '') {
    rejects.push({
      field: 'account_login',
      value: '',
      reason: 'a user-account needs an account_login or a user_id',
    });
    return { drafts: [], rejects };
  }
  const kind = seller ? 'seller' : 'socialAccount';
  const key = slotKey(kind, properties, platform);
  if (!key.ok) {
    rejects.push({ field: seller ? 'user_id' : 'account_login', value: userId || login, reason: key.reason });
    return { drafts: [], rejects };
  }
  return { drafts: [entityDraft(kind, key.parts, properties)], rejects };
}

function observable(type: string, raw: string, field: string): StixPrimary {
  const kind = OBSERVABLE_KINDS[type];
  if (kind === undefined) {
    return {
      drafts: [],
      rejects: [{ field, value: raw, reason: `the pattern names a ${type}, which Casegraph does not use` }],
    };
  }
  const result = identifierDraft(kind, raw, {});
  return result.ok
    ? { drafts: [result.draft], rejects: [] }
    : { drafts: [], rejects: [{ field, value: raw, reason: result.reason }] };
}

function indicator(object: StixObjectOf<'indicator'>): StixPrimary {
  const patternType = object.pattern_type?.trim().toLowerCase() ?? 'stix';
  if (patternType !== 'stix') {
    return {
      drafts: [],
      rejects: [
        {
          field: 'pattern_type',
          value: patternType,
          reason: `a ${patternType} pattern cannot be turned into identifiers; only STIX patterns can`,
        },
      ],
    };
  }
  const parsed = parseSimplePattern(object.pattern);
  if (!parsed.ok)
    return { drafts: [], rejects: [{ field: 'pattern', value: object.pattern, reason: parsed.reason }] };
  const drafts: EntityDraft[] = [];
  const rejects: RejectDraft[] = [];
  for (const { type, value } of parsed.comparisons) {
    const found = observable(type, value, 'pattern');
    drafts.push(...found.drafts);
    rejects.push(...found.rejects);
  }
  return { drafts, rejects };
}
