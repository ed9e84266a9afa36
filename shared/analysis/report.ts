/**
 * The whole analysis in one call, as plain JSON-serializable data: what the analysis worker posts to the page,
 * what is stored as the last run, and what `check-file --analyze` prints.
 */
import { IS_ACCOUNT_CODE } from './codes';
import { readDecisions, type Decision } from './decision';
import type { GraphIndex } from './graphIndex';
import { findNetworks, type Network, type NetworkSet } from './networks';
import { projectAccounts, type Hub, type Projection } from './projection';
import { DEFAULT_ANALYSIS_SETTINGS, type AnalysisSettings } from './settings';
import { findSignals, type Signal } from './signals';
import { suggestLookAlikes, type Suggestion } from './suggestions';

export type AnalysisReport = Readonly<{
  /** What the analysis ran on. */
  counts: Readonly<{
    entities: number;
    links: number;
    accounts: number;
    /** Accounts that are in a network. */
    accountsInNetworks: number;
    /** `similar` links in the store, left out as suggestions. */
    storedSuggestions: number;
    decisions: number;
    /** Suggestions found; the report lists the best `settings.suggestions.maxReported` of them. */
    suggestions: number;
  }>;
  settings: AnalysisSettings;
  /** Ranked: look at the first one first. */
  networks: readonly Network[];
  /** Folded identifiers, most used first. */
  hubs: readonly Hub[];
  /** Best first; decided pairs left out; at most `settings.suggestions.maxReported`. */
  suggestions: readonly Suggestion[];
  signals: readonly Signal[];
}>;

export function analyze(
  index: GraphIndex,
  settings: AnalysisSettings = DEFAULT_ANALYSIS_SETTINGS,
  decisions: readonly Decision[] = [],
): AnalysisReport {
  const projection = projectAccounts(index, settings, readDecisions(decisions));
  return reportOf(projection, findNetworks(projection), decisions);
}

/**
 * The report from a projection and its networks already computed (the analysis worker keeps them for path and
 * centrality questions, so a run does not project the store twice).
 */
export function reportOf(
  projection: Projection,
  networks: NetworkSet,
  decisions: readonly Decision[] = [],
): AnalysisReport {
  const { index, settings } = projection;
  const book = readDecisions(decisions);
  let accounts = 0;
  for (let i = 0; i < index.size; i++) accounts += IS_ACCOUNT_CODE[index.kinds[i] ?? 0] ?? 0;
  const suggestions = suggestLookAlikes(projection, networks, book);
  return {
    counts: {
      entities: index.size,
      links: index.linkCount,
      accounts,
      accountsInNetworks: networks.networks.reduce((sum, n) => sum + n.size, 0),
      storedSuggestions: index.skippedSuggestions,
      decisions: decisions.length,
      suggestions: suggestions.length,
    },
    settings,
    networks: networks.networks,
    hubs: projection.hubs,
    suggestions: suggestions.slice(0, settings.suggestions.maxReported),
    signals: findSignals(projection, networks),
  };
}
