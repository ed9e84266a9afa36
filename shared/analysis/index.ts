/**
 * Link analysis: networks behind the accounts, hubs, paths, centrality, look-alike suggestions and signals, all on
 * plain data (DESIGN.md, "Linking and analysis"). Build a `GraphIndex` from the store in batches, then either call
 * `analyze` for the whole report or the parts on their own.
 */
export {
  createGraphIndexBuilder,
  buildGraphIndex,
  captionAt,
  entityIndex,
  type GraphIndex,
  type GraphIndexBuilder,
} from './graphIndex';
export {
  DEFAULT_ANALYSIS_SETTINGS,
  resolveSettings,
  type AnalysisSettings,
  type AnalysisSettingsInput,
  type SignalSettings,
  type SuggestionSettings,
} from './settings';
export { projectAccounts, type Hub, type Projection } from './projection';
export {
  findNetworks,
  networkId,
  type Network,
  type NetworkMember,
  type NetworkSet,
  type NetworkTie,
} from './networks';
export { shortestPath, kShortestPaths, type Path, type PathOptions } from './paths';
export { describeSource, describePath, type EvidenceNames, type PathStep } from './explain';
export { networkCentrality, type Bridge, type MemberCentrality, type NetworkCentrality } from './centrality';
export {
  suggestLookAlikes,
  SUGGESTION_KINDS,
  type Suggestion,
  type SuggestionEvidence,
  type SuggestionKind,
} from './suggestions';
export {
  makeDecision,
  orderPair,
  pairKey,
  readDecisions,
  decisionSchema,
  type Decision,
  type DecisionBook,
  type DecisionInput,
  type Verdict,
} from './decision';
export { findSignals, SIGNAL_LABELS, type Signal, type SignalItem, type SignalKind } from './signals';
export { analyze, reportOf, type AnalysisReport } from './report';
export {
  splitReport,
  type AnalysisSummary,
  type SplitReport,
  type StoredAnalysis,
  type StoredNetwork,
  type StoredSignal,
} from './stored';
