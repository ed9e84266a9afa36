/**
 * Seeded profiles kept between benchmark runs (`--keep-profiles DIR`). Writing a million generated records to an
 * on-disk IndexedDB takes one to two hours on these machines; the measurements after it take minutes. A profile is
 * reused only when it was seeded to the end with the same generator code and the same size: the marker is written
 * after the last batch, and its key hashes the generator's first batch and the size. (It once hashed the bundled
 * seed code, which changed with any edit to a module the bundle happened to include, and threw away two hours
 * of seeding for an unrelated change.) The generators are deterministic and number their records from the
 * start, so a change to what they write shows in the first batch. A newer schema is not a reason to seed again: the app upgrades the
 * kept store when it opens it, as it upgrades a user's.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MARKER = 'casegraph-seed.json';

/** `firstBatch`: what the generator yields first, for this size. */
export function seedKey(firstBatch: unknown, size: number): string {
  return createHash('sha256').update(JSON.stringify(firstBatch)).update(String(size)).digest('hex');
}

/** What the earlier run's seeding returned, when `profileDir` holds a finished seed for `key`. */
export function reusableSeed(profileDir: string, key: string): unknown {
  const file = join(profileDir, MARKER);
  if (!existsSync(file)) return undefined;
  const marker = JSON.parse(readFileSync(file, 'utf8')) as { key: string; result: unknown };
  return marker.key === key ? marker.result : undefined;
}

export function rememberSeed(profileDir: string, key: string, result: unknown): void {
  writeFileSync(join(profileDir, MARKER), JSON.stringify({ key, result }));
}
