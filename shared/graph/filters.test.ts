import { describe, expect, it } from 'vitest';
import { DEFAULT_HUB_THRESHOLD } from './hubs';
import { dateBounds, drawnDegrees, searchChart, selectByDegree, visibleElements } from './filters';
import { EMPTY_VIEW, type ViewState } from './model';
import { edges, ids, opened, phoneNeighbours } from './testChart';
import { reduceView } from './viewState';

function chart(): ViewState {
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
  return {
    ...state,
    communities: { [ids.topLager]: 0, [ids.topLagr]: 0, [ids.phone]: 0, [ids.iban]: 0, [ids.insta]: 1 },
  };
}

describe('what is drawn', () => {
  it('draws a folded hub as a badge without its links', () => {
    const visible = visibleElements(chart());
    expect(visible.nodes.has(ids.support)).toBe(true);
    expect(visible.edges.has(edges.topLagerSupport.id)).toBe(false);
    expect(visible.edges.has(edges.topLagerPhone.id)).toBe(true);
  });

  it('filters by kind and link kind; identifiers left with nothing to tie go too', () => {
    const state = chart();
    const noSellers = visibleElements({ ...state, filters: { ...state.filters, hiddenKinds: ['seller'] } });
    expect(noSellers.nodes.has(ids.topLager)).toBe(false);
    expect(noSellers.nodes.has(ids.phone)).toBe(true); // the Instagram bio still mentions it
    expect(noSellers.nodes.has(ids.iban)).toBe(false);
    const noMentions = visibleElements({
      ...state,
      filters: { ...state.filters, hiddenLinkKinds: ['mentions'] },
    });
    expect(noMentions.edges.has(edges.instaPhone.id)).toBe(false);
  });

  it('filters by date range, keeping undated identifiers that still tie dated accounts', () => {
    const state = chart();
    const visible = visibleElements({
      ...state,
      filters: { ...state.filters, from: '2025-01-01', to: '2025-12-31' },
    });
    expect(visible.nodes.has(ids.topLager)).toBe(true); // active until mid-2025
    expect(visible.nodes.has(ids.topLagr)).toBe(true);
    expect(visible.nodes.has(ids.insta)).toBe(false); // seen once, in 2024
    expect(visible.nodes.has(ids.phone)).toBe(true);
    expect(dateBounds(state)).toEqual({ from: '2024-03-02', to: '2025-09-01' });
  });

  it('filters by community and by signal', () => {
    const state = chart();
    const community = visibleElements({ ...state, filters: { ...state.filters, community: 0 } });
    expect(community.nodes.has(ids.insta)).toBe(false);
    expect(community.nodes.has(ids.topLagr)).toBe(true);
    const signal = visibleElements({ ...state, filters: { ...state.filters, signal: 'underpriced' } });
    // the accounts carrying it and what they list; a folded hub ties nothing, so it is not kept
    expect([...signal.nodes].sort()).toEqual([ids.topLager, ids.phone, ids.iban].sort());
  });

  it('filters by a network of the latest analysis, keeping the identifiers its accounts are drawn linked to', () => {
    const base = chart();
    const inNetwork = (id: string) =>
      id === ids.topLager || id === ids.topLagr ? { network: 'net-0f3a9c2be1d44a70' } : {};
    const state = {
      ...base,
      nodes: Object.fromEntries(
        Object.entries(base.nodes).map(([id, node]) => [id, { ...node, ...inNetwork(id) }]),
      ),
    };
    const visible = visibleElements({
      ...state,
      filters: { ...state.filters, network: 'net-0f3a9c2be1d44a70' },
    });
    expect([...visible.nodes].sort()).toEqual([ids.topLager, ids.topLagr, ids.phone, ids.iban].sort());
  });

  it('selects by drawn degree and searches labels regardless of case and accents', () => {
    const state = chart();
    const visible = visibleElements(state);
    expect(drawnDegrees(state, visible).get(ids.phone)).toBe(3);
    expect(selectByDegree(state, visible, 3).sort()).toEqual([ids.phone, ids.topLagr, ids.topLager].sort());
    expect(searchChart(state, visible, 'TOPLAGR')).toEqual([ids.topLagr]);
    expect(searchChart(state, visible, 'top outlet').sort()).toEqual([ids.topLager, ids.topLagr].sort());
    expect(searchChart(state, visible, '  ')).toEqual([]);
  });
});
