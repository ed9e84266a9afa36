import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, buildGraphIndex, type AnalysisReport } from '@shared/analysis';
import { emptyTruth, syntheticStore } from '@shared/bench/syntheticStore';
import type { Entity, Link } from '@shared/model';
import type { CasegraphDb } from '../db';
import { freshDb } from '../testing/freshDb';
import { latestAnalysis, saveAnalysis } from './analyses';
import {
  accountsWithSignal,
  networkOfEntity,
  rankedNetworksWith,
  readNetwork,
  readNetworkPage,
  readSignalPage,
  signalsOfAccount,
} from './analysisResults';
import { analysisRestriction, facetCounts } from './facetCounts';

/** A generated store with planted operations: dozens of networks and signals of several kinds. */
const entities: Entity[] = [];
function generatedReport(): AnalysisReport {
  const links: Link[] = [];
  for (const batch of syntheticStore({ entities: 4000 }, emptyTruth())) {
    entities.push(...batch.entities);
    links.push(...batch.links);
  }
  return analyze(buildGraphIndex(entities, links));
}

const run = (report: AnalysisReport) => ({
  id: 'default',
  computedAt: '2026-11-29T09:00:00Z',
  entities: 4000,
  links: 6000,
  loadMs: 5,
  analysisMs: 3,
  report,
});

let db: CasegraphDb;
let report: AnalysisReport;
beforeAll(async () => {
  report = generatedReport();
  db = freshDb();
  await saveAnalysis(db, run(report));
});

describe('a stored analysis, read a page at a time', () => {
  it('keeps a summary small enough to read on every page, with the counts the tabs and facets need', async () => {
    expect(report.networks.length).toBeGreaterThan(20);
    expect(report.signals.length).toBeGreaterThan(5);
    const stored = await latestAnalysis(db);
    expect(stored?.summary.networkCount).toBe(report.networks.length);
    expect(stored?.summary.signalCount).toBe(report.signals.length);
    expect(stored?.summary.hubs).toEqual(report.hubs);
    expect(stored?.summary.suggestions).toEqual(report.suggestions);
    expect(stored && 'networks' in stored.summary).toBe(false);
    const kinds = Object.values(stored?.summary.signalsByKind ?? {}).reduce((a, b) => a + b, 0);
    expect(kinds).toBe(report.signals.length);
  });

  it('returns networks by rank, page by page, exactly as the report ranked them', async () => {
    expect(await readNetworkPage(db, 0, 10)).toEqual(report.networks.slice(0, 10));
    expect(await readNetworkPage(db, 10, 7)).toEqual(report.networks.slice(10, 17));
    const last = report.networks.at(-1);
    expect(await readNetworkPage(db, report.networks.length - 1, 100)).toEqual([last]);
    expect(await readNetwork(db, last?.id ?? '')).toEqual(last);
    expect(await readNetwork(db, 'net-unknown')).toBeUndefined();
  });

  it('finds the network of a member and none for an account outside every network', async () => {
    const network = report.networks[3];
    const member = network?.members.at(-1);
    expect(await networkOfEntity(db, member?.id ?? ('' as never))).toEqual(network);
    const inNetworks = new Set(report.networks.flatMap((n) => n.members.map((m) => m.id)));
    const loner = entities.find((e) => e.kind === 'seller' && !inNetworks.has(e.id));
    expect(loner).toBeDefined();
    expect(await networkOfEntity(db, loner?.id ?? ('' as never))).toBeUndefined();
  });

  it('pages signals in the report’s order, all of them or one kind, and finds an account’s signals', async () => {
    expect(await readSignalPage(db, undefined, 0, 5)).toEqual(report.signals.slice(0, 5));
    const kind = report.signals[0]?.kind ?? 'underpriced';
    const ofKind = report.signals.filter((s) => s.kind === kind);
    expect(await readSignalPage(db, kind, 1, 3)).toEqual(ofKind.slice(1, 4));
    const account = report.signals[0]?.account ?? ('' as never);
    expect(await signalsOfAccount(db, account)).toEqual(report.signals.filter((s) => s.account === account));
    expect(await accountsWithSignal(db, kind)).toEqual(new Set(ofKind.map((s) => s.account)));
  });

  it('narrows a table to a network’s members or a signal’s accounts, and counts facets from the summary', async () => {
    const network = report.networks[0];
    const restricted = await analysisRestriction(db, network?.id, undefined);
    expect(restricted).toEqual(new Set(network?.members.map((m) => m.id)));
    const facets = await facetCounts(db, 'seller');
    const networkFacet = facets.find((g) => g.facet === 'network');
    const withSellers = report.networks.filter((n) => n.members.some((m) => m.kind === 'seller'));
    expect(networkFacet?.options[0]?.key).toBe(withSellers[0]?.id);
    expect(networkFacet?.options[0]?.count).toBe(
      withSellers[0]?.members.filter((m) => m.kind === 'seller').length,
    );
    expect((networkFacet?.options.length ?? 0) + (networkFacet?.more ?? 0)).toBe(withSellers.length);
    const firstTwo = await rankedNetworksWith(db, 'seller', 2);
    expect(firstTwo.map((n) => n.network.id)).toEqual(withSellers.slice(0, 2).map((n) => n.id));
  });

  it('replaces the previous run’s networks and signals entirely, leaving none of them behind', async () => {
    const second = freshDb();
    await saveAnalysis(second, run(report));
    const smaller: AnalysisReport = { ...report, networks: report.networks.slice(0, 2), signals: [] };
    await saveAnalysis(second, run(smaller));
    expect(await second.analysisNetworks.count()).toBe(2);
    expect(await second.analysisSignals.count()).toBe(0);
    expect(await readNetworkPage(second, 0, 100)).toEqual(report.networks.slice(0, 2));
  });
});
