/**
 * The few properties link analysis reads, kept column by column so a million entities fit in a Web Worker: dates as
 * day numbers in typed arrays, repeated short values (platform, currency, brand) interned, and long or rare values
 * (titles, SKUs, perceptual hashes) in sparse maps by entity index. Everything else of an entity stays in the store.
 */
import { caption, isIdentifierKind, type Entity, type PropertyValue } from '../model';
import { Growable, StringPool } from './growable';

/** Milliseconds in a day: dates are kept as whole days since 1970-01-01 (UTC), which is all triage needs. */
const DAY_MS = 86_400_000;

export type EntityFacts = Readonly<{
  /** Caption of accounts, listings, shipments, products and addresses; other identifiers are named by their key. */
  captions: ReadonlyMap<number, string>;
  /** Every name an account goes by (storefront and business name, display name and handle, a party's name). */
  names: ReadonlyMap<number, readonly string[]>;
  /** Codes into `pool`, 0 when absent. */
  platform: Uint32Array;
  currency: Uint32Array;
  brand: Uint32Array;
  /** Earliest and latest day the entity was seen (account created, listing first seen/captured, shipped, seized). */
  firstDay: Float64Array;
  lastDay: Float64Array;
  /** An account's creation day, for the young-account signal (NaN when unknown). */
  createdDay: Float64Array;
  /** A listing's price or a product's MSRP (NaN when unknown). */
  amount: Float64Array;
  /** A listing's title or a product's name. */
  title: ReadonlyMap<number, string>;
  /** A listing's SKU (or model number), a product's SKU. */
  sku: ReadonlyMap<number, string>;
  gtin: ReadonlyMap<number, string>;
  perceptualHash: ReadonlyMap<number, string>;
  seizureId: ReadonlyMap<number, string>;
  /** A seller's brands authorized by their rights holders (read by name: the property may not exist in the model). */
  authorizedBrands: ReadonlyMap<number, readonly string[]>;
  pool: StringPool;
}>;

type Props = Readonly<Record<string, readonly PropertyValue[] | undefined>>;

const first = (props: Props, name: string): string | undefined => {
  const value = props[name]?.[0]?.value;
  return value === undefined || String(value).trim() === '' ? undefined : String(value).trim();
};

const all = (props: Props, name: string): string[] =>
  (props[name] ?? []).map((v) => String(v.value).trim()).filter((v) => v !== '');

/** The day number of an ISO date or date-time (its calendar day as written, whatever its offset). */
export function dayOf(iso: string | undefined): number {
  if (iso === undefined) return Number.NaN;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (match === null) return Number.NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/** `YYYY-MM-DD` of a day number, or undefined. */
export function isoDay(day: number): string | undefined {
  return Number.isFinite(day) ? new Date(day * DAY_MS).toISOString().slice(0, 10) : undefined;
}

const NAME_PROPS: Readonly<Record<string, readonly string[]>> = {
  seller: ['storefrontName', 'businessName'],
  socialAccount: ['displayName', 'handle'],
  person: ['name'],
  organization: ['name'],
};

const DATE_PROPS: Readonly<Record<string, readonly string[]>> = {
  seller: ['createdAt'],
  socialAccount: ['createdAt'],
  organization: ['incorporationDate'],
  listing: ['firstSeen', 'capturedAt'],
  shipment: ['shippedAt', 'seizedAt'],
};

export class FactsBuilder {
  private readonly captions = new Map<number, string>();
  private readonly names = new Map<number, readonly string[]>();
  private readonly platform = new Growable(Uint32Array);
  private readonly currency = new Growable(Uint32Array);
  private readonly brand = new Growable(Uint32Array);
  private readonly firstDay = new Growable(Float64Array, Number.NaN);
  private readonly lastDay = new Growable(Float64Array, Number.NaN);
  private readonly createdDay = new Growable(Float64Array, Number.NaN);
  private readonly amount = new Growable(Float64Array, Number.NaN);
  private readonly title = new Map<number, string>();
  private readonly sku = new Map<number, string>();
  private readonly gtin = new Map<number, string>();
  private readonly perceptualHash = new Map<number, string>();
  private readonly seizureId = new Map<number, string>();
  private readonly authorizedBrands = new Map<number, readonly string[]>();
  private readonly pool = new StringPool();

  add(index: number, entity: Entity): void {
    const props = entity.properties as Props;
    const kind = entity.kind;
    // Identifiers are named by their key (derived from the id, so not stored twice), except addresses, whose
    // written form reads better than the key.
    if (!isIdentifierKind(kind) || kind === 'address') this.captions.set(index, caption(entity));
    const nameProps = NAME_PROPS[kind];
    if (nameProps !== undefined) {
      const names = nameProps.flatMap((prop) => all(props, prop));
      if (names.length > 0) this.names.set(index, [...new Set(names)]);
    }
    const platform = first(props, 'platform');
    if (platform !== undefined) this.platform.set(index, this.pool.intern(platform.toLowerCase()));
    // A plain loop: this runs for every entity of the store, and the worker's heap is what limits its size.
    let earliest = Number.POSITIVE_INFINITY;
    let latest = Number.NEGATIVE_INFINITY;
    for (const prop of DATE_PROPS[kind] ?? []) {
      for (const value of props[prop] ?? []) {
        const day = dayOf(String(value.value));
        if (day < earliest) earliest = day;
        if (day > latest) latest = day;
      }
    }
    if (Number.isFinite(earliest)) {
      this.firstDay.set(index, earliest);
      this.lastDay.set(index, latest);
    }
    if (props.createdAt !== undefined) {
      const created = dayOf(first(props, 'createdAt'));
      if (Number.isFinite(created)) this.createdDay.set(index, created);
    }
    if (kind === 'listing' || kind === 'product') this.addCommerce(index, props, kind);
    if (kind === 'image') {
      const hash = first(props, 'perceptualHash')?.toLowerCase();
      if (hash !== undefined && /^[0-9a-f]{16}$/.test(hash)) this.perceptualHash.set(index, hash);
    }
    if (kind === 'shipment') {
      const seizure = first(props, 'seizureId');
      if (seizure !== undefined) this.seizureId.set(index, seizure);
    }
    if (kind === 'seller') {
      const brands = all(props, 'authorizedBrands');
      if (brands.length > 0) this.authorizedBrands.set(index, brands);
    }
  }

  private addCommerce(index: number, props: Props, kind: 'listing' | 'product'): void {
    const amount = Number(props[kind === 'listing' ? 'price' : 'msrp']?.[0]?.value);
    if (Number.isFinite(amount)) this.amount.set(index, amount);
    this.currency.set(index, this.pool.intern(first(props, 'currency')?.toUpperCase()));
    this.brand.set(index, this.pool.intern(first(props, 'brand')));
    const title = first(props, kind === 'listing' ? 'title' : 'name');
    if (title !== undefined) this.title.set(index, title);
    const sku = first(props, 'sku') ?? (kind === 'listing' ? first(props, 'model') : undefined);
    if (sku !== undefined) this.sku.set(index, sku);
    const gtin = first(props, 'gtin');
    if (gtin !== undefined) this.gtin.set(index, gtin);
  }

  finish(size: number): EntityFacts {
    const facts: EntityFacts = {
      captions: this.captions,
      names: this.names,
      platform: this.platform.toArray(size),
      currency: this.currency.toArray(size),
      brand: this.brand.toArray(size),
      firstDay: this.firstDay.toArray(size),
      lastDay: this.lastDay.toArray(size),
      createdDay: this.createdDay.toArray(size),
      amount: this.amount.toArray(size),
      title: this.title,
      sku: this.sku,
      gtin: this.gtin,
      perceptualHash: this.perceptualHash,
      seizureId: this.seizureId,
      authorizedBrands: this.authorizedBrands,
      pool: this.pool,
    };
    for (const column of [
      this.platform,
      this.currency,
      this.brand,
      this.firstDay,
      this.lastDay,
      this.createdDay,
      this.amount,
    ])
      column.release();
    return facts;
  }
}
