/**
 * The same product photo on listings of different sellers. The same file (SHA-256) is already one image node; a
 * re-encoded or resized copy is another file with a perceptual hash (pHash, 64 bits as 16 hex digits) a few bits
 * away. Either is reported only for sellers not already in one network.
 *
 * Near hashes are found by multi-index hashing: the 64 bits are cut into four 16-bit chunks, and two hashes at most
 * `photoMaxDistance` bits apart agree within ⌊distance / 4⌋ bits on at least one chunk, so each photo probes a few
 * buckets instead of every other photo.
 */
import { CODE, IS_ACCOUNT_CODE, LINK } from '../codes';
import { idAt, type GraphIndex } from '../graphIndex';
import type { Projection } from '../projection';
import { combineIndependent, createPairCollector } from './collect';
import type { Suggestion } from './types';

/** An account that shows a photo, and the listing it shows it on (the account itself for a profile picture). */
type Shown = Readonly<{ account: number; on: number }>;

/** Who shows the photo: sellers of listings that use it, and accounts that use it themselves. */
export function accountsShowing(index: GraphIndex, image: number): Shown[] {
  const shown: Shown[] = [];
  const { offsets, adjacent, adjacentLink, linkKinds, kinds } = index;
  for (let e = offsets[image] ?? 0; e < (offsets[image + 1] ?? 0); e++) {
    const other = adjacent[e] ?? 0;
    if (linkKinds[adjacentLink[e] ?? 0] !== LINK.uses) continue;
    if (IS_ACCOUNT_CODE[kinds[other] ?? 0] === 1) {
      shown.push({ account: other, on: other });
    } else if (kinds[other] === CODE.listing) {
      for (let f = offsets[other] ?? 0; f < (offsets[other + 1] ?? 0); f++) {
        const seller = adjacent[f] ?? 0;
        if (linkKinds[adjacentLink[f] ?? 0] === LINK.sells && IS_ACCOUNT_CODE[kinds[seller] ?? 0] === 1) {
          shown.push({ account: seller, on: other });
        }
      }
    }
  }
  return shown;
}

/** Bits set in a 32-bit integer. */
function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

type Hash = Readonly<{ node: number; high: number; low: number; hex: string }>;

export function hammingDistance(
  a: Readonly<{ high: number; low: number }>,
  b: Readonly<{ high: number; low: number }>,
): number {
  return popcount((a.high ^ b.high) >>> 0) + popcount((a.low ^ b.low) >>> 0);
}

/** The four 16-bit chunks of a hash, high to low. */
function chunksOf(hash: Hash): [number, number, number, number] {
  return [(hash.high >>> 16) & 0xffff, hash.high & 0xffff, (hash.low >>> 16) & 0xffff, hash.low & 0xffff];
}

/** Every 16-bit value within `radius` bits of `value` (radius 0–2 in practice: 1, 17 or 137 values). */
function around(value: number, radius: number, from = 0, out: number[] = [value]): number[] {
  if (radius === 0) return out;
  for (let bit = from; bit < 16; bit++) {
    const flipped = value ^ (1 << bit);
    out.push(flipped);
    around(flipped, radius - 1, bit + 1, out);
  }
  return out;
}

/**
 * Photos by the value of each chunk, as CSR over the 65,536 possible values (counting sort, no hash maps): the
 * photos whose chunk `c` has value `v` are `items[offsets[c * 65537 + v] .. offsets[c * 65537 + v + 1]]`.
 */
function chunkTables(chunks: Uint16Array, count: number): { offsets: Uint32Array; items: Uint32Array } {
  const offsets = new Uint32Array(4 * 65_537);
  const items = new Uint32Array(4 * count);
  for (let c = 0; c < 4; c++) {
    const base = c * 65_537;
    for (let i = 0; i < count; i++) {
      const at = base + (chunks[i * 4 + c] ?? 0) + 1;
      offsets[at] = (offsets[at] ?? 0) + 1;
    }
    offsets[base] = c * count;
    for (let v = 0; v < 65_536; v++)
      offsets[base + v + 1] = (offsets[base + v + 1] ?? 0) + (offsets[base + v] ?? 0);
    const fill = offsets.slice(base, base + 65_536);
    for (let i = 0; i < count; i++) {
      const value = chunks[i * 4 + c] ?? 0;
      items[fill[value] ?? 0] = i;
      fill[value] = (fill[value] ?? 0) + 1;
    }
  }
  return { offsets, items };
}

/** Pairs of distinct photos at most `maxDistance` bits apart, with their distance. */
export function nearPhotoPairs(
  hashes: readonly Hash[],
  maxDistance: number,
  maxBlock: number,
): [number, number, number][] {
  const radius = Math.floor(maxDistance / 4);
  const count = hashes.length;
  const chunks = new Uint16Array(count * 4);
  const highs = new Int32Array(count);
  const lows = new Int32Array(count);
  hashes.forEach((hash, i) => {
    chunks.set(chunksOf(hash), i * 4);
    highs[i] = hash.high;
    lows[i] = hash.low;
  });
  const { offsets, items } = chunkTables(chunks, count);
  // The flips of a chunk value, as XOR masks: probing `value ^ mask` for each covers every value within `radius`.
  const masks = Int32Array.from(around(0, radius));
  const pairs: [number, number, number][] = [];
  const seen = new Int32Array(count).fill(-1);
  for (let i = 0; i < count; i++) {
    const high = highs[i] ?? 0;
    const low = lows[i] ?? 0;
    for (let c = 0; c < 4; c++) {
      const base = c * 65_537;
      const value = chunks[i * 4 + c] ?? 0;
      for (let m = 0; m < masks.length; m++) {
        const probe = base + (value ^ (masks[m] ?? 0));
        const start = offsets[probe] ?? 0;
        const end = offsets[probe + 1] ?? 0;
        if (end - start > maxBlock) continue;
        // Buckets list photos in increasing order: walking down from the end stops at the first one not after `i`.
        for (let at = end - 1; at >= start; at--) {
          const j = items[at] ?? 0;
          if (j <= i) break;
          if (seen[j] === i) continue;
          seen[j] = i;
          const distance = popcount((high ^ (highs[j] ?? 0)) >>> 0) + popcount((low ^ (lows[j] ?? 0)) >>> 0);
          if (distance <= maxDistance) pairs.push([i, j, distance]);
        }
      }
    }
  }
  return pairs;
}

export function suggestPhotos(projection: Projection, networkOf: Int32Array): Suggestion[] {
  const { index, settings } = projection;
  const collector = createPairCollector(index, 'photo', networkOf);
  // One listing per account is enough to show it; counting every listing would count one photo many times. A
  // photo shown by more accounts than a hub has is a stock or catalogue picture and says nothing.
  const showing = (image: number): Shown[] => {
    const byAccount = new Map<number, Shown>();
    for (const shown of accountsShowing(index, image))
      if (!byAccount.has(shown.account)) byAccount.set(shown.account, shown);
    return byAccount.size > settings.hubThreshold ? [] : [...byAccount.values()];
  };
  const pair = (x: Shown, y: Shown, score: number, detail: string): void => {
    if (x.account !== y.account)
      collector.add(x.account, y.account, score, { a: idAt(index, x.on), b: idAt(index, y.on), detail });
  };
  for (let image = 0; image < index.size; image++) {
    // Most photos are on one shop's listings only: a cheap look at the neighbours first.
    if (index.kinds[image] !== CODE.image || !twoAccountsMayShow(index, image)) continue;
    const list = showing(image);
    const detail = `the same photo file (SHA-256 ${idAt(index, image).slice(6, 18)}…)`;
    list.forEach((x, i) => {
      for (const y of list.slice(i + 1)) pair(x, y, 0.85, detail);
    });
  }
  const hashes: Hash[] = [...index.facts.perceptualHash].map(([node, hex]) => ({
    node,
    hex,
    high: Number.parseInt(hex.slice(0, 8), 16) | 0,
    low: Number.parseInt(hex.slice(8), 16) | 0,
  }));
  const near = nearPhotoPairs(
    hashes,
    settings.suggestions.photoMaxDistance,
    settings.suggestions.maxBlockSize,
  );
  for (const [i, j, distance] of near) {
    const first = hashes[i];
    const second = hashes[j];
    if (!first || !second) continue;
    const detail = `photos ${distance} bit${distance === 1 ? '' : 's'} apart (pHash ${first.hex} and ${second.hex})`;
    for (const x of showing(first.node))
      for (const y of showing(second.node)) pair(x, y, 0.8 - 0.04 * distance, detail);
  }
  return collector.finish(
    (scores) => combineIndependent(scores, 0.95),
    (entry) =>
      `${entry.count} product photo${entry.count === 1 ? '' : 's'} reused across both sellers: ${entry.evidence[0]?.detail ?? ''}`,
  );
}

/** False when every listing showing the photo is sold by one and the same account (the common case). */
function twoAccountsMayShow(index: GraphIndex, image: number): boolean {
  const { offsets, adjacent, adjacentLink, linkKinds, kinds } = index;
  let only = -1;
  for (let e = offsets[image] ?? 0; e < (offsets[image + 1] ?? 0); e++) {
    if (linkKinds[adjacentLink[e] ?? 0] !== LINK.uses) continue;
    const other = adjacent[e] ?? 0;
    if (IS_ACCOUNT_CODE[kinds[other] ?? 0] === 1) {
      if (only !== -1 && only !== other) return true;
      only = other;
      continue;
    }
    if (kinds[other] !== CODE.listing) continue;
    for (let f = offsets[other] ?? 0; f < (offsets[other + 1] ?? 0); f++) {
      const seller = adjacent[f] ?? 0;
      if (linkKinds[adjacentLink[f] ?? 0] !== LINK.sells || IS_ACCOUNT_CODE[kinds[seller] ?? 0] !== 1)
        continue;
      if (only !== -1 && only !== seller) return true;
      only = seller;
    }
  }
  return false;
}
