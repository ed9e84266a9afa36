/**
 * Listings, one row at a time. Row `i` is a pure function of the seed, the world's storefronts and `i`, so a
 * benchmark can stream 100,000 rows — or write a 1,000,000-row CSV chunk by chunk — without holding them, and the
 * first `sellers × listingsPerSeller` rows are exactly the rows of the scraped workbook.
 */
import { assertNever } from '../assertNever';
import { buildWorld } from './buildWorld';
import { csvLine, englishNumber, germanNumber } from './csv';
import { randomDay } from './dates';
import { madeUpGtin } from './identifiers/gtin';
import { resolveOptions, type DemoOptions } from './options';
import { createRandom, type Random } from './random';
import { EUR_RATE, MARKETPLACES, type Currency, type MarketplaceId } from './vocab/marketplaces';
import { slugify } from './vocab/people';
import { titleLanguage, type Product } from './vocab/products';
import type { Photo, Storefront, World } from './world';

/** One listing as the brand's scraper recorded it. */
export type ListingRow = Readonly<{
  marketplace: MarketplaceId;
  listingId: string;
  /** As scraped: with the tracking parameters the marketplace added. */
  url: string;
  title: string;
  brand: string;
  model: string;
  /** The EAN from the item specifics; empty when the listing gives none. */
  gtin: string;
  /** As displayed: `71,90 €`, `€ 129.00`, `£89.99`, `R$ 249,90`. */
  price: string;
  /** Empty when the scraper could not tell. */
  currency: string;
  sellerId: string;
  sellerName: string;
  imageFile: string;
  imageSha256: string;
  imagePhash: string;
  rating: number | undefined;
  reviews: number | undefined;
  /** YYYY-MM-DD */
  firstSeen: string;
}>;

export const LISTING_HEADERS = [
  'Marketplace',
  'Listing ID / ASIN',
  'URL',
  'Title',
  'Brand',
  'Model',
  'EAN',
  'Price',
  'Currency',
  'Seller ID',
  'Seller name',
  'Image file',
  'Image SHA-256',
  'Image pHash',
  'Rating',
  'Reviews',
  'First seen',
] as const;

export type ListingRowsOptions = DemoOptions & Readonly<{ rows?: number }>;

/** A listing and what the truth needs to know about it: the photo it shows, the product it offers, its price. */
export type PlannedListing = Readonly<{
  row: ListingRow;
  /** The operation's photo it shows, if any. */
  photo: Photo | undefined;
  /** The genuine product the listing offers (or imitates). */
  product: Product;
  /** The price as a number, in the marketplace's currency (which the row's currency cell may leave out). */
  amount: number;
  currency: Currency;
}>;

function listingId(random: Random, platform: MarketplaceId): string {
  switch (platform) {
    case 'amazon.de':
      return `B0${random.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)}`;
    case 'ebay.de':
    case 'ebay.co.uk':
      return `${random.int(1, 3)}${random.digits(11, true)}`;
    case 'allegro.pl':
      return random.digits(11);
    case 'mercadolivre.com.br':
      return `MLB${random.digits(10)}`;
    default:
      return assertNever(platform, 'marketplace');
  }
}

function listingUrl(random: Random, platform: MarketplaceId, id: string, title: string): string {
  const slug = slugify(title).slice(0, 60);
  switch (platform) {
    case 'amazon.de':
      return `https://www.amazon.de/${slug}/dp/${id}?ref=sr_1_${random.int(1, 48)}&th=1&psc=1&tag=brandscan-21`;
    case 'ebay.de':
    case 'ebay.co.uk':
      return `https://www.${platform}/itm/${id}?hash=item${random.hex(10)}:g:${random.chars('abcdefghijkmnopqrstuvwxyzABCDEFGH', 12)}&_trkparms=amclksrc%3DITM%26aid%3D${random.digits(7)}`;
    case 'allegro.pl':
      return `https://allegro.pl/oferta/${slug}-${id}?bi_s=ads&bi_m=listing:desktop:query&utm_source=google`;
    case 'mercadolivre.com.br':
      return `https://produto.mercadolivre.com.br/MLB-${id.slice(3)}-${slug}-_JM#position=${random.int(1, 50)}&search_layout=stack&type=item&tracking_id=${random.hex(8)}-${random.hex(4)}-${random.hex(4)}-${random.hex(4)}-${random.hex(12)}`;
    default:
      return assertNever(platform, 'marketplace');
  }
}

function imageFile(random: Random, platform: MarketplaceId, photo: Photo | undefined): string {
  if (photo !== undefined && random.chance(0.3)) return `${photo.fileStem}.jpg`;
  switch (platform) {
    case 'amazon.de':
      return `${random.int(61, 91)}${random.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 9)}L._AC_SL1500_.jpg`;
    case 'ebay.de':
    case 'ebay.co.uk':
      // eBay serves every picture as s-l1600.jpg: the file name tells nothing, the hash tells everything.
      return 's-l1600.jpg';
    case 'allegro.pl':
      return `${random.hex(32)}.jpg`;
    case 'mercadolivre.com.br':
      return `D_NQ_NP_2X_${random.digits(6)}-MLB${random.digits(11)}_0${random.int(1, 9)}2026-F.webp`;
    default:
      return assertNever(platform, 'marketplace');
  }
}

function displayPrice(random: Random, platform: MarketplaceId, amount: number): string {
  switch (platform) {
    case 'amazon.de':
      // Most rows were scraped with a German browser, some with an English one.
      return random.chance(0.75) ? `${germanNumber(amount, 2)} €` : `€ ${englishNumber(amount, 2)}`;
    case 'ebay.de':
      return `EUR ${germanNumber(amount, 2)}`;
    case 'ebay.co.uk':
      return `£${englishNumber(amount, 2)}`;
    case 'allegro.pl':
      return `${germanNumber(amount, 2).replace(/\./g, ' ')} zł`;
    case 'mercadolivre.com.br':
      return `R$ ${germanNumber(amount, 2)}`;
    default:
      return assertNever(platform, 'marketplace');
  }
}

/**
 * A price far under the rights holder's is a signal, not a proof: some counterfeits ask nearly full price to pass
 * as genuine, and an honest shop clears old stock at under half. Drawn from a stream of its own, so the usual
 * share and every later value of the listing stay as they are.
 */
function unusualShare(random: Random, counterfeit: boolean): number | undefined {
  if (counterfeit) return random.chance(0.1) ? random.int(70, 95) / 100 : undefined;
  // At most 47 %: shop-like rounding adds under 1 % and must not lift a clearance to the 50 % line.
  return random.chance(0.05) ? random.int(35, 47) / 100 : undefined;
}

/**
 * The EAN a listing shows. Honest listings carry the product's (the scraper misses a few); counterfeits copy the
 * genuine one from the product page, leave it out, or show one bought from a barcode generator.
 */
function listingGtin(random: Random, product: Product, counterfeit: boolean): string {
  if (!counterfeit) return random.chance(0.9) ? product.gtin : '';
  const draw = random.next();
  return draw < 0.55 ? product.gtin : draw < 0.85 ? '' : madeUpGtin(random);
}

/** Round a converted price to a shop-like ending (…,90 / …,99). */
function shopPrice(random: Random, eur: number, currency: Currency): number {
  const local = eur * EUR_RATE[currency];
  return Math.max(1, Math.floor(local)) + random.pick([0.9, 0.99, 0.95, 0]);
}

/** Listing `n` of a storefront. */
export function planListing(world: World, front: Storefront, n: number): PlannedListing {
  const random = createRandom(world.seed, 'listing', front.index, n);
  const market = MARKETPLACES[front.platform];
  const operation = front.operation !== undefined ? world.operations[front.operation] : undefined;
  const photo =
    operation !== undefined && operation.photos.length > 0 ? random.pick(operation.photos) : undefined;
  const product = photo?.product ?? random.pick(front.products);
  const counterfeit = operation !== undefined;
  const title = `${product.titles[titleLanguage(market.language)]}${counterfeit ? random.pick(['', ' NEU', ' Original', ' 2026', ' SALE -70%', ' 1:1']) : ''}`;
  const id = listingId(random, front.platform);
  const usualShare = counterfeit ? random.int(18, 45) / 100 : random.int(85, 100) / 100;
  const eur = product.msrp * (unusualShare(random.fork('price'), counterfeit) ?? usualShare);
  const hasRating = random.chance(0.85);
  const url = listingUrl(random, front.platform, id, title);
  const brand = counterfeit && random.chance(0.4) ? random.pick(product.brandNoise) : product.brand;
  const model = counterfeit && random.chance(0.3) ? `${product.model}-X` : product.model;
  const amount = shopPrice(random, eur, market.currency);
  return {
    photo,
    product,
    amount,
    currency: market.currency,
    row: {
      marketplace: front.platform,
      listingId: id,
      url,
      title,
      brand,
      model,
      gtin: listingGtin(random.fork('gtin'), product, counterfeit),
      price: displayPrice(random, front.platform, amount),
      currency: random.chance(0.15) ? '' : market.currency,
      sellerId: front.sellerId,
      sellerName: front.name,
      imageFile: imageFile(random, front.platform, photo),
      imageSha256: photo?.key ?? random.hex(64),
      imagePhash: photo?.perceptualHash ?? random.hex(16),
      rating: hasRating ? random.int(30, 50) / 10 : undefined,
      reviews: hasRating ? random.skewed(0, 3000) : undefined,
      firstSeen: randomDay(random, '2025-09-01', '2026-03-08'),
    },
  };
}

/** Row `i` of an endless listing table over the world's storefronts (storefront by storefront, then round again). */
export function planListingAt(world: World, i: number, perSeller: number): PlannedListing {
  const per = Math.max(1, perSeller);
  const count = world.storefronts.length;
  const front = world.storefronts[Math.floor(i / per) % count];
  if (front === undefined) throw new Error('The world has no storefronts');
  const round = Math.floor(i / (per * count));
  return planListing(world, front, round * per + (i % per));
}

/**
 * Listing rows for benchmarks: `rows` of them (default `sellers × listingsPerSeller`), produced one at a time.
 * Only the world's storefronts are held in memory, never the rows.
 */
export function* generateListingRows(options: ListingRowsOptions): Generator<ListingRow, void, undefined> {
  const resolved = resolveOptions(options);
  const world = buildWorld(resolved);
  const total = options.rows ?? resolved.sellers * resolved.listingsPerSeller;
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError('rows must be a non-negative integer');
  for (let i = 0; i < total; i++) yield planListingAt(world, i, resolved.listingsPerSeller).row;
}

/** The cells of a row for CSV: numbers in plain JSON form, dates as YYYY-MM-DD. */
export function listingCells(row: ListingRow): string[] {
  return [
    row.marketplace,
    row.listingId,
    row.url,
    row.title,
    row.brand,
    row.model,
    row.gtin,
    row.price,
    row.currency,
    row.sellerId,
    row.sellerName,
    row.imageFile,
    row.imageSha256,
    row.imagePhash,
    row.rating === undefined ? '' : String(row.rating),
    row.reviews === undefined ? '' : String(row.reviews),
    row.firstSeen,
  ];
}

/**
 * The listings as CSV text, chunk by chunk (`chunkRows` rows per chunk, the header in the first), for writing a
 * file of any size with constant memory.
 */
export function* writeListingsCsv(
  options: ListingRowsOptions & Readonly<{ chunkRows?: number }>,
): Generator<string, void, undefined> {
  const chunkRows = Math.max(1, options.chunkRows ?? 2000);
  let chunk = `${csvLine(LISTING_HEADERS, ',')}\n`;
  let inChunk = 0;
  for (const row of generateListingRows(options)) {
    chunk += `${csvLine(listingCells(row), ',')}\n`;
    if (++inChunk === chunkRows) {
      yield chunk;
      chunk = '';
      inChunk = 0;
    }
  }
  if (chunk !== '') yield chunk;
}
