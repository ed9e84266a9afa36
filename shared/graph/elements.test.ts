import { describe, expect, it } from 'vitest';
import { elementMapper, forCytoscape, groupId, toCyElements } from './elements';
import { visibleElements } from './filters';
import { DEFAULT_HUB_THRESHOLD } from './hubs';
import { COMMUNITY_COLOURS, EDGE_LOOK } from './look';
import { EMPTY_VIEW } from './model';
import { stylesheet } from './stylesheet';
import { ids, opened } from './testChart';
import { reduceView } from './viewState';

describe('toCyElements', () => {
  const base = reduceView(EMPTY_VIEW, {
    type: 'open',
    piece: opened,
    keep: [ids.topLager],
    hubThreshold: DEFAULT_HUB_THRESHOLD,
  });
  const state = {
    ...base,
    communities: { [ids.topLager]: 0, [ids.phone]: 0, [ids.iban]: 0, [ids.support]: 1 },
    pinned: [ids.topLager],
    grouped: [0],
  };
  const elements = toCyElements(state, visibleElements(state));
  const byId = new Map(elements.map((element) => [element.data.id, element]));

  it('maps nodes with kind, community colour, classes and position', () => {
    const seller = byId.get(ids.topLager);
    expect(seller?.data).toMatchObject({
      kind: 'seller',
      label: 'Top Lager Outlet',
      colour: COMMUNITY_COLOURS[0],
    });
    expect(seller?.classes).toEqual(['account', 'pinned', 'signalled']);
    expect(seller?.position).toEqual(state.positions[ids.topLager]);
  });

  it('draws the folded hub as a badge and puts a grouped community’s identifiers in one box', () => {
    expect(byId.get(ids.support)?.classes).toContain('folded');
    expect(byId.get(ids.support)?.data['label']).toBe('support@marketplace.example · 312 links');
    expect(byId.get(ids.phone)?.data.parent).toBe(groupId(0));
    expect(byId.get(ids.topLager)?.data.parent).toBeUndefined();
    expect(byId.get(groupId(0))?.classes).toEqual(['group']);
    // parents come before their children
    expect(elements.findIndex((e) => e.data.id === groupId(0))).toBeLessThan(
      elements.findIndex((e) => e.data.id === ids.phone),
    );
  });

  it('colours by the analysis network on demand: accounts by their network, identifiers by their accounts’', () => {
    const inNetwork = { ...state.nodes[ids.topLager]!, network: 'net-b' };
    const byNetwork = {
      ...state,
      colourBy: 'network' as const,
      nodes: { ...state.nodes, [ids.topLager]: inNetwork },
    };
    const colours = new Map(
      toCyElements(byNetwork, visibleElements(byNetwork)).map((e) => [e.data.id, e.data['colour']]),
    );
    expect(colours.get(ids.topLager)).toBe(COMMUNITY_COLOURS[0]);
    expect(colours.get(ids.phone)).toBe(COMMUNITY_COLOURS[0]);
    expect(colours.get(ids.support)).toBe(COMMUNITY_COLOURS[0]);
  });

  it('has a style for every kind and link kind, and hides labels when zoomed out', () => {
    const sheet = stylesheet({ text: '#111', background: '#fff', accent: '#2563eb' });
    const selectors = sheet.map((block) => block.selector);
    expect(selectors).toContain('node[kind = "paymentAccount"]');
    expect(selectors).toContain('edge[kind = "mentions"]');
    const base = sheet.find((block) => block.selector === 'node');
    expect(base && 'style' in base ? base.style : {}).toHaveProperty('min-zoomed-font-size');
  });

  it('draws a big chart without icons and with cheap straight edges', () => {
    const theme = { text: '#111', background: '#fff', accent: '#2563eb' };
    const styleOf = (big: boolean, selector: string): Record<string, unknown> => {
      const block = stylesheet(theme, big).find((b) => b.selector === selector);
      return block && 'style' in block ? (block.style as Record<string, unknown>) : {};
    };
    expect(styleOf(false, 'node[kind = "seller"]')).toHaveProperty('background-image');
    expect(styleOf(true, 'node[kind = "seller"]')).not.toHaveProperty('background-image');
    expect(styleOf(true, 'edge')['curve-style']).toBe('haystack');
  });
});

describe('elementMapper', () => {
  const state = reduceView(EMPTY_VIEW, {
    type: 'open',
    piece: opened,
    keep: [ids.topLager],
    hubThreshold: DEFAULT_HUB_THRESHOLD,
  });
  const visible = visibleElements(state);

  it('hands back the same definitions for what a move did not change, a new one for the moved node', () => {
    const map = elementMapper();
    const first = new Map(map(state, visible).map((element) => [element.data.id, element]));
    const moved = reduceView(state, { type: 'move', positions: { [ids.phone]: { x: 500, y: 400 } } });
    const second = map(moved, visible);
    const changed = second.filter((element) => first.get(element.data.id) !== element);
    expect(changed.map((element) => element.data.id)).toEqual([ids.phone]);
    expect(changed[0]?.position).toEqual({ x: 500, y: 400 });
    expect(changed[0]?.classes).toContain('pinned');
    // the same definitions as a fresh mapping would make
    expect(second).toEqual(toCyElements(moved, visible));
  });

  it('gives Cytoscape copies it may move without moving the remembered definitions', () => {
    const [node] = elementMapper()(state, visible).filter((element) => element.group === 'nodes');
    if (!node?.position) throw new Error('no node');
    const copy = forCytoscape(node);
    (copy.position as { x: number }).x = 1234;
    (copy.data as { label: string }).label = 'changed';
    expect(node.position.x).not.toBe(1234);
    expect(node.data['label']).not.toBe('changed');
  });
});

describe('stylesheet', () => {
  it('uses only line styles Cytoscape knows, drawing a double line as an outlined one', () => {
    const sheet = stylesheet({ text: '#000', background: '#fff', accent: '#00f' });
    const styles = sheet.map((rule) => (rule as unknown as { style: Record<string, unknown> }).style);
    for (const style of styles)
      if (style['line-style'] !== undefined)
        expect(['solid', 'dotted', 'dashed']).toContain(style['line-style']);
    expect(styles.some((style) => style['line-outline-color'] === EDGE_LOOK.sameAs.colour)).toBe(true);
  });
});
