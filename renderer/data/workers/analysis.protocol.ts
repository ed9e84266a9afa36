/** Messages between the page and the analysis worker. */
import type { AnalysisSettings, NetworkCentrality, Path } from '@shared/analysis';
import type { EntityId } from '@shared/model';

export type AnalysisRequest =
  | Readonly<{ type: 'run'; settings: AnalysisSettings }>
  | Readonly<{
      type: 'paths';
      from: EntityId;
      to: EntityId;
      k: number;
      avoidHubs: boolean;
      settings: AnalysisSettings;
    }>
  | Readonly<{ type: 'centrality'; networkId: string; settings: AnalysisSettings }>;

export type AnalysisPhase = 'entities' | 'links' | 'analysis';

/** How far loading the store has got: records read of the total, for the bar, the rate and the time left. */
export type AnalysisProgress = Readonly<{ phase: AnalysisPhase; done: number; total: number }>;

export type AnalysisResponse =
  | Readonly<{ type: 'progress'; progress: AnalysisProgress }>
  /** The run's report is in the `analyses` table; these are its timings. */
  | Readonly<{ type: 'done'; loadMs: number; analysisMs: number; computedAt: string }>
  | Readonly<{ type: 'paths'; paths: readonly Path[]; queryMs: number }>
  | Readonly<{ type: 'centrality'; centrality: NetworkCentrality | undefined }>
  | Readonly<{ type: 'error'; message: string }>;
