import { describe, expect, it } from 'vitest';
import { computeLayout, FULL_LAYOUT_MAX } from './layout';

/** `operations` clusters of `size` nodes, each a ring with chords, and one tie between neighbouring clusters. */
function clusters(operations: number, size: number) {
  const nodes = [];
  const edges = [];
  for (let o = 0; o < operations; o++) {
    for (let i = 0; i < size; i++) {
      nodes.push({ id: `op${o}-${i}` });
      edges.push({ source: `op${o}-${i}`, target: `op${o}-${(i + 1) % size}` });
      edges.push({ source: `op${o}-${i}`, target: `op${o}-${(i + 3) % size}` });
    }
    if (o > 0) edges.push({ source: `op${o}-0`, target: `op${o - 1}-0` });
  }
  return { nodes, edges };
}

const distance = (a: { x: number; y: number } | undefined, b: { x: number; y: number } | undefined): number =>
  Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0));

describe('computeLayout', () => {
  it('lays out a small chart in one pass and finds its operations as communities', () => {
    const graph = clusters(3, 12);
    const result = computeLayout(graph);
    expect(result.method).toBe('full');
    expect(Object.keys(result.positions)).toHaveLength(36);
    for (const point of Object.values(result.positions))
      expect(Number.isFinite(point.x + point.y)).toBe(true);
    const communities = new Set(Object.values(result.communities));
    expect(communities.size).toBe(3);
    expect(result.communities['op0-4']).toBe(result.communities['op0-9']);
    expect(result.communities['op0-4']).not.toBe(result.communities['op1-4']);
  });

  it('lays out a big chart by levels, each operation together and apart from the others', () => {
    const graph = clusters(30, 20);
    expect(graph.nodes.length).toBeGreaterThan(FULL_LAYOUT_MAX);
    const result = computeLayout(graph);
    expect(result.method).toBe('levels');
    const inside = distance(result.positions['op5-0'], result.positions['op5-10']);
    const across = distance(result.positions['op5-10'], result.positions['op20-10']);
    expect(inside).toBeLessThan(across);
  });

  it('keeps fixed nodes exactly where they are and puts new ones near their neighbours', () => {
    const graph = clusters(2, 10);
    const first = computeLayout(graph);
    const placed = graph.nodes.map((node) => ({ ...node, ...first.positions[node.id], fixed: true }));
    const added = { id: 'new-email' };
    const result = computeLayout({
      nodes: [...placed, added],
      edges: [...graph.edges, { source: 'new-email', target: 'op1-3' }],
    });
    expect(result.method).toBe('incremental');
    for (const node of placed) expect(result.positions[node.id]).toEqual(first.positions[node.id]);
    expect(distance(result.positions['new-email'], result.positions['op1-3'])).toBeLessThan(
      distance(result.positions['new-email'], result.positions['op0-8']) + 1,
    );
  });

  it('gives the same answer for the same chart, and no community to a node with no link', () => {
    const graph = {
      nodes: [{ id: 'a' }, { id: 'b' }, { id: 'lone' }],
      edges: [{ source: 'a', target: 'b' }],
    };
    expect(computeLayout(graph)).toEqual(computeLayout(graph));
    expect(computeLayout(graph).communities['lone']).toBe(-1);
  });
});
