/**
 * Near-identical account and business names: `Nordlicht Vertriebs GmbH` and `NORDLICHT VERTRIEBS`, `NlKE Outlet`
 * and `N1KE Outlet` (look-alike letters), `Top Lager Store` and `top_lager_store`. Names are compared on their
 * comparison key (normalizeName: case, accents, legal forms) and on its look-alike skeleton (foldHomoglyphs), and
 * within one edit of each other.
 *
 * Blocking: a name is only compared with names that share its skeleton, its first four or its last four letters
 * (one edit cannot change both ends of a name of eight letters or more), and a block shared by more than
 * `maxBlockSize` names is skipped as generic. Nothing is compared with everything.
 */
import { foldHomoglyphs, normalizeName } from '../../normalize';
import { idAt } from '../graphIndex';
import type { Projection } from '../projection';
import { createPairCollector } from './collect';
import type { Suggestion } from './types';

type NameEntry = Readonly<{ account: number; name: string; key: string; skeleton: string }>;

/**
 * True when `a` and `b` differ by exactly one edit and that edit is a number (`Trend Shop 24`, `Trend Shop 25`;
 * `c/o 1012`, `c/o 2012`): branch numbers and parcel references, not look-alikes.
 */
export function differsOnlyInADigit(a: string, b: string): boolean {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const changed = a.slice(start, endA) + b.slice(start, endB);
  return (
    changed !== '' &&
    /^\d+$/.test(changed) &&
    a.slice(start, endA).length <= 1 &&
    b.slice(start, endB).length <= 1
  );
}

/** True when `a` becomes `b` with at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** The look-alike skeleton of a name key, without spaces: `top lager` and `toplager` are one storefront name. */
export function nameSkeleton(key: string): string {
  return foldHomoglyphs(key).replace(/[^\p{L}\p{N}]/gu, '');
}

function entriesOf(projection: Projection): NameEntry[] {
  const { index, settings } = projection;
  const entries: NameEntry[] = [];
  for (const [account, names] of index.facts.names) {
    for (const name of names) {
      const normalized = normalizeName(name);
      if (!normalized.ok) continue;
      const skeleton = nameSkeleton(normalized.value);
      if (skeleton.length < settings.suggestions.nameMinLength) continue;
      entries.push({ account, name, key: normalized.value, skeleton });
    }
  }
  return entries;
}

function blocksOf(entries: readonly NameEntry[]): Map<string, number[]> {
  const blocks = new Map<string, number[]>();
  const put = (key: string, entry: number): void => {
    const list = blocks.get(key);
    if (list) list.push(entry);
    else blocks.set(key, [entry]);
  };
  entries.forEach((entry, i) => {
    const { skeleton } = entry;
    put(`=${skeleton}`, i);
    if (skeleton.length < 8) return;
    // Two names one edit apart, of lengths L and L + 1, share their first or their last ⌊L/2⌋ letters (capped at
    // six): each name offers the keys for its own length and the one below, so the pair always meets.
    for (const half of new Set([Math.floor((skeleton.length - 1) / 2), Math.floor(skeleton.length / 2)])) {
      const k = Math.min(6, half);
      put(`<${k}${skeleton.slice(0, k)}`, i);
      put(`>${k}${skeleton.slice(-k)}`, i);
    }
  });
  return blocks;
}

export function suggestNames(projection: Projection, networkOf: Int32Array): Suggestion[] {
  const { index, settings } = projection;
  const entries = entriesOf(projection);
  const collector = createPairCollector(index, 'name', networkOf);
  const compared = new Set<string>();
  for (const block of blocksOf(entries).values()) {
    if (block.length < 2 || block.length > settings.suggestions.maxBlockSize) continue;
    for (let x = 0; x < block.length; x++) {
      for (let y = x + 1; y < block.length; y++) {
        const i = block[x] ?? 0;
        const j = block[y] ?? 0;
        const first = entries[i];
        const second = entries[j];
        if (!first || !second || first.account === second.account) continue;
        const seen = i < j ? `${i},${j}` : `${j},${i}`;
        if (compared.has(seen)) continue;
        compared.add(seen);
        const match =
          first.key === second.key
            ? { score: 0.9, how: 'the same name once case, accents and legal forms are set aside' }
            : first.skeleton === second.skeleton
              ? {
                  score: 0.85,
                  how: 'the same once look-alike letters (l, 1, I, Cyrillic and Greek letters) are folded',
                }
              : withinOneEdit(first.skeleton, second.skeleton) && !differsOnlyInADigit(first.key, second.key)
                ? { score: 0.7, how: 'one letter apart' }
                : undefined;
        if (!match) continue;
        collector.add(first.account, second.account, match.score, {
          a: idAt(index, first.account),
          b: idAt(index, second.account),
          detail: `"${first.name}" and "${second.name}": ${match.how}`,
        });
      }
    }
  }
  return collector.finish(
    (scores) => Math.max(...scores),
    (entry) => `Near-identical names: ${entry.evidence[0]?.detail ?? ''}`,
  );
}
