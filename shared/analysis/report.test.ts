import { describe, expect, it } from 'vitest';
import { makeDecision } from './decision';
import { analyze } from './report';
import { twoOperationsAndASupportEmail } from './scenarios';
import { DEFAULT_ANALYSIS_SETTINGS } from './settings';

describe('analyze', () => {
  it('returns networks, hubs, suggestions and signals as plain JSON a worker can post', () => {
    const { g, nordlicht, ruifeng, supportEmail } = twoOperationsAndASupportEmail();
    const report = analyze(g.index());
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(report.counts).toMatchObject({ accounts: 6, accountsInNetworks: 5, decisions: 0 });
    expect(report.networks.map((n) => n.size)).toEqual([nordlicht.length, ruifeng.length]);
    expect(report.hubs.map((h) => h.id)).toEqual([supportEmail]);
    expect(report.settings).toEqual(DEFAULT_ANALYSIS_SETTINGS);
  });

  it('applies the analyst’s decisions: a confirmed pair is one network, its suggestion gone', () => {
    const { g, nordlicht, ruifeng } = twoOperationsAndASupportEmail();
    const file = g.file('brand-protection_seller-report.tsv');
    // A look-alike storefront name across the two operations.
    const lookAlike = g.seller(
      'ebay.de',
      'marken-markt-de',
      { storefrontName: 'Marken Markt DE' },
      file.row(2),
    );
    const before = analyze(g.index());
    const suggestion = before.suggestions.find((s) => s.kind === 'name');
    expect(suggestion?.reason).toMatch(/Marken-Markt DE/);
    const decision = makeDecision({
      a: suggestion?.a ?? lookAlike,
      b: suggestion?.b ?? lookAlike,
      verdict: 'confirmed',
      suggestionKind: 'name',
      reason: 'Same Impressum on both storefronts',
      examiner: 'L. Fischer',
      decidedAt: '2026-03-02T10:00:00Z',
    });
    const after = analyze(g.index(), DEFAULT_ANALYSIS_SETTINGS, [decision]);
    expect(after.suggestions.filter((s) => s.pairKey === decision.pairKey)).toEqual([]);
    const merged = after.networks.find((n) => n.members.some((m) => m.id === lookAlike));
    expect(merged?.members.map((m) => m.id).sort()).toEqual([...ruifeng, lookAlike].sort());
    expect(after.networks.find((n) => n.members.some((m) => m.id === nordlicht[0]))?.size).toBe(3);
  });
});
