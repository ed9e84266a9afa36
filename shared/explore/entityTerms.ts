/**
 * The search terms an entity is stored under: `kind:term` keys of a multi-entry index, so each kind's matches are
 * one index range (`seller:kalo`…`seller:kalo\uffff`) and the search can show every kind's best matches side by side
 * even when a million listings also match.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { KINDS, type EntityKind } from '../model/kinds';
import type { Entity, PropertyValue } from '../model/entity';
import { phoneTerms, wholeValue, words } from './searchTokens';

/** Properties whose words are searched, per kind. Long free text (bios, declared content) stays out: noise. */
const WORD_PROPS: Readonly<Partial<Record<EntityKind, readonly string[]>>> = {
  seller: ['storefrontName', 'businessName', 'sellerId', 'registrationNumber', 'vatNumber'],
  socialAccount: ['handle', 'displayName'],
  person: ['name'],
  organization: ['name', 'registrationNumber', 'vatNumber'],
  listing: ['title', 'listingId', 'brand', 'model', 'sku', 'gtin'],
  product: ['brand', 'name', 'sku', 'gtin'],
  shipment: ['trackingNumber', 'seizureId', 'carrier'],
  address: ['full', 'value'],
  paymentAccount: ['value', 'holder'],
};

/** Properties that are also searched as one whole value (pasted e-mails, hosts, URLs, handles, hashes). */
const WHOLE_PROPS: Readonly<Partial<Record<EntityKind, readonly string[]>>> = {
  seller: ['storefrontUrl', 'sellerId'],
  socialAccount: ['handle', 'profileUrl'],
  listing: ['url', 'listingId', 'gtin'],
  shipment: ['trackingNumber'],
  email: ['value'],
  domain: ['value'],
  url: ['value'],
  username: ['value'],
  ipAddress: ['value'],
  paymentAccount: ['value'],
  image: ['value'],
};

/**
 * Whether a table column's words are among the kind's search terms, so a filter on it can start from the term
 * index (`name` is the caption, whose properties are always searched). A column stored only whole (a listing's URL)
 * is not: a filter word matches its words ("item" in `…/item/…`), which are no term of the record.
 */
export function isSearchedColumn(kind: EntityKind, column: string): boolean {
  if (column === 'name') return true;
  return (WORD_PROPS[kind] ?? KINDS[kind].caption).includes(column);
}

/** Enough for every name, identifier and a long title; a record must stay small to stay fast. */
const MAX_TERMS = 48;

export function termKey(kind: EntityKind, term: string): string {
  return `${kind}:${term}`;
}

function valuesOf(entity: Entity, prop: string): readonly PropertyValue[] {
  return (entity.properties as Readonly<Record<string, readonly PropertyValue[] | undefined>>)[prop] ?? [];
}

/** Bare terms (without the kind), most telling first: whole values, then words of names, then notes and tags. */
export function searchTermsOf(entity: Entity & { note?: string }): string[] {
  const terms = new Set<string>();
  const add = (term: string): void => {
    if (term.length >= 2) terms.add(term);
  };
  for (const prop of WHOLE_PROPS[entity.kind] ?? []) {
    for (const { value } of valuesOf(entity, prop)) {
      const whole = wholeValue(String(value));
      add(whole);
      // an e-mail is also found by its mailbox and its domain
      const at = whole.indexOf('@');
      if (at > 0) {
        add(whole.slice(0, at));
        add(whole.slice(at + 1));
      }
      // a URL by its host
      const slash = whole.indexOf('/');
      if (slash > 0) add(whole.slice(0, slash));
    }
  }
  if (entity.kind === 'phone') {
    for (const { value } of valuesOf(entity, 'value')) {
      const parsed = parsePhoneNumberFromString(String(value));
      for (const term of phoneTerms(String(value), parsed?.nationalNumber)) add(term);
    }
  }
  const wordProps = WORD_PROPS[entity.kind] ?? KINDS[entity.kind].caption;
  for (const prop of wordProps) {
    for (const { value } of valuesOf(entity, prop)) for (const word of words(String(value))) add(word);
  }
  for (const tag of entity.tags) for (const word of words(tag)) add(word);
  if (entity.note) for (const word of words(entity.note)) add(word);
  return [...terms].slice(0, MAX_TERMS);
}
