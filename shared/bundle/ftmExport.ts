/**
 * `data/ftm.jsonl`: the case as FollowTheMoney entities (`{id, schema, properties: {prop: [values]}}`), for Aleph and
 * the `ftm` tools, written as our own FtM importer reads (the tables are in ftmOut.ts):
 *
 * - person -> Person, organization -> Company, seller and socialAccount -> UserAccount (`service` = platform);
 * - the e-mails, phones and websites a party or account `uses` -> its `email`, `phone` (`number` on a UserAccount)
 *   and `website` properties;
 * - address -> Address (`full`), referenced by its users' `addressEntity`;
 * - paymentAccount -> BankAccount (`iban` or `accountNumber`, `bankName`), its users as `owner`;
 * - operates party -> account: the UserAccount's `owner`; operates between parties: Ownership (or the FtM relation
 *   the link came from, `ftm:Directorship`…); mentions: UnknownLink.
 *
 * Entities first keyed by an FtM id (imported from FtM) get that id back; others get `cg-` + a hash of their
 * Casegraph id, stable across exports. Listings, products, shipments, images, usernames, domains and IP addresses
 * have no FtM form our importer reads; they are in `data/entities.jsonl`.
 */
import { sha256Hex } from '../hash';
import type { Entity, Link, PropertyValue } from '../model';
import type { BundleContent } from './content';
import { FTM_OUT_CONTACTS, FTM_OUT_PROPERTIES, FTM_OUT_SCHEMAS, type FtmOutKind } from './ftmOut';

export type FtmEntityOut = { id: string; schema: string; properties: Record<string, string[]> };

const FTM_KEY_PREFIX = 'ftm\u001f';
const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;

function ftmIdOf(entity: Entity): string {
  return entity.key.startsWith(FTM_KEY_PREFIX)
    ? entity.key.slice(FTM_KEY_PREFIX.length)
    : `cg-${sha256Hex(entity.id).slice(0, 40)}`;
}

const valuesOf = (entity: Entity, prop: string): string[] =>
  ((entity.properties as Readonly<Record<string, readonly PropertyValue[] | undefined>>)[prop] ?? []).map(
    (item) => String(item.value),
  );

function push(properties: Record<string, string[]>, prop: string, value: string): void {
  const list = (properties[prop] ??= []);
  if (!list.includes(value)) list.push(value);
}

const isOutKind = (kind: string): kind is FtmOutKind => Object.hasOwn(FTM_OUT_SCHEMAS, kind);

export function ftmEntities(content: BundleContent): FtmEntityOut[] {
  const byId = new Map(content.entities.map((entity) => [entity.id as string, entity]));
  const out = new Map<string, FtmEntityOut>();
  for (const entity of content.entities) {
    if (isOutKind(entity.kind)) {
      const properties: Record<string, string[]> = {};
      for (const [ours, theirs] of Object.entries(FTM_OUT_PROPERTIES[entity.kind])) {
        for (const value of valuesOf(entity, ours)) push(properties, theirs, value);
      }
      out.set(entity.id, { id: ftmIdOf(entity), schema: FTM_OUT_SCHEMAS[entity.kind], properties });
    } else if (entity.kind === 'address') {
      const full = valuesOf(entity, 'full');
      out.set(entity.id, {
        id: ftmIdOf(entity),
        schema: 'Address',
        properties: { full: full.length > 0 ? full : [entity.key], ...countryOf(entity) },
      });
    } else if (entity.kind === 'paymentAccount') {
      const number = valuesOf(entity, 'value')[0] ?? entity.key;
      const properties: Record<string, string[]> = {
        [IBAN.test(number) ? 'iban' : 'accountNumber']: [number],
      };
      for (const provider of valuesOf(entity, 'provider')) push(properties, 'bankName', provider);
      for (const holder of valuesOf(entity, 'holder')) push(properties, 'holder', holder);
      out.set(entity.id, { id: ftmIdOf(entity), schema: 'BankAccount', properties });
    }
  }
  const relations: FtmEntityOut[] = [];
  for (const link of content.links) {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    const source = out.get(link.from);
    if (from === undefined || to === undefined || source === undefined) continue;
    const relation = linkToFtm(link, source, to, out.get(link.to));
    if (relation !== undefined) relations.push(relation);
  }
  return [...out.values(), ...relations];
}

function countryOf(entity: Entity): Record<string, string[]> {
  const country = valuesOf(entity, 'country');
  return country.length > 0 ? { country: country.map((c) => c.toLowerCase()) } : {};
}

/** Writes a link into its source's properties, or returns the FtM relation entity it becomes. */
function linkToFtm(
  link: Link,
  source: FtmEntityOut,
  to: Entity,
  target: FtmEntityOut | undefined,
): FtmEntityOut | undefined {
  const relationId = `cg-${sha256Hex(link.id).slice(0, 40)}`;
  if (link.kind === 'uses') {
    if (to.kind === 'email' || to.kind === 'phone' || to.kind === 'url') {
      const prop =
        to.kind === 'phone' && source.schema === 'UserAccount' ? 'number' : FTM_OUT_CONTACTS[to.kind];
      push(source.properties, prop, valuesOf(to, 'value')[0] ?? to.key);
      return undefined;
    }
    if (target?.schema === 'Address') push(source.properties, 'addressEntity', target.id);
    else if (target?.schema === 'BankAccount') push(target.properties, 'owner', source.id);
    return undefined;
  }
  if (target === undefined) return undefined;
  if (link.kind === 'operates') {
    if (target.schema === 'UserAccount' && source.schema !== 'UserAccount') {
      push(target.properties, 'owner', source.id);
      return undefined;
    }
    const named = /^ftm:(Ownership|Directorship|Employment|Representation|Membership)$/.exec(
      link.role ?? '',
    )?.[1];
    const schema = named ?? 'Ownership';
    const ends: Readonly<Record<string, readonly [string, string]>> = {
      Ownership: ['owner', 'asset'],
      Directorship: ['director', 'organization'],
      Employment: ['employee', 'employer'],
      Representation: ['agent', 'client'],
      Membership: ['member', 'organization'],
    };
    const [fromProp, toProp] = ends[schema] ?? ['owner', 'asset'];
    return { id: relationId, schema, properties: { [fromProp]: [source.id], [toProp]: [target.id] } };
  }
  if (link.kind === 'mentions' || link.kind === 'sameAs') {
    return {
      id: relationId,
      schema: 'UnknownLink',
      properties: { subject: [source.id], object: [target.id] },
    };
  }
  return undefined;
}

export function* ftmLines(content: BundleContent): Iterable<string> {
  for (const entity of ftmEntities(content)) yield `${JSON.stringify(entity)}\n`;
}
