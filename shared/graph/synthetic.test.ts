import { describe, expect, it } from 'vitest';
import { syntheticGraph } from './synthetic';

describe('syntheticGraph', () => {
  it('makes exactly the asked nodes and twice as many links, none to a missing entity, none a hub', () => {
    const graph = syntheticGraph(2_000);
    expect(graph.entities).toHaveLength(2_000);
    expect(graph.links).toHaveLength(4_000);
    const ids = new Set(graph.entities.map((entity) => entity.id));
    expect(ids.size).toBe(2_000);
    const degree = new Map<string, number>();
    for (const link of graph.links) {
      expect(ids.has(link.from) && ids.has(link.to)).toBe(true);
      degree.set(link.to, (degree.get(link.to) ?? 0) + 1);
    }
    expect(Math.max(...degree.values())).toBeLessThan(25);
    expect(graph.entities[0]?.sortName).toBe('store 0');
  });

  it('is the same for the same size and seed', () => {
    expect(syntheticGraph(300)).toEqual(syntheticGraph(300));
  });
});
