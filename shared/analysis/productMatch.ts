/**
 * Which genuine product a listing offers, so its price can be held against the rights holder's: by GTIN, else by
 * brand and SKU (or model number), else by brand and the product's name appearing in the listing's title. Keys are
 * folded (case, accents, punctuation, ® and ™, look-alike letters) because a scrape writes `Nordvik®` or `N0RDVIK`
 * where the catalogue says `NORDVIK`.
 */
import { stripDiacritics } from '../normalize/diacritics';
import { foldHomoglyphs } from '../normalize/homoglyphs';
import { CODE } from './codes';
import type { GraphIndex } from './graphIndex';

/** A brand, SKU or name as a comparison key. */
export function foldKey(text: string): string {
  return stripDiacritics(text.toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A brand as a comparison key, look-alike letters folded: a listing that claims `Aurel1o` or `NІKE` (Cyrillic І)
 * trades on the brand as much as one that writes it right.
 */
export function brandKey(text: string): string {
  return foldHomoglyphs(foldKey(text)).replace(/\s+/g, '');
}

/** GTIN-8/12/13/14 compare as 14 digits (a GTIN-13 is a GTIN-14 with a leading 0). */
export function gtinKey(text: string): string | undefined {
  const digits = text.replace(/\D/g, '');
  return digits.length >= 8 && digits.length <= 14 ? digits.padStart(14, '0') : undefined;
}

export type ProductMatch = Readonly<{ product: number; by: 'GTIN' | 'brand and SKU' | 'brand and name' }>;

export type ProductMatcher = (listing: number) => ProductMatch | undefined;

/**
 * The keys a brand is known by: whole (`Nord Vik` is `Nordvik`), and its first word, because listings write the
 * brand with its product line (`Velora Milano`) or without the rights holder's suffix (`Kestrel` for `Kestrel Audio`).
 */
function brandKeys(text: string): string[] {
  const whole = brandKey(text);
  const head = brandKey(foldKey(text).split(' ')[0] ?? '');
  return whole === '' ? [] : whole === head ? [whole] : [whole, head];
}

/** The SKU and its shorter forms: a listing's `VL-MT-001-X` is the catalogue's `VL-MT-001` with a variant suffix. */
function skuForms(text: string): string[] {
  const words = foldKey(text)
    .split(' ')
    .filter((w) => w !== '');
  const forms: string[] = [];
  for (let n = words.length; n >= Math.min(2, words.length) && n > 0; n--)
    forms.push(words.slice(0, n).join(' '));
  return forms;
}

export function createProductMatcher(index: GraphIndex): ProductMatcher {
  const { facts } = index;
  // Brands are pooled: fold each distinct one once, not once per listing.
  const keysByCode = new Map<number, string[]>();
  const brandsOf = (node: number): string[] => {
    const code = facts.brand[node] ?? 0;
    let keys = keysByCode.get(code);
    if (!keys) {
      keys = brandKeys(facts.pool.get(code) ?? '');
      keysByCode.set(code, keys);
    }
    return keys;
  };
  const byGtin = new Map<string, number>();
  const bySku = new Map<string, number>();
  const byName = new Map<string, { product: number; words: readonly string[] }[]>();
  for (let node = 0; node < index.size; node++) {
    if (index.kinds[node] !== CODE.product) continue;
    const gtin = gtinKey(facts.gtin.get(node) ?? '');
    if (gtin !== undefined && !byGtin.has(gtin)) byGtin.set(gtin, node);
    const sku = foldKey(facts.sku.get(node) ?? '');
    const brandWords = new Set(
      foldKey(facts.pool.get(facts.brand[node] ?? 0) ?? '')
        .split(' ')
        .map(brandKey),
    );
    const words = foldKey(facts.title.get(node) ?? '')
      .split(' ')
      .filter((w) => w !== '' && !brandWords.has(brandKey(w)));
    for (const brand of brandsOf(node)) {
      if (sku !== '' && !bySku.has(`${brand}|${sku}`)) bySku.set(`${brand}|${sku}`, node);
      if (words.length > 0) byName.set(brand, [...(byName.get(brand) ?? []), { product: node, words }]);
    }
  }
  if (byGtin.size === 0 && bySku.size === 0 && byName.size === 0) return () => undefined;
  return (listing) => {
    const gtin = gtinKey(facts.gtin.get(listing) ?? '');
    const viaGtin = gtin === undefined ? undefined : byGtin.get(gtin);
    if (viaGtin !== undefined) return { product: viaGtin, by: 'GTIN' };
    const brands = brandsOf(listing);
    for (const sku of skuForms(facts.sku.get(listing) ?? '')) {
      for (const brand of brands) {
        const viaSku = bySku.get(`${brand}|${sku}`);
        if (viaSku !== undefined) return { product: viaSku, by: 'brand and SKU' };
      }
    }
    const title = new Set(foldKey(facts.title.get(listing) ?? '').split(' '));
    // The most specific product whose every name word is in the title: "Trail Softshell" beats "Softshell".
    let best: { product: number; words: readonly string[] } | undefined;
    for (const candidate of brands.flatMap((brand) => byName.get(brand) ?? [])) {
      if (candidate.words.every((w) => title.has(w)) && candidate.words.length > (best?.words.length ?? 0))
        best = candidate;
    }
    return best === undefined ? undefined : { product: best.product, by: 'brand and name' };
  };
}
