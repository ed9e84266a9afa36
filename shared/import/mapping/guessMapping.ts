/**
 * Proposes a mapping from a file's headers: which things each row describes (slots) and what each column means.
 * The investigator reviews it in the mapping step; `check-file --mapping auto` uses it as is.
 *
 * Two passes: headers that can only belong to one kind of record (a seller id, a tracking number, a follower count)
 * decide which slots exist; then every header takes its first meaning among those slots. That keeps a generic
 * `name` or `date` from conjuring a slot of its own. Two kinds of file change what their words mean: a rights
 * holder's product catalog (see `decideSlots`) and a list of authorized resellers (see `AUTHORIZATION_MARKERS`).
 */
import { KINDS, type EntityKind } from '../../model';
import {
  AUTHORIZATION_LIST_HEADERS,
  AUTHORIZATION_MARKERS,
  HEADER_SYNONYMS,
  type HeaderTarget,
} from './headerDictionary';
import type { HeaderSynonyms } from './headers/types';
import { headerKey } from './headerKey';
import { platformFromFileName } from './platformFromName';
import type { ColumnMapping, EntitySlot, ImportOptions, Mapping, SlotRelation } from './types';

/** The kind behind each slot name the dictionary uses. */
export const SLOT_KINDS: Readonly<Record<string, EntityKind>> = {
  seller: 'seller',
  listing: 'listing',
  social: 'socialAccount',
  shipment: 'shipment',
  shipper: 'organization',
  consignee: 'organization',
  product: 'product',
  person: 'person',
  organization: 'organization',
};

/** Headers strong enough to say "this file has sellers / listings / …". */
const DECISIVE: ReadonlySet<string> = new Set([
  'seller.sellerId',
  'seller.storefrontName',
  'seller.storefrontUrl',
  'seller.businessName',
  'listing.listingId',
  'listing.url',
  'listing.title',
  'listing.price',
  'social.handle',
  'social.profileUrl',
  'social.followers',
  'social.bio',
  'shipment.trackingNumber',
  'shipment.seizureId',
  'shipper.name',
  'consignee.name',
]);

/** The slots that are a file's main record when present, before any account, in order of preference. */
const MAIN_RECORDS = ['listing', 'shipment', 'product'] as const;

/** Which slot owns the generic account identifiers (`$account.email`), in order of preference. */
const ACCOUNT_PREFERENCE = ['seller', 'social', 'shipper', 'organization', 'person'] as const;

/** Headers that make a file a product catalog: a recommended retail price (MSRP, UVP, PVP, prix conseillé…). */
const CATALOG_SIGNS: ReadonlySet<string> = new Set(['product.msrp']);

function indexSynonyms(synonyms: HeaderSynonyms): ReadonlyMap<string, readonly HeaderTarget[]> {
  const index = new Map<string, HeaderTarget[]>();
  for (const [target, words] of synonyms) {
    for (const word of words) {
      const key = headerKey(word);
      const list = index.get(key) ?? [];
      if (!list.includes(target)) list.push(target);
      index.set(key, list);
    }
  }
  return index;
}

const BY_KEY = indexSynonyms(HEADER_SYNONYMS);
const IN_AUTHORIZATION_LIST = indexSynonyms(AUTHORIZATION_LIST_HEADERS);
const AUTHORIZATION_MARKER_KEYS: ReadonlySet<string> = new Set(AUTHORIZATION_MARKERS.map(headerKey));

/** Last path segments that say nothing alone: `bioLink.link` is the bio link, `edge_follow.count` the following. */
const GENERIC_SEGMENTS: ReadonlySet<string> = new Set([
  'link',
  'url',
  'href',
  'count',
  'value',
  'text',
  'name',
]);

/**
 * The keys a header is looked up by, best first: its whole text; then, for JSON paths, a specific last segment
 * (`contact.public_email`), or the parent when the last segment is generic (`bioLink.link`); for a plain header,
 * its text without a unit in brackets (`MSRP value (EUR)`: the unit is not part of the name).
 */
function lookupKeys(header: string): string[] {
  const keys = [headerKey(header)];
  const segments = header.split('.').map((segment) => segment.replace(/\[\d*\]$/, ''));
  if (segments.length < 2) {
    const unbracketed = header.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
    if (unbracketed !== header) keys.push(headerKey(unbracketed));
    return keys;
  }
  const last = segments.at(-1) ?? '';
  keys.push(headerKey(GENERIC_SEGMENTS.has(headerKey(last)) ? (segments.at(-2) ?? '') : last));
  return keys;
}

/** Candidate meanings of a header in an index: those of the first of its keys the index knows. */
function lookup(
  index: ReadonlyMap<string, readonly HeaderTarget[]>,
  header: string,
): readonly HeaderTarget[] {
  for (const key of lookupKeys(header)) {
    const found = index.get(key);
    if (found) return found;
  }
  return [];
}

const slotOf = (target: HeaderTarget): string => target.slice(0, target.indexOf('.'));
const fieldOf = (target: HeaderTarget): string => target.slice(target.indexOf('.') + 1);

/** The slots decisive meanings give, over the headers' candidate meanings. */
function decisiveSlots(meanings: readonly (readonly HeaderTarget[])[]): Set<string> {
  return new Set(meanings.flatMap((targets) => targets.filter((t) => DECISIVE.has(t)).map(slotOf)));
}

/**
 * Which slots the rows describe. A catalog (a recommended retail price, and no column that only a listing, seller,
 * shipment or profile has) describes products and nothing else: its `Artikelnummer` is an article number, not an
 * eBay item number, and its `Name` a product's, not a listing title. Any other file gets its slots from its
 * decisive headers, without products: the RRP column of a listing scrape or the MSRP of a seizure is no catalog.
 */
function decideSlots(meanings: readonly (readonly HeaderTarget[])[]): Set<string> {
  const catalog = meanings.some((targets) => targets.some((t) => CATALOG_SIGNS.has(t)));
  if (catalog) {
    const unlikeProducts = meanings.filter((targets) => !targets.some((t) => slotOf(t) === 'product'));
    if (decisiveSlots(unlikeProducts).size === 0) return new Set(['product']);
  }
  return decisiveSlots(meanings);
}

export type GuessedMapping = Readonly<{ mapping: Mapping; unmapped: readonly string[] }>;

export function guessMapping(
  headers: readonly string[],
  fileName: string,
  options: ImportOptions = {},
): GuessedMapping {
  const authorizationList = headers.some((header) =>
    lookupKeys(header).some((key) => AUTHORIZATION_MARKER_KEYS.has(key)),
  );
  const meanings = headers.map((header) =>
    authorizationList
      ? [...lookup(IN_AUTHORIZATION_LIST, header), ...lookup(BY_KEY, header)]
      : lookup(BY_KEY, header),
  );
  const active = decideSlots(meanings);
  const account = ACCOUNT_PREFERENCE.find((slot) => active.has(slot));
  // Generic headers (`rating`, `platform`) describe the file's main record: the listing in a listing scrape.
  const primary = MAIN_RECORDS.find((slot) => active.has(slot)) ?? account;
  const resolve = (target: HeaderTarget): HeaderTarget | undefined => {
    if (!target.startsWith('$account.')) return target;
    return account === undefined ? undefined : `${account}.${fieldOf(target)}`;
  };

  const columns: ColumnMapping[] = [];
  const unmapped: string[] = [];
  const taken = new Set<string>();
  headers.forEach((header, index) => {
    const usable = (meanings[index] ?? [])
      .map(resolve)
      .filter((target): target is HeaderTarget => target !== undefined && active.has(slotOf(target)));
    const choice = usable.find((target) => slotOf(target) === primary) ?? usable[0];
    // A property takes one column; identifiers may come from several (business and customer-service address).
    const kind = choice === undefined ? undefined : SLOT_KINDS[slotOf(choice)];
    if (choice === undefined || (taken.has(choice) && !isIdentifierField(fieldOf(choice), kind))) {
      unmapped.push(header);
      return;
    }
    taken.add(choice);
    const field = fieldOf(choice);
    columns.push({
      column: header,
      slot: slotOf(choice),
      field,
      ...(isIdentifierField(field, kind) ? { role: header } : {}),
      ...(FREE_TEXT_FIELDS.has(field) ? { scanText: true } : {}),
    });
  });
  applyContextRules(columns);

  const platform = platformFromFileName(fileName);
  const platforms: Record<string, string> = {};
  if (platform !== undefined) {
    for (const slot of ['seller', 'social', 'listing']) platforms[slot] = platform;
  }
  return { mapping: buildMapping(columns, platforms, options), unmapped };
}

/**
 * A whole mapping from its column choices: the slots are the ones the columns use (so choosing a field of a new
 * slot in the mapping step brings the slot in), with their platforms, and the usual links between them.
 */
export function buildMapping(
  columns: readonly ColumnMapping[],
  platforms: Readonly<Record<string, string>>,
  options: ImportOptions,
): Mapping {
  const used = [...new Set(columns.map((c) => c.slot))];
  const slots: EntitySlot[] = used.map((slot) => {
    const platform = platforms[slot]?.trim();
    return { slot, kind: SLOT_KINDS[slot] ?? 'organization', ...(platform ? { platform } : {}) };
  });
  return { slots, columns, relations: defaultRelations(new Set(used)), options };
}

/** Fields whose text is worth scanning for e-mails, phones, URLs and handles. */
const FREE_TEXT_FIELDS: ReadonlySet<string> = new Set(['bio', 'declaredContent']);

const IDENTIFIER_FIELDS: ReadonlySet<string> = new Set([
  'email',
  'phone',
  'address',
  'paymentAccount',
  'ipAddress',
  'domain',
  'url',
  'username',
  'image',
]);

/**
 * True for `email`, `image`, and identifier properties such as `image.perceptualHash` — unless the slot's own kind
 * has a property of that name: a listing's `url` is its address, a property, not an identifier it uses.
 */
export function isIdentifierField(field: string, slotKind?: EntityKind): boolean {
  if (slotKind !== undefined && (KINDS[slotKind].props as readonly string[]).includes(field)) return false;
  return IDENTIFIER_FIELDS.has(field.split('.')[0] ?? field);
}

/** A customs list's bare "date" is the seizure date, not a shipping date. */
function applyContextRules(columns: ColumnMapping[]): void {
  const hasSeizure = columns.some((c) => c.field === 'seizureId');
  const hasSeizedAt = columns.some((c) => c.field === 'seizedAt');
  if (!hasSeizure || hasSeizedAt) return;
  const index = columns.findIndex((c) => c.field === 'shippedAt' && headerKey(c.column) === 'date');
  const column = columns[index];
  if (column) columns[index] = { ...column, field: 'seizedAt' };
}

function defaultRelations(active: ReadonlySet<string>): SlotRelation[] {
  const relations: SlotRelation[] = [];
  if (active.has('seller') && active.has('listing'))
    relations.push({ from: 'seller', kind: 'sells', to: 'listing' });
  if (active.has('shipper') && active.has('shipment'))
    relations.push({ from: 'shipper', kind: 'ships', to: 'shipment', role: 'shipper' });
  if (active.has('consignee') && active.has('shipment'))
    relations.push({ from: 'consignee', kind: 'ships', to: 'shipment', role: 'consignee' });
  if (active.has('seller') && active.has('shipment'))
    relations.push({ from: 'seller', kind: 'ships', to: 'shipment', role: 'seller' });
  return relations;
}
