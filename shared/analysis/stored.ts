/**
 * The last analysis as the store keeps it (table `analyses`): one record per run setting, replaced by the next run,
 * so opening the Networks page shows the previous result at once while a new run is computed.
 */
import type { AnalysisReport } from './report';

export type StoredAnalysis = Readonly<{
  /** Which run this is: `default`, or a name for a saved set of settings. */
  id: string;
  /** ISO 8601: when the run finished. */
  computedAt: string;
  /** Entities and links in the store when it ran: a different count means the report may be out of date. */
  entities: number;
  links: number;
  report: AnalysisReport;
}>;
