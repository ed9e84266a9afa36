import { describe, expect, it } from 'vitest';
import { DEFAULT_HUB_THRESHOLD } from './hubs';
import { visibleElements } from './filters';
import { EMPTY_VIEW } from './model';
import { escapeXml, viewToSvg } from './svg';
import { edges, ids, opened, phoneNeighbours } from './testChart';
import { reduceView } from './viewState';

const options = { title: 'Case 2026-114: Top Lager operation', text: '#111827', background: '#ffffff' };

describe('viewToSvg', () => {
  const state = reduceView(
    reduceView(EMPTY_VIEW, {
      type: 'open',
      piece: opened,
      keep: [ids.topLager],
      hubThreshold: DEFAULT_HUB_THRESHOLD,
    }),
    { type: 'expand', from: [ids.phone], piece: phoneNeighbours, hubThreshold: DEFAULT_HUB_THRESHOLD },
  );
  const svg = viewToSvg(state, visibleElements(state), {
    ...options,
    path: {
      nodes: [ids.topLager, ids.phone, ids.topLagr],
      edges: [edges.topLagerPhone.id, edges.topLagrPhone.id],
    },
  });

  it('is a standalone SVG document with a title, every drawn node labelled and every drawn link', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>Case 2026-114: Top Lager operation</title>');
    for (const label of ['Top Lager Outlet', 'TopLagr Outlet', '@toplager.sneaks', '+49 6155 2302'])
      expect(svg).toContain(`>${label}</text>`);
    expect(svg.match(/<line [^>]*><title>/g)).toHaveLength(visibleElements(state).edges.size);
  });

  it('draws mentions dashed, suggestions dotted with their score, the hub as a badge and the path highlighted', () => {
    expect(svg).toMatch(/<line [^>]*stroke-dasharray="6 4"><title>mentions<\/title>/);
    expect(svg).toMatch(/<line [^>]*stroke-dasharray="2 3"><title>similar<\/title>/);
    expect(svg).toContain('look-alike 93%');
    expect(svg).toContain('support@marketplace.example · 312 links');
    expect(svg.match(/stroke="#facc15" stroke-width="6"/g)).toHaveLength(2);
    expect(svg).toContain('mentions: named in free text (weaker)');
  });

  it('escapes what came from the evidence', () => {
    expect(escapeXml(`<script>"O'Brien" & co`)).toBe('&lt;script&gt;&quot;O&apos;Brien&quot; &amp; co');
    const hostile = reduceView(EMPTY_VIEW, {
      type: 'add',
      piece: { nodes: [{ ...opened.nodes[0]!, label: '<img src=x onerror=alert(1)>' }], edges: [] },
    });
    expect(viewToSvg(hostile, visibleElements(hostile), options)).not.toContain('<img');
  });

  it('says so when nothing is drawn', () => {
    expect(viewToSvg(EMPTY_VIEW, visibleElements(EMPTY_VIEW), options)).toContain('Nothing drawn');
  });
});
