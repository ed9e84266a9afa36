/**
 * Whether an account named by an exchange format (FtM `UserAccount.service`, STIX `account_type` / `x_platform`)
 * is a marketplace seller or a social-media account, and the platform name to key it by.
 *
 * The two formats have no notion of "seller": a storefront on Amazon and a profile on Instagram are both a
 * UserAccount / user-account. For Casegraph the difference matters (sellers sell listings, social accounts promote
 * them), and the only hint is the service's name.
 */
// The normalize index exports only the type; the function is the one profile-URL parsing uses.
import { socialPlatform } from '../../normalize/socialPlatform';
import { platformFromFileName } from '../mapping/platformFromName';

/**
 * Marketplaces whose accounts are sellers, as one word each (`Mercado Livre` is read as `mercadolivre`). Matched
 * against whole words of the service name, so `amazon.de` and `Amazon Seller Central` are sellers and `Bolt` is
 * not `bol`.
 */
const MARKETPLACES: ReadonlySet<string> = new Set([
  'alibaba',
  'aliexpress',
  'allegro',
  'amazon',
  'bol',
  'cdiscount',
  'dhgate',
  'ebay',
  'etsy',
  'jd',
  'kaufland',
  'lazada',
  'mercadolibre',
  'mercadolivre',
  'otto',
  'ozon',
  'озон',
  'rakuten',
  'shein',
  'shopee',
  'taobao',
  'temu',
  'tmall',
  'vinted',
  'walmart',
  'wildberries',
  'вайлдберриз',
  'wish',
  'zalando',
]);

/** True when the service names a marketplace, so its accounts are sellers. */
export function isMarketplace(service: string): boolean {
  const words = service
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.some((word, i) => MARKETPLACES.has(word) || MARKETPLACES.has(word + (words[i + 1] ?? '')));
}

/**
 * The platform of a seller, spelled as the CSV import spells it (`eBay.de` -> `ebay.de`, `Mercado Livre` ->
 * `mercadolivre.com.br`), so the platform column of a seller reads the same whichever file it came from.
 */
export function sellerPlatform(service: string): string {
  return platformFromFileName(service.replace(/\s+/g, '')) ?? service.trim().toLowerCase();
}

/**
 * The platform of a social account under the short name the CSV import gives it (`Twitter` -> `x`, `TG` ->
 * `telegram`); a service Casegraph has no name for is kept as written, lower-cased.
 */
export function socialAccountPlatform(service: string): string {
  return socialPlatform(service) ?? service.trim().toLowerCase();
}
