import { describe, expect, it } from 'vitest';
import type { EntityId } from '../../model';
import { makeDecision, readDecisions } from '../decision';
import { findNetworks } from '../networks';
import { projectAccounts } from '../projection';
import { resolveSettings, type AnalysisSettingsInput } from '../settings';
import { createTestGraph, type TestGraph } from '../testkit';
import { suggestLookAlikes } from './index';
import { suggestNames, withinOneEdit } from './names';

function names(g: TestGraph, settings: AnalysisSettingsInput = {}) {
  const projection = projectAccounts(g.index(), resolveSettings(settings));
  return suggestNames(projection, findNetworks(projection).networkOf);
}

function storefronts(...entries: readonly (readonly [string, string, Record<string, string>])[]): {
  g: TestGraph;
  ids: EntityId[];
} {
  const g = createTestGraph();
  const file = g.file('brand-protection_seller-report.tsv');
  const ids = entries.map(([platform, id, values], i) => g.seller(platform, id, values, file.row(2 + i)));
  return { g, ids };
}

describe('look-alike names', () => {
  it('suggests storefronts whose names differ only by look-alike letters (NlKE, N1KE, Cyrillic І)', () => {
    const { g, ids } = storefronts(
      ['ebay.de', 'nlke-outlet-de', { storefrontName: 'NlKE Outlet' }],
      ['amazon.de', 'A3NIKE0UT1ET', { storefrontName: 'N1KE Outlet' }],
      ['allegro.pl', 'nike-outlet-pl', { storefrontName: 'NІKЕ Outlet' }],
    );
    const found = names(g);
    expect(found).toHaveLength(3);
    for (const suggestion of found) {
      expect(suggestion.kind).toBe('name');
      expect(suggestion.score).toBe(0.85);
      expect(suggestion.reason).toMatch(/look-alike letters/);
      expect(ids).toContain(suggestion.a);
      expect(suggestion.a < suggestion.b).toBe(true);
      const shown = new Map(ids.map((id, i) => [id, ['NlKE Outlet', 'N1KE Outlet', 'NІKЕ Outlet'][i]]));
      expect([suggestion.aCaption, suggestion.bCaption]).toEqual([
        shown.get(suggestion.a),
        shown.get(suggestion.b),
      ]);
    }
  });

  it('suggests a storefront and the company behind it when only case, accents and the legal form differ', () => {
    const g = createTestGraph();
    const file = g.file('marketplace-sellers_amazon-de.csv');
    const customs = g.file('carrier-shipments_dhl.csv');
    const seller = g.seller(
      'amazon.de',
      'A1OV4GWZO2A4CG',
      { storefrontName: 'Top Lager', businessName: 'Müller Import & Export e.K.' },
      file.row(2),
    );
    const company = g.organization('MUELLER IMPORT EXPORT', {}, customs.row(9));
    const sameForm = g.seller(
      'allegro.pl',
      'superoutlet',
      { storefrontName: 'Super-Outlet', businessName: 'Kometa Trade Sp. z o.o.' },
      file.row(3),
    );
    const otherForm = g.organization('KOMETA TRADE LTD', {}, customs.row(11));
    const found = names(g);
    const about = (x: string, y: string) =>
      found.find((s) => [s.a, s.b].sort().join() === [x, y].sort().join());
    expect(about(sameForm, otherForm)?.score).toBe(0.9);
    // "Müller" written "Mueller": one letter apart once accents are folded.
    expect(about(seller, company)?.score).toBe(0.7);
    expect(about(seller, company)?.evidence[0]?.detail).toBe(
      '"Müller Import & Export e.K." and "MUELLER IMPORT EXPORT": one letter apart',
    );
  });

  it('suggests nothing for names that merely share a word, or for short generic names', () => {
    const { g } = storefronts(
      ['ebay.de', 'a', { storefrontName: 'Trend Shop Berlin' }],
      ['ebay.de', 'b', { storefrontName: 'Trend Shop Hamburg' }],
      ['ebay.de', 'c', { storefrontName: 'Top' }],
      ['amazon.de', 'd', { storefrontName: 'TOP' }],
    );
    expect(names(g)).toEqual([]);
  });

  it('skips a name so common its block is larger than the limit, instead of comparing all with all', () => {
    const { g } = storefronts(
      ['ebay.de', 'a', { storefrontName: 'Outlet Store' }],
      ['ebay.de', 'b', { storefrontName: 'Outlet-Store' }],
      ['ebay.de', 'c', { storefrontName: 'OUTLET STORE' }],
    );
    expect(names(g)).toHaveLength(3);
    expect(names(g, { suggestions: { maxBlockSize: 2 } })).toEqual([]);
  });

  it('says nothing about two accounts already in one network, and hides a pair the analyst rejected', () => {
    const { g, ids } = storefronts(
      ['ebay.de', 'toplager84', { storefrontName: 'Top Lager 84' }],
      ['amazon.de', 'A1OV4GWZO2A4CG', { storefrontName: 'Top-Lager 84' }],
    );
    const projection = projectAccounts(g.index(), resolveSettings());
    const networks = findNetworks(projection);
    const [suggestion] = suggestLookAlikes(projection, networks, readDecisions([]));
    expect(suggestion?.kind).toBe('name');
    const rejected = makeDecision({
      a: ids[0] ?? ('' as never),
      b: ids[1] ?? ('' as never),
      verdict: 'rejected',
      suggestionKind: 'name',
      reason: 'Different owners per the imprint',
      examiner: 'L. Fischer',
      decidedAt: '2026-03-02T09:00:00Z',
    });
    expect(suggestLookAlikes(projection, networks, readDecisions([rejected]))).toEqual([]);
    const file = g.file('marketplace-sellers_amazon-de.csv');
    for (const [id, row] of [
      [ids[0], 2],
      [ids[1], 3],
    ] as const)
      g.link('uses', id ?? ('' as never), g.phone('030 83986051', file.row(row)), 'Telefon', file.row(row));
    const joined = projectAccounts(g.index(), resolveSettings());
    expect(suggestNames(joined, findNetworks(joined).networkOf)).toEqual([]);
  });

  it('compares within one edit exactly', () => {
    expect(withinOneEdit('mueller', 'muller')).toBe(true);
    expect(withinOneEdit('toplager', 'toplagen')).toBe(true);
    expect(withinOneEdit('toplager', 'topplagerr')).toBe(false);
    expect(withinOneEdit('abc', 'abc')).toBe(true);
  });
});
