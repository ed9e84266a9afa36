/**
 * Pass 1 over a STIX bundle: remember what every STIX id becomes, so relationships and `*_ref` properties can be
 * resolved whatever order the bundle lists its objects in. Only ids are kept (an indicator may become several).
 */
import type { EntityId } from '../../model';
import type { SourceRecord } from '../types';
import { parseStixObject } from './stixObject';
import { stixPrimary } from './stixPrimary';

/** What a STIX reference resolves to: the draft ids the object became, or why it cannot be linked. */
export type StixResolved =
  Readonly<{ ok: true; ids: readonly EntityId[] }> | Readonly<{ ok: false; reason: string }>;

/** The STIX ids of one bundle and what each became. */
export type StixIndex = Readonly<{
  /** Pass 1: call once for every object of the bundle, before mapping any of them. */
  learn: (record: SourceRecord) => void;
  /** The draft ids a STIX id became, or why a reference to it cannot become a link. */
  resolve: (stixId: string) => StixResolved;
}>;

type Learned = Readonly<{ type: string; ids: readonly EntityId[] }>;

export function createStixIndex(): StixIndex {
  const learned = new Map<string, Learned>();
  return {
    learn: (record) => {
      const parsed = parseStixObject(record.object);
      if (parsed.ok) {
        const ids = [...new Set(stixPrimary(parsed.object).drafts.map((draft) => draft.id))];
        learned.set(parsed.object.id, { type: parsed.object.type, ids });
      } else if (parsed.problem === 'unused') {
        learned.set(parsed.id, { type: parsed.type, ids: [] });
      }
    },
    resolve: (stixId) => {
      const entry = learned.get(stixId);
      if (entry === undefined)
        return { ok: false, reason: `no object with the STIX id "${stixId}" is in this bundle` };
      if (entry.ids.length > 0) return { ok: true, ids: entry.ids };
      return { ok: false, reason: whyNotLinkable(stixId, entry.type) };
    },
  };
}

function whyNotLinkable(stixId: string, type: string): string {
  switch (type) {
    case 'relationship':
      return `"${stixId}" is a relationship; Casegraph links entities, not relationships`;
    case 'identity':
    case 'user-account':
    case 'email-addr':
    case 'domain-name':
    case 'url':
    case 'ipv4-addr':
    case 'ipv6-addr':
    case 'indicator':
      return `"${stixId}" gave Casegraph nothing usable (see the reject for that object)`;
    default:
      return `"${stixId}" is a STIX ${type}, which Casegraph does not use`;
  }
}
