import { describe, expect, it } from 'vitest';
import { kShortestPaths, shortestPath } from './paths';
import { projectAccounts } from './projection';
import { twoOperationsAndASupportEmail } from './scenarios';
import { DEFAULT_ANALYSIS_SETTINGS } from './settings';

describe('paths', () => {
  it('explains how two storefronts are connected, naming the file and rows', () => {
    const { g, nordlicht } = twoOperationsAndASupportEmail();
    const [topLager, schnaeppchen] = nordlicht;
    const path = shortestPath(g.index(), topLager ?? ('' as never), schnaeppchen ?? ('' as never), {
      evidenceNames: g.evidenceNames,
    });
    expect(path?.length).toBe(2);
    expect(path?.explanation).toHaveLength(1);
    expect(path?.explanation[0]).toMatch(
      /^Both list (\+493083986051|DE02370400446395005451|Industriestraße 77b, 64347 Griesheim) — from marketplace-sellers_amazon-de\.csv, rows 2 and 3$/,
    );
    expect(path?.steps[0]?.text).toMatch(
      /^Top Lager uses .+ — from marketplace-sellers_amazon-de\.csv, row 2$/,
    );
  });

  it('does not walk through a hub unless asked: the support e-mail explains nothing', () => {
    const { g, nordlicht, ruifeng, supportEmail } = twoOperationsAndASupportEmail();
    const index = g.index();
    const from = nordlicht[0] ?? ('' as never);
    const to = ruifeng[1] ?? ('' as never);
    const through = shortestPath(index, from, to);
    expect(through?.nodes).toContain(supportEmail);
    const { hubMask } = projectAccounts(index, DEFAULT_ANALYSIS_SETTINGS);
    expect(shortestPath(index, from, to, { avoid: hubMask })).toBeUndefined();
    // A hub can still be an end of a path.
    expect(shortestPath(index, from, supportEmail, { avoid: hubMask })?.length).toBe(1);
  });

  it('lists the next shortest simple paths, shortest first, each a different route', () => {
    const { g, nordlicht } = twoOperationsAndASupportEmail();
    const [topLager, schnaeppchen] = nordlicht;
    const paths = kShortestPaths(g.index(), topLager ?? ('' as never), schnaeppchen ?? ('' as never), 5, {
      evidenceNames: g.evidenceNames,
    });
    // Phone, bank account and address each give a two-step route; then longer ones through the third storefront.
    expect(paths.map((p) => p.length)).toEqual([2, 2, 2, 4, 4]);
    const routes = paths.map((p) => p.nodes.join(' > '));
    expect(new Set(routes).size).toBe(5);
    for (const path of paths) expect(new Set(path.nodes).size).toBe(path.nodes.length);
    expect(
      paths
        .slice(0, 3)
        .map((p) => p.nodes[1]?.split(':')[0])
        .sort(),
    ).toEqual(['address', 'paymentAccount', 'phone']);
  });

  it('answers nothing for unknown ids or no connection, and a zero-length path from an entity to itself', () => {
    const { g, honest, nordlicht } = twoOperationsAndASupportEmail();
    const index = g.index();
    expect(kShortestPaths(index, 'seller:nowhere\u001fx' as never, honest, 3)).toEqual([]);
    const { hubMask } = projectAccounts(index, DEFAULT_ANALYSIS_SETTINGS);
    expect(shortestPath(index, honest, nordlicht[0] ?? ('' as never), { avoid: hubMask })).toBeUndefined();
    expect(shortestPath(index, honest, honest)?.length).toBe(0);
  });

  it('respects a maximum length', () => {
    const { g, nordlicht, ruifeng } = twoOperationsAndASupportEmail();
    const index = g.index();
    expect(
      shortestPath(index, nordlicht[0] ?? ('' as never), ruifeng[1] ?? ('' as never), { maxLength: 3 }),
    ).toBeUndefined();
    expect(
      shortestPath(index, nordlicht[0] ?? ('' as never), ruifeng[1] ?? ('' as never), { maxLength: 4 })
        ?.length,
    ).toBe(4);
  });
});
