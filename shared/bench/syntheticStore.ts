/**
 * A synthetic store for benchmarks: a seeded stream of real `Entity` and `Link` records (built with the import's own
 * drafts and merge, so every record is valid and carries its source) in the proportions of a large investigation —
 * storefronts, their listings and product photos, contact identifiers, social accounts, companies and parcels —
 * with planted operations and a few hubs, so a benchmark can check the answer as well as the time.
 *
 * Streamed shop by shop in batches: only the few shared values (operation pools, hubs) are remembered, so a
 * million entities never sit in memory here. Same seed and size, same records.
 */
import { createRandom } from '../demo/random';
import { sha256Hex } from '../hash';
import { entityDraft } from '../import/draft';
import { mergeEntity, mergeLink } from '../import/merge';
import type { Entity, EntityId, EntityKind, EvidenceId, ImportId, Link, LinkKind, SourceRef } from '../model';

export type SyntheticOptions = Readonly<{
  /** Roughly how many entities to make (the last shop is finished, so a few more). Default 1,000,000. */
  entities?: number;
  seed?: number;
  /** Records per batch (entities and links each). Default 20,000. */
  batchSize?: number;
}>;

export type SyntheticBatch = Readonly<{ entities: readonly Entity[]; links: readonly Link[] }>;

/** What was planted, for checking the analysis. */
export type SyntheticTruth = {
  /** Storefront ids per operation. */
  operations: EntityId[][];
  /** The shared values every analysis must fold. */
  hubs: EntityId[];
  entities: number;
  links: number;
  /** The file names behind the evidence ids, for explanations. */
  evidenceNames: Map<EvidenceId, string>;
};

/** One operation in this many storefronts; the rest are honest shops. */
const SHOPS_PER_BLOCK = 40;
const PLATFORMS = ['amazon.de', 'ebay.de', 'allegro.pl', 'mercadolivre.com.br', 'ebay.co.uk'] as const;
const BRANDS = ['Nordvik', 'Velora', 'Aurelio', 'Kestrel Audio', 'Solenne'] as const;
const PRODUCTS = [
  'Trail Softshell',
  'Milano Tote',
  'Classic 38 Watch',
  'Pro Buds ANC',
  'No. 7 Eau de Parfum',
] as const;
const NOW = '2026-03-01T10:00:00.000Z';
const IMPORT = 'synthetic-import' as ImportId;

const FILES = {
  sellers: 'synthetic_sellers.csv',
  listings: 'synthetic_listings.csv',
  social: 'synthetic_profiles.jsonl',
  shipments: 'synthetic_shipments.csv',
  registry: 'synthetic_registry.ftm.jsonl',
} as const;

type Values = Readonly<Record<string, string | number>>;

type Emitter = {
  /** A record only this shop has: new by construction. */
  entity(kind: EntityKind, key: readonly string[], values: Values, at: SourceRef): EntityId;
  /** A value several shops share (an operation's phone, a hub): emitted the first time only. */
  shared(kind: EntityKind, key: readonly string[], values: Values, at: SourceRef): EntityId;
  link(kind: LinkKind, from: EntityId, to: EntityId, role: string | undefined, at: SourceRef): void;
};

/** A shop's operation, if it has one: the first few shops of every block of forty. */
function operationOf(shop: number, seed: number): number | undefined {
  const block = Math.floor(shop / SHOPS_PER_BLOCK);
  const size = createRandom(seed, 'operation', block).int(3, 9);
  return shop % SHOPS_PER_BLOCK < size ? block : undefined;
}

/** An operation's shared values: one phone, one mailbox, one bank account, one address, and its product photos. */
function poolOf(block: number, seed: number) {
  const random = createRandom(seed, 'pool', block);
  return {
    phone: `+86138${random.digits(8)}`,
    mailbox: `ops${block}.${random.digits(4)}@qq.com`,
    iban: `LT${random.digits(18)}`,
    address: `room ${random.int(100, 999)} block ${block} international trade city shenzhen 5180${random.int(10, 99)}`,
    photo: (product: number): string => sha256Hex(`operation-photo-${seed}-${block}-${product}`),
  };
}

const PHOTO_TAGS = ['Original', 'NEU', 'SALE -70%', '1:1', 'Premium'] as const;
const SYLLABLES = 'b,d,f,g,k,l,m,n,p,r,s,t,v,z,br,tr'
  .split(',')
  .flatMap((consonant) => ['a', 'e', 'i', 'o', 'u'].map((vowel) => consonant + vowel));
const SHOP_WORDS = [
  'Store',
  'Shop',
  'Outlet',
  'Direct',
  'Express',
  'Handel',
  'Trading',
  'Markt',
  'Deals',
  'Lager',
] as const;

/** A made-up trading name (`Kalomi Outlet`): some repeat by chance across a large store, as real names do. */
function tradingName(random: ReturnType<typeof createRandom>): string {
  const word = Array.from({ length: random.int(3, 4) }, () => random.pick(SYLLABLES)).join('');
  return `${word.charAt(0).toUpperCase()}${word.slice(1)} ${random.pick(SHOP_WORDS)}`;
}

function shopRecords(
  shop: number,
  seed: number,
  emit: Emitter,
  sourceOf: (file: keyof typeof FILES) => SourceRef,
): EntityId {
  const random = createRandom(seed, 'shop', shop);
  const platform = random.pick(PLATFORMS);
  const name = shop.toString(36);
  const row = sourceOf('sellers');
  const seller = emit.entity(
    'seller',
    [platform, `S${name.toUpperCase()}`],
    {
      platform,
      sellerId: `S${name.toUpperCase()}`,
      storefrontName: tradingName(random),
      businessName: `${tradingName(random)} GmbH`,
      createdAt: `20${random.int(15, 25)}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
    },
    row,
  );
  const uses = (id: EntityId, role: string): void => emit.link('uses', seller, id, role, row);
  const own = (kind: EntityKind, value: string, role: string): void =>
    uses(emit.entity(kind, [value], { value }, row), role);
  const common = (kind: EntityKind, value: string, role: string): void =>
    uses(emit.shared(kind, [value], { value }, row), role);
  const block = operationOf(shop, seed);
  const pool = block === undefined ? undefined : poolOf(block, seed);
  if (pool) {
    // Every storefront of an operation lists its phone; most its mailbox; some its bank account.
    common('phone', pool.phone, 'Phone');
    if (random.chance(0.7)) common('email', pool.mailbox, 'E-Mail');
    else own('email', `shop${shop}@example-mail.de`, 'E-Mail');
    if (random.chance(0.5)) common('paymentAccount', pool.iban, 'IBAN');
    common('address', pool.address, 'Business address');
  } else {
    // Distinct by construction: chance collisions would plant networks nobody meant.
    own('phone', `+4930${10_000_000 + shop}`, 'Phone');
    own('email', `shop${shop}@example-mail.de`, 'E-Mail');
    own(
      'address',
      `hauptstrasse ${1 + (shop % 200)} ${10_000 + Math.floor(shop / 200)} berlin`,
      'Business address',
    );
    if (random.chance(0.3)) own('paymentAccount', `DE89${String(shop).padStart(18, '0')}`, 'IBAN');
  }
  own('url', `https://${platform}/shop/${name}`, 'Store URL');
  // Hubs: the marketplace's support mailbox and address, on one row in eight (an export fills them in for shops
  // that gave none of their own).
  if (shop % 8 === 7) {
    common('email', 'seller-support@marketplace-service.eu', 'E-Mail');
    common('address', '38 avenue john f kennedy l 1855 luxembourg', 'Customer service address');
  }
  // A shop photographs each product once (a main and a detail shot) and shows them, and its brand shot, on every
  // listing of that product: three photo links per listing, few new images.
  const photo = (label: string): EntityId => {
    const sha = sha256Hex(`${label}-${seed}-${shop}`);
    return emit.entity(
      'image',
      [sha],
      { value: sha, perceptualHash: createRandom(seed, 'phash', sha).hex(16) },
      row,
    );
  };
  const brandShot = photo('brand-shot');
  const listings = random.int(3, 13);
  for (let l = 0; l < listings; l++) {
    const at = sourceOf('listings');
    const product = random.int(0, PRODUCTS.length - 1);
    const listing = emit.entity(
      'listing',
      [platform, `${shop}-${l}`],
      {
        platform,
        listingId: `${shop}-${l}`,
        title: `${BRANDS[product] ?? ''} ${PRODUCTS[product] ?? ''} ${random.pick(PHOTO_TAGS)} ${shop % 97}`,
        brand: BRANDS[product] ?? '',
        price: random.int(15, 250) + 0.99,
        currency: 'EUR',
        firstSeen: `2026-0${random.int(1, 2)}-${10 + random.int(0, 18)}`,
      },
      at,
    );
    emit.link('sells', seller, listing, undefined, at);
    emit.link('uses', listing, brandShot, 'Image SHA-256', at);
    // Operations reuse their product photos across storefronts; honest shops take their own.
    const sha = pool ? pool.photo(product) : undefined;
    const main =
      sha === undefined
        ? photo(`main-${product}`)
        : emit.shared(
            'image',
            [sha],
            { value: sha, perceptualHash: createRandom(seed, 'phash', sha).hex(16) },
            at,
          );
    emit.link('uses', listing, main, 'Image SHA-256', at);
    emit.link('uses', listing, photo(`detail-${product}`), 'Image SHA-256', at);
  }
  return seller;
}

function partyRecords(
  shop: number,
  seller: EntityId,
  seed: number,
  emit: Emitter,
  sourceOf: (file: keyof typeof FILES) => SourceRef,
): void {
  const random = createRandom(seed, 'parties', shop);
  const name = shop.toString(36);
  const block = operationOf(shop, seed);
  if (shop % 3 === 0) {
    const at = sourceOf('social');
    const platform = random.pick(['instagram', 'tiktok'] as const);
    const handle = `shop.${shop}`;
    const social = emit.entity(
      'socialAccount',
      [platform, handle],
      { platform, handle, displayName: `${tradingName(random)} Official`, followers: random.int(10, 90_000) },
      at,
    );
    emit.link(
      'uses',
      social,
      emit.entity('username', [handle], { value: handle, platform }, at),
      'username',
      at,
    );
    const site = `https://${name}.example-shop.store`;
    emit.link('uses', social, emit.entity('url', [site], { value: site }, at), 'external_url', at);
    // An operation's profiles give its WhatsApp number.
    if (block !== undefined) {
      const phone = poolOf(block, seed).phone;
      emit.link('uses', social, emit.shared('phone', [phone], { value: phone }, at), 'whatsapp', at);
    }
  }
  if (shop % 4 !== 0) return;
  const at = sourceOf('registry');
  const company = emit.entity(
    'organization',
    [`company ${name}`],
    { name: `${tradingName(random)} Ltd` },
    at,
  );
  emit.link('operates', company, seller, 'ftm:owner', at);
  const parcels = random.int(1, 3);
  for (let p = 0; p < parcels; p++) {
    const row = sourceOf('shipments');
    const tracking = `LP00${shop}${p}${random.digits(6)}`;
    const seized = random.chance(0.1);
    const parcel = emit.entity(
      'shipment',
      [tracking],
      {
        trackingNumber: tracking,
        carrier: 'Cainiao',
        shippedAt: `2026-01-${10 + random.int(0, 18)}`,
        ...(seized ? { seizureId: `DE-ZOLL-2026-${random.digits(6)}`, seizedAt: '2026-02-16' } : {}),
      },
      row,
    );
    emit.link('ships', company, parcel, 'shipper', row);
    const consignee = emit.entity(
      'organization',
      [`rhein main cargo logistics co ${shop} ${p}`],
      { name: `Rhein-Main Cargo Logistics GmbH c/o ${shop}-${p}` },
      row,
    );
    emit.link('ships', consignee, parcel, 'consignee', row);
    // Hub: every consignee "c/o" the forwarder writes its address.
    const forwarder = emit.shared(
      'address',
      ['langer kornweg 34 65451 kelsterbach'],
      { value: 'langer kornweg 34 65451 kelsterbach', full: 'Langer Kornweg 34, 65451 Kelsterbach' },
      row,
    );
    emit.link('uses', consignee, forwarder, 'Consignee Address', row);
  }
}

/**
 * The store, batch by batch. `truth` is filled in as the stream runs (operations and hubs as they are planted) and
 * is complete when the generator is done.
 */
export function* syntheticStore(
  options: SyntheticOptions = {},
  truth?: SyntheticTruth,
): Generator<SyntheticBatch> {
  const wanted = options.entities ?? 1_000_000;
  const seed = options.seed ?? 1;
  const batchSize = options.batchSize ?? 20_000;
  const evidence = Object.fromEntries(
    Object.entries(FILES).map(([key, name]) => [key, sha256Hex(name) as EvidenceId]),
  ) as Record<keyof typeof FILES, EvidenceId>;
  const rows: Record<string, number> = {};
  const sourceOf = (file: keyof typeof FILES): SourceRef => {
    rows[file] = (rows[file] ?? 1) + 1;
    return { importId: IMPORT, evidenceId: evidence[file], locator: { row: rows[file] } };
  };
  // Only values several shops share are remembered (a few per operation, the hubs): a shop's own are new ids.
  const shared = new Set<EntityId>();
  let entities = new Map<EntityId, Entity>();
  let links = new Map<string, Link>();
  let emitted = 0;
  let linkCount = 0;
  const entity = (kind: EntityKind, key: readonly string[], values: Values, at: SourceRef): EntityId => {
    const properties = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, [v]]));
    const draft = entityDraft(kind, key, properties);
    if (!entities.has(draft.id)) emitted += 1;
    entities.set(draft.id, mergeEntity(entities.get(draft.id), draft, at, NOW));
    return draft.id;
  };
  const emit: Emitter = {
    entity,
    shared(kind, key, values, at) {
      const id = entityDraft(kind, key, {}).id;
      if (shared.has(id)) return id;
      shared.add(id);
      return entity(kind, key, values, at);
    },
    link(kind, from, to, role, at) {
      const key = `${kind}\u001f${from}\u001f${to}`;
      if (!links.has(key)) linkCount += 1;
      links.set(
        key,
        mergeLink(links.get(key), { kind, from, to, ...(role === undefined ? {} : { role }) }, at, NOW),
      );
    },
  };
  if (truth) {
    truth.hubs.push(
      'email:seller-support@marketplace-service.eu' as EntityId,
      'address:38 avenue john f kennedy l 1855 luxembourg' as EntityId,
      'address:langer kornweg 34 65451 kelsterbach' as EntityId,
    );
    for (const [key, name] of Object.entries(FILES))
      truth.evidenceNames.set(evidence[key as keyof typeof FILES], name);
  }
  for (let shop = 0; emitted < wanted; shop++) {
    const seller = shopRecords(shop, seed, emit, sourceOf);
    partyRecords(shop, seller, seed, emit, sourceOf);
    if (truth && operationOf(shop, seed) !== undefined) {
      if (shop % SHOPS_PER_BLOCK === 0) truth.operations.push([]);
      truth.operations[truth.operations.length - 1]?.push(seller);
    }
    if (entities.size >= batchSize || links.size >= batchSize) {
      yield { entities: [...entities.values()], links: [...links.values()] };
      entities = new Map();
      links = new Map();
    }
  }
  if (entities.size > 0 || links.size > 0)
    yield { entities: [...entities.values()], links: [...links.values()] };
  if (truth) {
    truth.entities = emitted;
    truth.links = linkCount;
  }
}

export function emptyTruth(): SyntheticTruth {
  return { operations: [], hubs: [], entities: 0, links: 0, evidenceNames: new Map() };
}
