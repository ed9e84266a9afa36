/** A new, empty database per test, on fake-indexeddb in Node. */
import 'fake-indexeddb/auto';
import { CasegraphDb } from '../db';
import type { SchemaVersion } from '../schema';

let counter = 0;

export function freshDb(
  versions?: readonly SchemaVersion[],
  name = `casegraph-test-${++counter}`,
): CasegraphDb {
  return versions ? new CasegraphDb(name, versions) : new CasegraphDb(name);
}
