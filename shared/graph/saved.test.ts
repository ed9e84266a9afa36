import { describe, expect, it } from 'vitest';
import { DEFAULT_HUB_THRESHOLD } from './hubs';
import { EMPTY_VIEW } from './model';
import { fromSaved, readSettings, toSaved } from './saved';
import { ids, nodes, opened, phoneNeighbours } from './testChart';
import { reduceView } from './viewState';

function chart() {
  let state = reduceView(EMPTY_VIEW, {
    type: 'open',
    piece: opened,
    keep: [ids.topLager],
    hubThreshold: DEFAULT_HUB_THRESHOLD,
  });
  state = reduceView(state, {
    type: 'expand',
    from: [ids.phone],
    piece: phoneNeighbours,
    hubThreshold: DEFAULT_HUB_THRESHOLD,
  });
  state = reduceView(state, { type: 'hide', ids: [ids.insta] });
  state = reduceView(state, { type: 'move', positions: { [ids.iban]: { x: 321, y: -45 } } });
  state = reduceView(state, { type: 'group', community: 0, grouped: true });
  state = reduceView(state, {
    type: 'filters',
    filters: {
      hiddenKinds: ['listing'],
      hiddenLinkKinds: ['similar'],
      from: '2024-01-01',
      signal: 'underpriced',
    },
  });
  return { ...state, communities: { [ids.topLager]: 0, [ids.phone]: 0 } };
}

describe('saved views', () => {
  it('round-trips a chart through what a case stores', () => {
    const state = chart();
    const saved = JSON.parse(JSON.stringify(toSaved(state))) as ReturnType<typeof toSaved>;
    const piece = { nodes: Object.values(state.nodes), edges: Object.values(state.edges) };
    expect(fromSaved(saved, piece)).toEqual(state);
  });

  it('leaves out what the store no longer has, and links that were not drawn', () => {
    const state = chart();
    const saved = toSaved(state);
    const without = Object.values(state.nodes).filter((node) => node.id !== ids.insta);
    const extraLink = { id: 'sameAs-x', kind: 'sameAs' as const, source: ids.topLager, target: ids.topLagr };
    const restored = fromSaved(saved, { nodes: without, edges: [...Object.values(state.edges), extraLink] });
    expect(restored.nodes[ids.insta]).toBeUndefined();
    expect(restored.hidden).toEqual([]);
    expect(restored.edges['sameAs-x']).toBeUndefined();
    expect(
      Object.values(restored.edges).every((edge) => edge.source !== ids.insta && edge.target !== ids.insta),
    ).toBe(true);
  });

  it('shows the nodes where they were when the settings cannot be read', () => {
    const restored = fromSaved(
      { positions: { [ids.topLager]: { x: 1, y: 2 } }, settings: { version: 99 } },
      { nodes: [nodes.topLager], edges: [] },
    );
    expect(readSettings({ settings: { version: 99 } })).toBeUndefined();
    expect(restored.positions).toEqual({ [ids.topLager]: { x: 1, y: 2 } });
    expect(restored.folded).toEqual([]);
  });
});
