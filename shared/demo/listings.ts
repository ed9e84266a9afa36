/**
 * Listings, one row at a time. Row `i` is a pure function of the seed, the world's storefronts and `i`, so a
 * benchmark can stream 100,000 rows — or write a 1,000,000-row CSV chunk by chunk — without holding them, and the
 * first `sellers × listingsPerSeller` rows are exactly the rows of the scraped workbook.
 */
import { assertNever } from '../assertNever';
import { buildWorld } from './buildWorld';
import { csvLine, englishNumber, germanNumber } from './csv';
import { randomDay } from './dates';
import { resolveOptions, type DemoOptions } from './options';
import { createRandom, type Random } from './random';
import { EUR_RATE, MARKETPLACES, type Currency, type MarketplaceId } from './vocab/marketplaces';
import { slugify } from './vocab/people';
import { titleLanguage } from './vocab/products';
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

/** A listing and, when it shows an operation's photo, that photo (for the truth). */
export type PlannedListing = Readonly<{ row: ListingRow; photo: Photo | undefined }>;

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
  const eur = product.msrp * (counterfeit ? random.int(18, 45) / 100 : random.int(85, 100) / 100);
  const hasRating = random.chance(0.85);
  return {
    photo,
    row: {
      marketplace: front.platform,
      listingId: id,
      url: listingUrl(random, front.platform, id, title),
      title,
      brand: counterfeit && random.chance(0.4) ? random.pick(product.brandNoise) : product.brand,
      model: counterfeit && random.chance(0.3) ? `${product.model}-X` : product.model,
      price: displayPrice(random, front.platform, shopPrice(random, eur, market.currency)),
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
