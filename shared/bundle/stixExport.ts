/**
 * `data/stix.json`: a STIX 2.1 bundle of the case's accounts and observables, written as our own STIX importer reads
 * (shared/import/formats/stix*.ts), so a bundle's STIX goes back into Casegraph — or into a CTI platform — as the
 * same sellers, accounts and identifiers.
 *
 * | Casegraph                   | STIX 2.1                                                                 |
 * |-----------------------------|--------------------------------------------------------------------------|
 * | person / organization       | identity (individual / organization); its e-mails and phones in `contact_information` |
 * | seller / socialAccount      | user-account (`user_id` seller id / `account_login` handle, `x_platform`) |
 * | email, domain, url          | email-addr, domain-name, url                                             |
 * | ipAddress                   | ipv4-addr or ipv6-addr                                                   |
 * | uses, operates              | relationship `uses` / `owns` (the importer turns them back by the ends' kinds) |
 * | mentions, sameAs, similar   | relationship `related-to`                                                |
 *
 * Not written: phones of accounts (STIX has no phone observable; a person's or company's phones go in its contact
 * information), addresses, payment accounts, usernames, images, listings, products and shipments (STIX has no
 * object our importer reads for them; the full case is in `data/entities.jsonl`).
 *
 * Ids are UUIDv5 of the Casegraph id under the STIX namespace: the same case gives the same STIX ids every time.
 */
import { caption, type Entity, type Link, type PropertyValue } from '../model';
import type { BundleContent } from './content';
import { uuidv5 } from './uuidv5';

/** The namespace STIX 2.1 (§2.9) defines for deterministic identifiers of cyber-observables. */
export const STIX_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';

type StixObject = Readonly<Record<string, unknown> & { type: string; id: string }>;

const first = (entity: Entity, prop: string): string | undefined => {
  const value = (entity.properties as Readonly<Record<string, readonly PropertyValue[] | undefined>>)[
    prop
  ]?.[0]?.value;
  return value === undefined || String(value).trim() === '' ? undefined : String(value);
};

/** An account's key is `platform␟id`: the id alone is what STIX's user_id / account_login hold. */
const lastKeyPart = (key: string): string => key.slice(key.lastIndexOf('\u001f') + 1);

const stixId = (type: string, casegraphId: string): string =>
  `${type}--${uuidv5(STIX_NAMESPACE, casegraphId)}`;

/** STIX timestamps are RFC 3339 in UTC with a `Z`. */
function stixTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '1970-01-01T00:00:00.000Z' : new Date(time).toISOString();
}

function withoutUndefined(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

function contactInformation(
  entity: Entity,
  links: readonly Link[],
  byId: ReadonlyMap<string, Entity>,
): string | undefined {
  const parts: string[] = [];
  for (const link of links) {
    if (link.from !== entity.id || link.kind !== 'uses') continue;
    const target = byId.get(link.to);
    if (target?.kind === 'email') parts.push(`E-Mail: ${first(target, 'value') ?? target.key}`);
    if (target?.kind === 'phone') parts.push(`Tel.: ${first(target, 'value') ?? target.key}`);
  }
  return parts.length === 0 ? undefined : parts.join('; ');
}

function objectFor(
  entity: Entity,
  links: readonly Link[],
  byId: ReadonlyMap<string, Entity>,
): StixObject | undefined {
  const common = { spec_version: '2.1' };
  switch (entity.kind) {
    case 'person':
    case 'organization':
      return withoutUndefined({
        type: 'identity',
        ...common,
        id: stixId('identity', entity.id),
        created: stixTime(entity.createdAt),
        modified: stixTime(entity.updatedAt),
        name: caption(entity),
        identity_class: entity.kind === 'person' ? 'individual' : 'organization',
        contact_information: contactInformation(entity, links, byId),
      }) as StixObject;
    case 'seller':
      return withoutUndefined({
        type: 'user-account',
        ...common,
        id: stixId('user-account', entity.id),
        user_id: first(entity, 'sellerId') ?? lastKeyPart(entity.key),
        display_name: first(entity, 'storefrontName') ?? first(entity, 'businessName'),
        x_platform: first(entity, 'platform'),
      }) as StixObject;
    case 'socialAccount':
      return withoutUndefined({
        type: 'user-account',
        ...common,
        id: stixId('user-account', entity.id),
        account_login: first(entity, 'handle') ?? lastKeyPart(entity.key),
        display_name: first(entity, 'displayName'),
        x_platform: first(entity, 'platform'),
      }) as StixObject;
    case 'email':
      return { type: 'email-addr', ...common, id: stixId('email-addr', entity.id), value: entity.key };
    case 'domain':
      return { type: 'domain-name', ...common, id: stixId('domain-name', entity.id), value: entity.key };
    case 'url':
      return {
        type: 'url',
        ...common,
        id: stixId('url', entity.id),
        value: first(entity, 'value') ?? entity.key,
      };
    case 'ipAddress': {
      const type = entity.key.includes(':') ? 'ipv6-addr' : 'ipv4-addr';
      return { type, ...common, id: stixId(type, entity.id), value: entity.key };
    }
    default:
      return undefined;
  }
}

function relationshipType(link: Link): string {
  switch (link.kind) {
    case 'uses':
      return 'uses';
    case 'operates':
      return 'owns';
    default:
      return 'related-to';
  }
}

export function stixBundle(content: BundleContent): string {
  const byId = new Map(content.entities.map((entity) => [entity.id as string, entity]));
  const objects: StixObject[] = [];
  const stixIds = new Map<string, string>();
  for (const entity of content.entities) {
    const object = objectFor(entity, content.links, byId);
    if (object === undefined) continue;
    objects.push(object);
    stixIds.set(entity.id, object.id);
  }
  for (const link of content.links) {
    const source = stixIds.get(link.from);
    const target = stixIds.get(link.to);
    if (source === undefined || target === undefined || link.kind === 'sells' || link.kind === 'ships')
      continue;
    objects.push({
      type: 'relationship',
      spec_version: '2.1',
      id: stixId('relationship', link.id),
      created: stixTime(link.createdAt),
      modified: stixTime(link.updatedAt),
      relationship_type: relationshipType(link),
      source_ref: source,
      target_ref: target,
      ...(link.role === undefined ? {} : { description: `Casegraph ${link.kind} (${link.role})` }),
    });
  }
  return `${JSON.stringify({ type: 'bundle', id: stixId('bundle', content.case.id), objects }, null, 2)}\n`;
}
