/**
 * Near-duplicate listing text lifted to the sellers that list it: operations copy their titles from storefront to
 * storefront, typos and all. Titles become sets of character 4-grams; MinHash signatures (32 hashes) and
 * locality-sensitive hashing (8 bands of 4) make similar titles meet in a bucket, and only those candidates are
 * compared exactly (Jaccard ≥ `textMinSimilarity`). Buckets larger than `maxBlockSize` are skipped, and so is a
 * text that more than `textMaxSellers` sellers share: that is the product's name, not a copy.
 *
 * One shared title says little (templates are common), so a single pair stays under the default minimum score;
 * several copied listings between two sellers add up.
 */
import { stripDiacritics } from '../../normalize/diacritics';
import { CODE, IS_ACCOUNT_CODE, LINK } from '../codes';
import { idAt, type GraphIndex } from '../graphIndex';
import type { Projection } from '../projection';
import { combineIndependent, createPairCollector } from './collect';
import type { Suggestion } from './types';

const HASHES = 32;
const BANDS = 8;
const ROWS = HASHES / BANDS;
const SHINGLE = 4;

/** FNV-1a over a string: 32 bits, fast, deterministic everywhere. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** A title folded for comparison: case, accents and punctuation set aside. */
function fold(title: string): string {
  return stripDiacritics(title.toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Distinct character 4-grams of the title, folded, as sorted hashes. */
export function shingles(title: string): Uint32Array {
  const text = fold(title);
  if (text.length < SHINGLE) return new Uint32Array(0);
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE <= text.length; i++) set.add(fnv1a(text.slice(i, i + SHINGLE)));
  return Uint32Array.from(set).sort();
}

export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      both += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  const union = a.length + b.length - both;
  return union === 0 ? 0 : both / union;
}

/** Fixed odd multipliers and offsets for the hash family (from a seeded generator, so runs agree). */
const FAMILY: readonly (readonly [number, number])[] = Array.from({ length: HASHES }, (_, i) => [
  (fnv1a(`a${i}`) | 1) >>> 0,
  fnv1a(`b${i}`),
]);

function signature(set: Uint32Array, out: Uint32Array, at: number): void {
  for (let h = 0; h < HASHES; h++) {
    const [a, b] = FAMILY[h] ?? [1, 0];
    let min = 0xffffffff;
    for (const x of set) {
      const v = (Math.imul(a, x) + b) >>> 0;
      if (v < min) min = v;
    }
    out[at + h] = min;
  }
}

function sellersOf(index: GraphIndex, listing: number): number[] {
  const sellers: number[] = [];
  for (let e = index.offsets[listing] ?? 0; e < (index.offsets[listing + 1] ?? 0); e++) {
    const other = index.adjacent[e] ?? 0;
    if (
      index.linkKinds[index.adjacentLink[e] ?? 0] === LINK.sells &&
      IS_ACCOUNT_CODE[index.kinds[other] ?? 0] === 1
    )
      sellers.push(other);
  }
  return sellers;
}

/** One distinct text (folded), the listings that carry it and their sellers. */
type Text = { text: string; listings: number[]; sellers: Set<number> };

/** Listings grouped by their folded title: a title repeated on a thousand listings is compared once. */
function textsOf(index: GraphIndex): Text[] {
  const byText = new Map<string, Text>();
  for (const [node, title] of index.facts.title) {
    if (index.kinds[node] !== CODE.listing) continue;
    const text = fold(title);
    let entry = byText.get(text);
    if (!entry) {
      entry = { text, listings: [], sellers: new Set() };
      byText.set(text, entry);
    }
    entry.listings.push(node);
    for (const seller of sellersOf(index, node)) entry.sellers.add(seller);
  }
  return [...byText.values()];
}

/** Near-identical pairs of distinct texts, found through LSH buckets and checked by exact Jaccard. */
function nearTexts(sets: readonly Uint32Array[], min: number, maxBlock: number): [number, number, number][] {
  const signatures = new Uint32Array(sets.length * HASHES);
  sets.forEach((set, i) => signature(set, signatures, i * HASHES));
  // One map for all bands: band b's key lives at b * 2^32 + key.
  const buckets = new Map<number, number[]>();
  const bandKey = (i: number, band: number): number => {
    let key = 0x811c9dc5;
    for (let r = 0; r < ROWS; r++)
      key = Math.imul(key ^ (signatures[i * HASHES + band * ROWS + r] ?? 0), 0x01000193);
    return band * 4294967296 + (key >>> 0);
  };
  for (let i = 0; i < sets.length; i++) {
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(i, band);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
  }
  const near: [number, number, number][] = [];
  const seen = new Int32Array(sets.length).fill(-1);
  for (let i = 0; i < sets.length; i++) {
    for (let band = 0; band < BANDS; band++) {
      const bucket = buckets.get(bandKey(i, band));
      if (!bucket || bucket.length > maxBlock) continue;
      for (const j of bucket) {
        if (j <= i || seen[j] === i) continue;
        seen[j] = i;
        const similarity = jaccard(sets[i] ?? new Uint32Array(0), sets[j] ?? new Uint32Array(0));
        if (similarity >= min) near.push([i, j, similarity]);
      }
    }
  }
  return near;
}

export function suggestListingText(projection: Projection, networkOf: Int32Array): Suggestion[] {
  const { index, settings } = projection;
  const maxSellers = settings.suggestions.textMaxSellers;
  const min = settings.suggestions.textMinSimilarity;
  // A text already on the listings of more sellers than allowed is a product name: left out before any comparison.
  const texts = textsOf(index).filter((t) => t.sellers.size <= maxSellers && t.text.length >= SHINGLE);
  const sets = texts.map((t) => shingles(t.text));
  const near = nearTexts(sets, min, settings.suggestions.maxBlockSize);
  // How many sellers carry each text or one near it: over the limit, it is a product name after all.
  const reach = texts.map((t) => new Set(t.sellers));
  for (const [i, j] of near) {
    for (const seller of texts[j]?.sellers ?? []) reach[i]?.add(seller);
    for (const seller of texts[i]?.sellers ?? []) reach[j]?.add(seller);
  }
  const rare = (i: number): boolean => (reach[i]?.size ?? Infinity) <= maxSellers;
  const collector = createPairCollector(index, 'listingText', networkOf);
  const lift = (i: number, j: number, similarity: number): void => {
    const first = texts[i];
    const second = texts[j];
    if (!first || !second) return;
    // 0.25 for a title just at the threshold, 0.45 for an identical one: one copy alone stays a hint.
    const score = 0.25 + (0.2 * (similarity - min)) / Math.max(1e-9, 1 - min);
    const a = first.listings[0] ?? 0;
    const b = second.listings[0] ?? 0;
    const detail = `"${index.facts.title.get(a) ?? ''}" and "${index.facts.title.get(b) ?? ''}" (${Math.round(similarity * 100)} % alike)`;
    // One piece of evidence per text and pair of sellers: four copies of one title on each side are not sixteen.
    const pairs = new Set<string>();
    for (const x of first.listings) {
      for (const y of second.listings) {
        for (const sx of sellersOf(index, x)) {
          for (const sy of sellersOf(index, y)) {
            const key = sx < sy ? `${sx},${sy}` : `${sy},${sx}`;
            if (sx === sy || pairs.has(key)) continue;
            pairs.add(key);
            collector.add(sx, sy, score, { a: idAt(index, x), b: idAt(index, y), detail });
          }
        }
      }
    }
  };
  texts.forEach((text, i) => {
    if (text.sellers.size > 1 && rare(i)) lift(i, i, 1);
  });
  for (const [i, j, similarity] of near) if (rare(i) && rare(j)) lift(i, j, similarity);
  return collector.finish(
    (scores) => combineIndependent(scores, 0.9),
    (entry) =>
      `${entry.count} listing text${entry.count === 1 ? '' : 's'} near-identical on both storefronts, e.g. ${entry.evidence[0]?.detail ?? ''}`,
  );
}
