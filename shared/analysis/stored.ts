/**
 * The last analysis as the store keeps it. A run over a million entities finds ten thousand networks and as many
 * signals: read whole, that report costs the window a long pause every time a page shows it. So it is kept in
 * three parts: a small summary (table `analyses`: counts, settings, hubs, the capped look-alikes, and the figures
 * the facets need), then one record per network and one per signal in tables of their own, indexed by rank, by
 * member and by account, so a page reads only the rows it shows.
 */
import { kindOfId, type EntityId, type EntityKind } from '../model';
import type { Network } from './networks';
import type { AnalysisReport } from './report';
import type { Signal, SignalKind } from './signals';

export type AnalysisSummary = Omit<AnalysisReport, 'networks' | 'signals'> &
  Readonly<{
    /** How many networks and signals the run found (their records are in their own tables). */
    networkCount: number;
    signalCount: number;
    /** Per signal kind, how many signals: the Signals tab's choices. */
    signalsByKind: Readonly<Partial<Record<SignalKind, number>>>;
    /** Per account kind, how many networks have a member of that kind: the tables' network facet. */
    networksWithKind: Readonly<Partial<Record<EntityKind, number>>>;
    /** Per `accountKind|signalKind`, how many accounts carry the signal: the tables' signal facet. */
    signalAccounts: Readonly<Record<string, number>>;
  }>;

export type StoredAnalysis = Readonly<{
  /** Which run this is: `default`, or a name for a saved set of settings. */
  id: string;
  /** ISO 8601: when the run finished. */
  computedAt: string;
  /** Entities and links in the store when it ran: a different count means the report may be out of date. */
  entities: number;
  links: number;
  summary: AnalysisSummary;
}>;

/** One network of a run (table `analysisNetworks`), found by rank, by id or by any member. */
export type StoredNetwork = Network & Readonly<{ analysisId: string; memberIds: readonly EntityId[] }>;

/** One signal of a run (table `analysisSignals`), in the report's order (`seq`), by kind or by account. */
export type StoredSignal = Signal & Readonly<{ analysisId: string; seq: number }>;

export type SplitReport = Readonly<{
  summary: AnalysisSummary;
  networks: readonly StoredNetwork[];
  signals: readonly StoredSignal[];
}>;

/** The three parts of a report as they are stored. */
export function splitReport(analysisId: string, report: AnalysisReport): SplitReport {
  const { networks, signals, ...rest } = report;
  const signalsByKind: Partial<Record<SignalKind, number>> = {};
  const accountsBySignal = new Map<string, Set<EntityId>>();
  for (const signal of signals) {
    signalsByKind[signal.kind] = (signalsByKind[signal.kind] ?? 0) + 1;
    const key = `${kindOfId(signal.account)}|${signal.kind}`;
    accountsBySignal.set(key, (accountsBySignal.get(key) ?? new Set()).add(signal.account));
  }
  const networksWithKind: Partial<Record<EntityKind, number>> = {};
  for (const network of networks)
    for (const kind of new Set(network.members.map((m) => m.kind)))
      networksWithKind[kind] = (networksWithKind[kind] ?? 0) + 1;
  return {
    summary: {
      ...rest,
      networkCount: networks.length,
      signalCount: signals.length,
      signalsByKind,
      networksWithKind,
      signalAccounts: Object.fromEntries([...accountsBySignal].map(([key, ids]) => [key, ids.size])),
    },
    networks: networks.map((network) => ({
      ...network,
      analysisId,
      memberIds: network.members.map((m) => m.id),
    })),
    signals: signals.map((signal, seq) => ({ ...signal, analysisId, seq })),
  };
}
