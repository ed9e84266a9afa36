/**
 * Runs in the benchmark page: writes the synthetic store into the app's database with Dexie (loaded into the page
 * as its UMD build), batch by batch, and the evidence records its explanations name.
 */
import { emptyTruth, syntheticStore } from '../../shared/bench/syntheticStore';
import { syntheticListings } from '../../shared/bench/syntheticListings';

type TableLike = {
  name: string;
  bulkPut(items: readonly unknown[]): Promise<unknown>;
  clear(): Promise<unknown>;
  count(): Promise<number>;
};
type DexieLike = {
  open(): Promise<unknown>;
  table(name: string): TableLike;
  tables: readonly TableLike[];
  close(): void;
};

export type SeedResult = Readonly<{
  entities: number;
  links: number;
  ms: number;
  /** Storefront ids of the first planted operations, for path queries. */
  operations: readonly (readonly string[])[];
}>;

export async function seed(entities: number, onBatch: (done: number) => void): Promise<SeedResult> {
  const Dexie = (window as unknown as { Dexie: new (name: string) => DexieLike }).Dexie;
  const db = new Dexie('casegraph');
  await db.open();
  const truth = emptyTruth();
  const start = performance.now();
  let done = 0;
  for (const batch of syntheticStore({ entities }, truth)) {
    await db.table('entities').bulkPut(batch.entities);
    await db.table('links').bulkPut(batch.links);
    done += batch.entities.length;
    onBatch(done);
  }
  const now = new Date().toISOString();
  await db.table('evidence').bulkPut(
    [...truth.evidenceNames].map(([id, name]) => ({
      id,
      name,
      otherNames: [],
      mediaType: 'text/csv',
      size: 0,
      importedAt: now,
      capturedBy: 'benchmark',
      importIds: [],
    })),
  );
  db.close();
  return {
    entities: truth.entities,
    links: truth.links,
    ms: performance.now() - start,
    operations: truth.operations.slice(0, 10),
  };
}

/**
 * The explore benchmark's store: `total` listings, written in batches as an import's chunks would be. A seed cut
 * off part way (a session ended during the hour it takes) is carried on: each batch is written in one transaction
 * and the generator is deterministic, so the batches already stored are whole and the same as now; they are
 * generated again but not written. Returns the time this run spent.
 */
export async function seedListings(total: number, onBatch: (done: number) => void): Promise<number> {
  const Dexie = (window as unknown as { Dexie: new (name: string) => DexieLike }).Dexie;
  const db = new Dexie('casegraph');
  await db.open();
  const start = performance.now();
  const stored = await db.table('entities').count();
  let done = 0;
  for (const batch of syntheticListings(total)) {
    if (done + batch.length > stored) await db.table('entities').bulkPut(batch);
    done += batch.length;
    onBatch(done);
  }
  db.close();
  return performance.now() - start;
}

/** A reused profile holds the earlier run's analysis: remove it (and its parts) so the run starts from none. */
export async function forgetAnalysis(): Promise<void> {
  const Dexie = (window as unknown as { Dexie: new (name: string) => DexieLike }).Dexie;
  const db = new Dexie('casegraph');
  await db.open();
  for (const table of db.tables) if (table.name.startsWith('analys')) await table.clear();
  db.close();
}
