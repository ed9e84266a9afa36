import { describe, expect, it } from 'vitest';
import { buildGraphIndex, createGraphIndexBuilder } from '../analysis/graphIndex';
import { findNetworks } from '../analysis/networks';
import { shortestPath } from '../analysis/paths';
import { projectAccounts } from '../analysis/projection';
import { DEFAULT_ANALYSIS_SETTINGS } from '../analysis/settings';
import { isEntityKind, isLinkKind, kindOfId, type Entity, type Link } from '../model';
import { emptyTruth, syntheticStore } from './syntheticStore';

function collect(entities: number, seed = 3) {
  const truth = emptyTruth();
  const all: { entities: Entity[]; links: Link[]; batches: number } = { entities: [], links: [], batches: 0 };
  for (const batch of syntheticStore({ entities, seed, batchSize: 500 }, truth)) {
    all.entities.push(...batch.entities);
    all.links.push(...batch.links);
    all.batches += 1;
  }
  return { ...all, truth };
}

describe('synthetic store', () => {
  const store = collect(5_000);

  it('streams valid records in batches: every id by the model’s rules, every record with a source', () => {
    expect(store.batches).toBeGreaterThan(5);
    expect(store.entities.length).toBeGreaterThanOrEqual(5_000);
    expect(store.entities.length).toBeLessThan(5_100);
    expect(new Set(store.entities.map((e) => e.id)).size).toBe(store.entities.length);
    for (const entity of store.entities) {
      expect(isEntityKind(entity.kind)).toBe(true);
      expect(kindOfId(entity.id)).toBe(entity.kind);
      expect(entity.sources.length).toBeGreaterThan(0);
    }
    const ids = new Set(store.entities.map((e) => e.id));
    for (const link of store.links) {
      expect(isLinkKind(link.kind)).toBe(true);
      expect(ids.has(link.from) && ids.has(link.to)).toBe(true);
      expect(link.sources[0]?.locator.row).toBeGreaterThan(1);
    }
    expect(store.truth.entities).toBe(store.entities.length);
    expect(store.truth.links).toBe(store.links.length);
  });

  it('has the proportions of a large investigation: mostly listings and photos, about two links per entity', () => {
    const share = (kind: string) =>
      store.entities.filter((e) => e.kind === kind).length / store.entities.length;
    expect(share('listing')).toBeGreaterThan(0.2);
    expect(share('seller')).toBeGreaterThan(0.03);
    expect(share('shipment')).toBeGreaterThan(0.01);
    expect(share('socialAccount')).toBeGreaterThan(0.01);
    expect(store.links.length / store.entities.length).toBeGreaterThan(1.5);
  });

  it('is the same store for the same seed, and another for another seed', () => {
    const again = collect(2_000);
    const first = collect(2_000);
    expect(again.entities.map((e) => e.id)).toEqual(first.entities.map((e) => e.id));
    expect(collect(2_000, 4).entities.map((e) => e.id)).not.toEqual(first.entities.map((e) => e.id));
  });

  it('plants operations that analysis recovers exactly, and hubs it folds', () => {
    const builder = createGraphIndexBuilder();
    for (const batch of syntheticStore({ entities: 5_000, seed: 3, batchSize: 500 })) {
      builder.addEntities(batch.entities);
      builder.addLinks(batch.links);
    }
    const index = builder.finish();
    expect(index.size).toBe(buildGraphIndex(store.entities, store.links).size);
    const projection = projectAccounts(index, DEFAULT_ANALYSIS_SETTINGS);
    const { networkOf } = findNetworks(projection);
    const networkAt = (id: string) => networkOf[index.indexOf.get(id as never) ?? -1] ?? -1;
    expect(store.truth.operations.length).toBeGreaterThan(3);
    const seen = new Set<number>();
    for (const operation of store.truth.operations) {
      const networks = new Set(operation.map(networkAt));
      expect(networks.size).toBe(1);
      const [network = -1] = networks;
      expect(network).toBeGreaterThanOrEqual(0);
      expect(seen.has(network)).toBe(false);
      seen.add(network);
    }
    const folded = new Set(projection.hubs.map((h) => h.id as string));
    for (const hub of store.truth.hubs) expect(folded.has(hub), hub).toBe(true);
    // A path between two storefronts of one operation names the synthetic file and row.
    const [first, second] = store.truth.operations[0] ?? [];
    const path = shortestPath(index, first ?? ('' as never), second ?? ('' as never), {
      evidenceNames: store.truth.evidenceNames,
      avoid: projection.hubMask,
    });
    expect(path?.explanation[0]).toMatch(/^Both list .+ — from synthetic_sellers\.csv, rows \d+ and \d+$/);
  });

  it('stays compact as it grows: a bounded pair table and about a hundred bytes of arrays per entity', () => {
    // Not a timing (timings belong in the bench): the shapes that make a million entities fit in a worker.
    const index = buildGraphIndex(store.entities, store.links);
    const projection = projectAccounts(index, DEFAULT_ANALYSIS_SETTINGS);
    // Hubs are folded before pairs are made: the support mailbox on hundreds of rows adds no pair at all.
    expect(projection.pairs.size).toBeLessThan(index.size / 4);
    const arrays = [
      index.kinds,
      index.offsets,
      index.adjacent,
      index.adjacentLink,
      index.linkKinds,
      index.linkFrom,
      index.linkTo,
      index.linkRole,
      index.linkEvidence,
      index.linkSheet,
      index.linkPath,
      index.linkRow,
      index.facts.platform,
      index.facts.currency,
      index.facts.brand,
      index.facts.firstDay,
      index.facts.lastDay,
      index.facts.createdDay,
      index.facts.amount,
    ];
    const bytes = arrays.reduce((sum, array) => sum + array.byteLength, 0);
    expect(bytes / index.size).toBeLessThan(160);
  });
});
