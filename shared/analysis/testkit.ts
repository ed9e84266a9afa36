/**
 * Small hand-made investigations for the analysis tests, built with the import's own drafts and merge so every
 * record is what the store would hold (ids by the model's rules, a source on every value and link). Kept out of the
 * test files so each test reads as what it checks.
 */
import { sha256Hex } from '../hash';
import { entityDraft } from '../import/draft';
import { mergeEntity, mergeLink } from '../import/merge';
import {
  linkId,
  type Entity,
  type EntityId,
  type EntityKind,
  type EvidenceId,
  type ImportId,
  type Link,
  type LinkId,
  type LinkKind,
  type SourceRef,
} from '../model';
import { normalizeAddress, normalizeEmail, normalizeName, normalizePhone } from '../normalize';
import { buildGraphIndex, type GraphIndex } from './graphIndex';

const NOW = '2026-03-01T10:00:00.000Z';

type Values = Readonly<Record<string, string | number | readonly (string | number)[]>>;

export type TestFile = Readonly<{ name: string; evidenceId: EvidenceId; row(row: number): SourceRef }>;

export type TestGraph = Readonly<{
  entities: Map<EntityId, Entity>;
  links: Map<LinkId, Link>;
  evidenceNames: Map<EvidenceId, string>;
  file(name: string): TestFile;
  entity(kind: EntityKind, keyParts: readonly string[], values: Values, at: SourceRef): EntityId;
  seller(platform: string, sellerId: string, values: Values, at: SourceRef): EntityId;
  social(platform: string, handle: string, values: Values, at: SourceRef): EntityId;
  organization(name: string, values: Values, at: SourceRef): EntityId;
  listing(platform: string, listingId: string, values: Values, at: SourceRef): EntityId;
  shipment(trackingNumber: string, values: Values, at: SourceRef): EntityId;
  product(sku: string, values: Values, at: SourceRef): EntityId;
  email(raw: string, at: SourceRef): EntityId;
  phone(raw: string, at: SourceRef): EntityId;
  address(raw: string, at: SourceRef): EntityId;
  iban(value: string, at: SourceRef): EntityId;
  image(sha: string, perceptualHash: string | undefined, at: SourceRef): EntityId;
  link(kind: LinkKind, from: EntityId, to: EntityId, role: string | undefined, at: SourceRef): void;
  index(): GraphIndex;
}>;

const IMPORT = 'import-test' as ImportId;

function asList(value: string | number | readonly (string | number)[]): readonly (string | number)[] {
  return Array.isArray(value) ? (value as readonly (string | number)[]) : [value as string | number];
}

function accept(result: { ok: true; value: string } | { ok: false; reason: string }, raw: string): string {
  if (!result.ok) throw new Error(`Test value ${raw} does not normalize: ${result.reason}`);
  return result.value;
}

export function createTestGraph(): TestGraph {
  const entities = new Map<EntityId, Entity>();
  const links = new Map<LinkId, Link>();
  const evidenceNames = new Map<EvidenceId, string>();

  const entity = (kind: EntityKind, keyParts: readonly string[], values: Values, at: SourceRef): EntityId => {
    const properties = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, asList(v)]));
    const draft = entityDraft(kind, keyParts, properties);
    entities.set(draft.id, mergeEntity(entities.get(draft.id), draft, at, NOW));
    return draft.id;
  };
  const identifier = (kind: EntityKind, value: string, at: SourceRef, extra: Values = {}): EntityId =>
    entity(kind, [value], { value, ...extra }, at);

  const graph: TestGraph = {
    entities,
    links,
    evidenceNames,
    file(name) {
      const evidenceId = sha256Hex(name) as EvidenceId;
      evidenceNames.set(evidenceId, name);
      return { name, evidenceId, row: (row) => ({ importId: IMPORT, evidenceId, locator: { row } }) };
    },
    entity,
    seller: (platform, sellerId, values, at) =>
      entity('seller', [platform, sellerId], { platform, sellerId, ...values }, at),
    social: (platform, handle, values, at) =>
      entity('socialAccount', [platform, handle], { platform, handle, ...values }, at),
    organization: (name, values, at) =>
      entity('organization', [accept(normalizeName(name), name)], { name, ...values }, at),
    listing: (platform, listingId, values, at) =>
      entity('listing', [platform, listingId], { platform, listingId, ...values }, at),
    shipment: (trackingNumber, values, at) =>
      entity('shipment', [trackingNumber], { trackingNumber, ...values }, at),
    product: (sku, values, at) => entity('product', [sku], { sku, ...values }, at),
    email: (raw, at) => identifier('email', accept(normalizeEmail(raw), raw), at),
    phone: (raw, at) => identifier('phone', accept(normalizePhone(raw, 'DE'), raw), at),
    address: (raw, at) => identifier('address', accept(normalizeAddress(raw), raw), at, { full: raw }),
    iban: (value, at) => identifier('paymentAccount', value.replace(/\s+/g, '').toUpperCase(), at),
    image: (sha, perceptualHash, at) =>
      identifier('image', sha, at, perceptualHash === undefined ? {} : { perceptualHash }),
    link(kind, from, to, role, at) {
      const id = linkId(kind, from, to);
      links.set(
        id,
        mergeLink(links.get(id), { kind, from, to, ...(role === undefined ? {} : { role }) }, at, NOW),
      );
    },
    index: () => buildGraphIndex(entities.values(), links.values(), 7),
  };
  return graph;
}
