/**
 * STIX 2.1 bundles -> Casegraph drafts. The parser gives one record per object of the bundle's `objects`.
 *
 * Two passes, because a relationship may come before the objects it connects: pass 1 feeds every record to
 * `createStixIndex().learn`; pass 2 maps each with `mapStixRecord`. What each type becomes is tabled in
 * stixPrimary.ts, what each relationship becomes in stixRelationship.ts.
 *
 * Provenance: the locator of a mapped object keeps the parser's place and sets `path` to the object's STIX id
 * (`identity--…`), which is stable across re-exports and what an analyst searches the bundle for.
 */
import { assertNever } from '../../assertNever';
import type { EntityId } from '../../model';
import { extractIdentifiers } from '../../normalize';
import type { EntityDraft, MappedRecord, SourceRecord } from '../types';
import { createCollector, type Collector } from './collector';
import type { FormatContext } from './context';
import { objectPreview } from './objectPreview';
import type { StixIndex } from './stixIndex';
import { parseStixObject, type StixObjectOf } from './stixObject';
import { stixPrimary } from './stixPrimary';
import { stixLink } from './stixRelationship';

export { createStixIndex, type StixIndex, type StixResolved } from './stixIndex';

/** Pass 2: one STIX object -> its drafts, links and rejects. `index` must have learned every object of the bundle. */
export function mapStixRecord(
  record: SourceRecord,
  index: StixIndex,
  context: FormatContext = {},
): MappedRecord {
  const out = createCollector();
  const parsed = parseStixObject(record.object);
  if (!parsed.ok) {
    if (parsed.problem === 'unused') {
      out.reject({
        field: 'type',
        value: parsed.type,
        reason: `STIX type ${parsed.type} is not used by Casegraph`,
      });
      return out.result({ ...record.locator, path: parsed.id });
    }
    out.reject({ field: 'object', value: objectPreview(record.object), reason: parsed.reason });
    return out.result(parsed.id === undefined ? record.locator : { ...record.locator, path: parsed.id });
  }
  const { object } = parsed;
  const primary = stixPrimary(object);
  for (const draft of primary.drafts) out.entity(draft);
  for (const reject of primary.rejects) out.reject(reject);
  const [own] = primary.drafts;

  switch (object.type) {
    case 'identity':
      if (own !== undefined) contactIdentifiers(object, own.id, context, out);
      break;
    case 'user-account':
      if (own?.kind === 'socialAccount') handleIdentifier(object, own, out);
      break;
    case 'email-addr':
      if (own !== undefined && object.belongs_to_ref !== undefined) {
        // The account this address belongs to uses it: the same link a CSV e-mail column gives a seller.
        for (const account of resolve(object.belongs_to_ref, 'belongs_to_ref', index, out)) {
          out.link({ kind: 'uses', from: account, to: own.id, role: 'stix:belongs_to_ref' });
        }
      }
      break;
    case 'relationship':
      relationship(object, index, out);
      break;
    case 'domain-name':
    case 'url':
    case 'ipv4-addr':
    case 'ipv6-addr':
    case 'indicator':
      break;
    default:
      assertNever(object, 'STIX type');
  }
  return out.result({ ...record.locator, path: object.id });
}

function relationship(object: StixObjectOf<'relationship'>, index: StixIndex, out: Collector): void {
  const sources = resolve(object.source_ref, 'source_ref', index, out);
  const targets = resolve(object.target_ref, 'target_ref', index, out);
  const type = object.relationship_type.trim().toLowerCase();
  for (const source of sources) {
    for (const target of targets) out.link({ ...stixLink(type, source, target), role: `stix:${type}` });
  }
}

/**
 * `contact_information` is free text ("E-Mail: … / Tel.: …"). It is read the way a CSV bio is: the e-mails and
 * phones found in it become nodes, but as the identity's declared contact details they are `uses`, not `mentions`.
 * Scanning is best effort, so text that holds neither (a postal address) is no reject.
 */
function contactIdentifiers(
  object: StixObjectOf<'identity'>,
  from: EntityId,
  context: FormatContext,
  out: Collector,
): void {
  const text = object.contact_information ?? '';
  if (text.trim() === '') return;
  const found = extractIdentifiers(text, context.region);
  const use = { field: 'contact_information', from, role: 'stix:contact_information' };
  const region = context.region === undefined ? {} : { region: context.region };
  for (const raw of found.emails) out.identifier('email', raw, use, region);
  for (const raw of found.phones) out.identifier('phone', raw, use, region);
}

/** A social account's login is also a `username` node: the @handle other profiles' bios mention. */
function handleIdentifier(object: StixObjectOf<'user-account'>, account: EntityDraft, out: Collector): void {
  const login = object.account_login?.trim() ?? '';
  if (login === '') return;
  const platform = account.properties.platform?.[0];
  out.identifier(
    'username',
    login,
    { field: 'account_login', from: account.id, role: 'stix:account_login' },
    platform === undefined ? {} : { platform: String(platform) },
  );
}

function resolve(ref: string, field: string, index: StixIndex, out: Collector): readonly EntityId[] {
  const resolved = index.resolve(ref);
  if (resolved.ok) return resolved.ids;
  out.reject({ field, value: ref, reason: resolved.reason });
  return [];
}
