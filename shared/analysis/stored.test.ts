import { describe, expect, it } from 'vitest';
import { entityId } from '../model';
import { DEFAULT_ANALYSIS_SETTINGS } from './settings';
import type { Network } from './networks';
import type { AnalysisReport } from './report';
import type { Signal } from './signals';
import { splitReport } from './stored';

const seller = (id: string) => entityId('seller', 'ebay.de', id);
const social = (handle: string) => entityId('socialAccount', 'instagram.com', handle);

const network = (rank: number, members: readonly ReturnType<typeof seller>[]): Network => ({
  id: `net-${rank}`,
  rank,
  score: 10 - rank,
  scoreReason: `${members.length} accounts`,
  size: members.length,
  members: members.map((id) => ({
    id,
    kind: id.startsWith('seller') ? 'seller' : 'socialAccount',
    caption: id,
  })),
  ties: [],
  listings: 0,
  shipments: 0,
  seizures: 0,
});

const signal = (kind: Signal['kind'], account: ReturnType<typeof seller>): Signal => ({
  kind,
  account,
  accountCaption: 'Магазин «Кроссовки» 👟',
  reason: 'why',
  items: [],
  count: 1,
});

const report: AnalysisReport = {
  counts: {
    entities: 40,
    links: 60,
    accounts: 9,
    accountsInNetworks: 5,
    storedSuggestions: 0,
    decisions: 0,
    suggestions: 0,
  },
  settings: DEFAULT_ANALYSIS_SETTINGS,
  networks: [
    network(1, [seller('a'), seller('b'), social('kross_shop')]),
    network(2, [seller('c'), seller('d')]),
  ],
  hubs: [],
  suggestions: [],
  signals: [
    signal('underpriced', seller('a')),
    signal('underpriced', seller('a')),
    signal('underpriced', seller('c')),
    signal('seizure', social('kross_shop')),
  ],
};

describe('splitReport', () => {
  it('keeps the lists out of the summary and counts what tabs and facets show', () => {
    const { summary } = splitReport('default', report);
    expect(summary).not.toHaveProperty('networks');
    expect(summary).not.toHaveProperty('signals');
    expect(summary.networkCount).toBe(2);
    expect(summary.signalCount).toBe(4);
    expect(summary.signalsByKind).toEqual({ underpriced: 3, seizure: 1 });
    // an account with the same signal twice counts once in the facet
    expect(summary.signalAccounts).toEqual({ 'seller|underpriced': 2, 'socialAccount|seizure': 1 });
    expect(summary.networksWithKind).toEqual({ seller: 2, socialAccount: 1 });
  });

  it('gives each network its member ids and each signal its place in the report', () => {
    const { networks, signals } = splitReport('default', report);
    expect(networks[0]?.memberIds).toEqual([seller('a'), seller('b'), social('kross_shop')]);
    expect(networks.map((n) => n.analysisId)).toEqual(['default', 'default']);
    expect(signals.map((s) => s.seq)).toEqual([0, 1, 2, 3]);
  });
});
