/**
 * One source record -> the entities and links it describes, and the values that could not be used.
 *
 * For each slot of the mapping: read its columns, turn properties into typed values and identifiers into
 * normalized identifier drafts, find the slot's key, then link the slot to its identifiers (`uses`), to what its
 * free text mentions (`mentions`), and to the other slots of the row (`sells`, `ships`). A bad value is rejected on
 * its own; the rest of the record still goes in.
 */
import { KINDS, type EntityKind, type IdentifierKind, type LinkKind } from '../../model';
import {
  canonicalListing,
  extractIdentifiers,
  extractHandleFromUrl,
  type CountryCode,
} from '../../normalize';
import { entityDraft } from '../draft';
import type { EntityDraft, LinkDraft, MappedRecord, RejectDraft, SourceRecord } from '../types';
import { cellValues } from './cellValues';
import { isIdentifierField } from './guessMapping';
import { identifierDraft } from './identifiers';
import { propertyValue } from './propertyValue';
import { slotKey } from './slotKey';
import type { ColumnMapping, EntitySlot, Mapping } from './types';

export type RecordMapperContext = Readonly<{
  region?: CountryCode;
  /** Decimal separator per column when the mapping says `auto`, decided once from a sample of the file. */
  decimals?: Readonly<Record<string, ',' | '.'>>;
}>;

type FoundIdentifier = { draft: EntityDraft; link: LinkKind; role: string };

const KINDS_WITH_PLATFORM: ReadonlySet<EntityKind> = new Set(['seller', 'listing', 'socialAccount']);

/** Which identifiers found in free text become which kinds. */
const TEXT_KINDS = [
  ['emails', 'email'],
  ['phones', 'phone'],
  ['urls', 'url'],
  ['handles', 'username'],
] as const satisfies ReadonlyArray<readonly [string, IdentifierKind]>;

export function createRecordMapper(
  mapping: Mapping,
  context: RecordMapperContext = {},
): (record: SourceRecord) => MappedRecord {
  const columnsBySlot = new Map<string, ColumnMapping[]>();
  for (const column of mapping.columns) {
    const list = columnsBySlot.get(column.slot) ?? [];
    list.push(column);
    columnsBySlot.set(column.slot, list);
  }
  const listingUrlColumns = mapping.columns.filter(
    (c) => c.field === 'url' && slotKind(mapping, c.slot) === 'listing',
  );
  const region = context.region ?? (mapping.options.region as CountryCode | undefined);

  return (record) => {
    const rejects: RejectDraft[] = [];
    const entities: EntityDraft[] = [];
    const links: LinkDraft[] = [];
    const bySlot = new Map<string, EntityDraft>();
    const rowPlatform = listingUrlColumns
      .flatMap((c) => cellValues(record.fields[c.column]))
      .map((url) => canonicalListing(url)?.platform)
      .find((platform) => platform !== undefined);

    for (const slot of mapping.slots) {
      const values: Record<string, (string | number)[]> = {};
      const found: FoundIdentifier[] = [];
      const identifierProps: { kind: string; prop: string; value: string }[] = [];
      const add = (prop: string, value: string | number): void => {
        const list = (values[prop] ??= []);
        if (!list.some((v) => String(v) === String(value))) list.push(value);
      };
      const platformHint = slot.platform;

      for (const column of columnsBySlot.get(slot.slot) ?? []) {
        for (const raw of cellValues(record.fields[column.column], column.split)) {
          if (isIdentifierField(column.field, slot.kind)) {
            const [kind = '', prop] = column.field.split('.');
            if (prop !== undefined) {
              identifierProps.push({ kind, prop, value: raw.trim() });
              continue;
            }
            const result = identifierDraft(kind as IdentifierKind, raw, {
              ...(region === undefined ? {} : { region }),
              ...(platformHint === undefined ? {} : { platform: platformHint }),
            });
            if (result.ok)
              found.push({ draft: result.draft, link: 'uses', role: column.role ?? column.column });
            else rejects.push({ field: column.column, value: raw, reason: result.reason });
            continue;
          }
          const decimal = mapping.options.decimal ?? 'auto';
          const result = propertyValue(
            column.field,
            raw,
            mapping.options,
            decimal,
            context.decimals?.[column.column],
          );
          if (result.ok) {
            add(column.field, result.value);
            if (result.currency !== undefined && values.currency === undefined)
              add('currency', result.currency);
            if (column.field === 'externalLink' && typeof result.value === 'string') {
              const link = identifierDraft('url', result.value, {});
              if (link.ok) found.push({ draft: link.draft, link: 'uses', role: column.column });
            }
          } else {
            rejects.push({ field: column.column, value: raw, reason: result.reason });
          }
          if (column.scanText) found.push(...mentionsIn(raw, column.column, region));
        }
      }
      if (Object.keys(values).length === 0 && found.length === 0) continue;

      const platform = slotPlatform(slot, values, rowPlatform);
      const key = slotKey(slot.kind, values, platform);
      if (!key.ok) {
        rejects.push({ field: slot.slot, value: describeValues(values), reason: key.reason });
        continue;
      }
      if (platform !== undefined && KINDS_WITH_PLATFORM.has(slot.kind)) values.platform = [platform];
      const draft = entityDraft(slot.kind, key.parts, keepKnownProps(slot.kind, values));
      entities.push(draft);
      bySlot.set(slot.slot, draft);
      for (const identifier of withIdentifierProps(found, identifierProps)) {
        entities.push(identifier.draft);
        links.push({ kind: identifier.link, from: draft.id, to: identifier.draft.id, role: identifier.role });
      }
    }

    for (const relation of mapping.relations) {
      const from = bySlot.get(relation.from);
      const to = bySlot.get(relation.to);
      if (from && to) {
        links.push({
          kind: relation.kind,
          from: from.id,
          to: to.id,
          ...(relation.role ? { role: relation.role } : {}),
        });
      }
    }
    return { locator: record.locator, entities, links, rejects };
  };
}

function slotKind(mapping: Mapping, slot: string): EntityKind | undefined {
  return mapping.slots.find((s) => s.slot === slot)?.kind;
}

/** A platform column wins; then what the row's listing URL says; then the mapping's default for the file. */
function slotPlatform(
  slot: EntitySlot,
  values: Readonly<Record<string, readonly (string | number)[]>>,
  rowPlatform: string | undefined,
): string | undefined {
  const column = values.platform?.[0];
  if (column !== undefined && String(column).trim() !== '') return String(column).trim().toLowerCase();
  if (slot.kind === 'socialAccount') {
    const profile = values.profileUrl?.[0];
    const fromUrl = typeof profile === 'string' ? extractHandleFromUrl(profile)?.platform : undefined;
    return fromUrl ?? slot.platform;
  }
  if (slot.kind === 'seller' || slot.kind === 'listing') return rowPlatform ?? slot.platform;
  return slot.platform;
}

/** Identifiers found in free text: weaker `mentions` links. Text scanning is best effort: no rejects from it. */
function mentionsIn(text: string, column: string, region: CountryCode | undefined): FoundIdentifier[] {
  const extracted = extractIdentifiers(text, region);
  const found: FoundIdentifier[] = [];
  for (const [group, kind] of TEXT_KINDS) {
    for (const raw of extracted[group]) {
      const result = identifierDraft(kind, raw, region === undefined ? {} : { region });
      if (result.ok) found.push({ draft: result.draft, link: 'mentions', role: column });
    }
  }
  return found;
}

/** Adds `image.perceptualHash`-style columns to the first identifier of that kind in the slot. */
function withIdentifierProps(
  found: readonly FoundIdentifier[],
  props: readonly { kind: string; prop: string; value: string }[],
): FoundIdentifier[] {
  if (props.length === 0) return [...found];
  return found.map((identifier) => {
    const mine = props.filter((p) => p.kind === identifier.draft.kind && p.value !== '');
    if (mine.length === 0 || found.find((f) => f.draft.kind === identifier.draft.kind) !== identifier)
      return identifier;
    const properties: Record<string, readonly (string | number)[]> = { ...identifier.draft.properties };
    for (const { prop, value } of mine) properties[prop] = [...(properties[prop] ?? []), value];
    return { ...identifier, draft: { ...identifier.draft, properties } };
  });
}

function keepKnownProps(
  kind: EntityKind,
  values: Readonly<Record<string, (string | number)[]>>,
): Record<string, (string | number)[]> {
  const known = new Set<string>(KINDS[kind].props);
  return Object.fromEntries(Object.entries(values).filter(([prop]) => known.has(prop)));
}

function describeValues(values: Readonly<Record<string, readonly (string | number)[]>>): string {
  return Object.entries(values)
    .map(([prop, list]) => `${prop}=${list.join('|')}`)
    .join('; ')
    .slice(0, 200);
}
