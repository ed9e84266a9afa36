/**
 * Proposes a mapping from a file's headers: which things each row describes (slots) and what each column means.
 * The investigator reviews it in the mapping step; `check-file --mapping auto` uses it as is.
 *
 * Two passes: headers that can only belong to one kind of record (a seller id, a tracking number, a follower count)
 * decide which slots exist; then every header takes its first meaning among those slots. That keeps a generic
 * `name` or `date` from conjuring a slot of its own.
 */
import { KINDS, type EntityKind } from '../../model';
import { HEADER_SYNONYMS, type HeaderTarget } from './headerDictionary';
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

/** Which slot owns the generic account identifiers (`$account.email`), in order of preference. */
const ACCOUNT_PREFERENCE = ['seller', 'social', 'shipper', 'organization', 'person'] as const;

const BY_KEY = new Map<string, HeaderTarget[]>();
for (const [target, synonyms] of HEADER_SYNONYMS) {
  for (const synonym of synonyms) {
    const key = headerKey(synonym);
    const list = BY_KEY.get(key) ?? [];
    if (!list.includes(target)) list.push(target);
    BY_KEY.set(key, list);
  }
}

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
 * Candidate meanings of a header: its whole text; then, for JSON paths, a specific last segment
 * (`contact.public_email`), or the parent when the last segment is generic (`bioLink.link`).
 */
function candidates(header: string): HeaderTarget[] {
  const whole = BY_KEY.get(headerKey(header));
  if (whole) return whole;
  const segments = header.split('.').map((segment) => segment.replace(/\[\d*\]$/, ''));
  if (segments.length < 2) {
    // `MSRP value (EUR)`: the unit in brackets is not part of the name.
    const unbracketed = header.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
    return unbracketed === header ? [] : (BY_KEY.get(headerKey(unbracketed)) ?? []);
  }
  const last = segments.at(-1) ?? '';
  if (GENERIC_SEGMENTS.has(headerKey(last))) return BY_KEY.get(headerKey(segments.at(-2) ?? '')) ?? [];
  return BY_KEY.get(headerKey(last)) ?? [];
}

const slotOf = (target: HeaderTarget): string => target.slice(0, target.indexOf('.'));
const fieldOf = (target: HeaderTarget): string => target.slice(target.indexOf('.') + 1);

export type GuessedMapping = Readonly<{ mapping: Mapping; unmapped: readonly string[] }>;

export function guessMapping(
  headers: readonly string[],
  fileName: string,
  options: ImportOptions = {},
): GuessedMapping {
  const active = new Set<string>();
  for (const header of headers) {
    for (const target of candidates(header)) {
      if (DECISIVE.has(target)) active.add(slotOf(target));
    }
  }
  const account = ACCOUNT_PREFERENCE.find((slot) => active.has(slot));
  // Generic headers (`rating`, `platform`) describe the file's main record: the listing in a listing scrape.
  const primary = active.has('listing') ? 'listing' : active.has('shipment') ? 'shipment' : account;
  const resolve = (target: HeaderTarget): HeaderTarget | undefined => {
    if (!target.startsWith('$account.')) return target;
    return account === undefined ? undefined : `${account}.${fieldOf(target)}`;
  };

  const columns: ColumnMapping[] = [];
  const unmapped: string[] = [];
  const taken = new Set<string>();
  for (const header of headers) {
    const usable = candidates(header)
      .map(resolve)
      .filter((target): target is HeaderTarget => target !== undefined && active.has(slotOf(target)));
    const choice = usable.find((target) => slotOf(target) === primary) ?? usable[0];
    // A property takes one column; identifiers may come from several (business and customer-service address).
    const kind = choice === undefined ? undefined : SLOT_KINDS[slotOf(choice)];
    if (choice === undefined || (taken.has(choice) && !isIdentifierField(fieldOf(choice), kind))) {
      unmapped.push(header);
      continue;
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
  }
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
