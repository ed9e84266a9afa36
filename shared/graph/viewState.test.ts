import { describe, expect, it } from 'vitest';
import { DEFAULT_HUB_THRESHOLD } from './hubs';
import { EMPTY_VIEW } from './model';
import { edges, ids, nodes, opened, phoneNeighbours } from './testChart';
import {
  applyAction,
  broughtBy,
  redo,
  reduceView,
  refinePresent,
  startHistory,
  undo,
  withLayout,
  type ViewAction,
} from './viewState';

const open: ViewAction = {
  type: 'open',
  piece: opened,
  keep: [ids.topLager],
  hubThreshold: DEFAULT_HUB_THRESHOLD,
};
const expandPhone: ViewAction = {
  type: 'expand',
  from: [ids.phone],
  piece: phoneNeighbours,
  hubThreshold: DEFAULT_HUB_THRESHOLD,
};

describe('the view reducer', () => {
  it('opens on an entity with every node placed and the marketplace support address folded as a hub', () => {
    const state = reduceView(EMPTY_VIEW, open);
    expect(Object.keys(state.nodes).sort()).toEqual([ids.iban, ids.support, ids.phone, ids.topLager].sort());
    expect(Object.keys(state.edges)).toHaveLength(3);
    expect(state.folded).toEqual([ids.support]);
    for (const id of Object.keys(state.nodes)) expect(state.positions[id]).toBeDefined();
  });

  it('never folds the entity the chart was opened on, even a hub', () => {
    const state = reduceView(EMPTY_VIEW, {
      type: 'open',
      piece: {
        nodes: [nodes.support, nodes.topLager, nodes.honest],
        edges: [edges.topLagerSupport, edges.honestSupport],
      },
      keep: [ids.support],
      hubThreshold: DEFAULT_HUB_THRESHOLD,
    });
    expect(state.folded).toEqual([]);
  });

  it('places expanded nodes around the node they came from and remembers it for collapsing', () => {
    const first = reduceView(EMPTY_VIEW, open);
    const state = reduceView(first, expandPhone);
    const phone = state.positions[ids.phone];
    const topLagr = state.positions[ids.topLagr];
    expect(phone && topLagr).toBeTruthy();
    expect(Math.hypot((topLagr?.x ?? 0) - (phone?.x ?? 0), (topLagr?.y ?? 0) - (phone?.y ?? 0))).toBeLessThan(
      200,
    );
    expect(state.expandedFrom[ids.topLagr]).toBe(ids.phone);
    expect(state.expandedFrom[ids.insta]).toBe(ids.phone);
    // the IBAN link between TopLagr and an already drawn node comes along
    expect(state.edges[edges.topLagrIban.id]).toBeDefined();
    expect(state.edges[edges.lookAlike.id]?.score).toBe(0.93);
  });

  it('collapses what an expansion brought, except pinned nodes', () => {
    const expanded = reduceView(reduceView(EMPTY_VIEW, open), expandPhone);
    expect([...broughtBy(expanded, ids.phone)].sort()).toEqual([ids.insta, ids.topLagr].sort());
    const pinned = reduceView(expanded, { type: 'pin', ids: [ids.topLagr], pinned: true });
    const collapsed = reduceView(pinned, { type: 'collapse', id: ids.phone });
    expect(collapsed.nodes[ids.insta]).toBeUndefined();
    expect(collapsed.nodes[ids.topLagr]).toBeDefined();
    expect(collapsed.edges[edges.instaPhone.id]).toBeUndefined();
  });

  it('hides, shows again, folds and unfolds, groups communities', () => {
    let state = reduceView(EMPTY_VIEW, open);
    state = reduceView(state, { type: 'hide', ids: [ids.iban] });
    expect(state.hidden).toEqual([ids.iban]);
    state = reduceView(state, { type: 'showHidden' });
    expect(state.hidden).toEqual([]);
    state = reduceView(state, { type: 'fold', id: ids.support, folded: false });
    expect(state.folded).toEqual([]);
    state = reduceView(state, { type: 'group', community: 2, grouped: true });
    expect(state.grouped).toEqual([2]);
    state = reduceView(state, { type: 'colourBy', colourBy: 'network' });
    expect(state.colourBy).toBe('network');
    expect(reduceView(state, { type: 'colourBy', colourBy: 'network' })).toBe(state);
  });

  it('pins a node the analyst dragged where it was dropped, and a later layout leaves it there', () => {
    let state = reduceView(EMPTY_VIEW, open);
    state = reduceView(state, { type: 'move', positions: { [ids.phone]: { x: 500, y: -20 } } });
    expect(state.pinned).toContain(ids.phone);
    state = withLayout(
      state,
      { [ids.phone]: { x: 0, y: 0 }, [ids.iban]: { x: 10, y: 10 } },
      { [ids.phone]: 0 },
    );
    expect(state.positions[ids.phone]).toEqual({ x: 500, y: -20 });
    expect(state.positions[ids.iban]).toEqual({ x: 10, y: 10 });
    expect(state.communities).toEqual({ [ids.phone]: 0 });
  });
});

describe('undo and redo', () => {
  it('walks back and forth through view changes; layout refinements are not steps', () => {
    let history = applyAction(startHistory(), open);
    history = applyAction(history, expandPhone);
    history = refinePresent(history, (state) => withLayout(state, { [ids.insta]: { x: 1, y: 2 } }));
    history = applyAction(history, { type: 'hide', ids: [ids.insta] });
    expect(history.past).toHaveLength(3);
    history = undo(history);
    expect(history.present.hidden).toEqual([]);
    expect(history.present.positions[ids.insta]).toEqual({ x: 1, y: 2 });
    history = undo(history);
    expect(history.present.nodes[ids.topLagr]).toBeUndefined();
    history = redo(history);
    expect(history.present.nodes[ids.topLagr]).toBeDefined();
    // a new change drops what could be redone
    history = applyAction(history, { type: 'pin', ids: [ids.phone], pinned: true });
    expect(history.future).toEqual([]);
    expect(redo(history)).toBe(history);
    expect(undo(startHistory())).toEqual(startHistory());
  });
});
