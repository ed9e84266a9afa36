/**
 * The last link analysis, kept so the Networks page shows it at once and knows when it has gone stale. Stored in
 * parts (shared/analysis/stored.ts): the summary here, networks and signals as records of their own that pages read
 * a few at a time (analysisResults.ts).
 */
import { splitReport, type AnalysisReport } from '@shared/analysis';
import type { CasegraphDb, StoredAnalysisRecord } from '../db';
import { signatureAt } from './analysisSource';
import { appendAudit } from './audit';

export type FinishedRun = Omit<StoredAnalysisRecord, 'signature' | 'summary'> &
  Readonly<{ report: AnalysisReport }>;

/**
 * Replaces the run's stored result and logs it; returns the store signature that includes the log entry itself, so
 * the run does not count as a change that makes its own report stale.
 */
export async function saveAnalysis(db: CasegraphDb, run: FinishedRun): Promise<string> {
  const { report, ...record } = run;
  const parts = splitReport(record.id, report);
  return db.transaction(
    'rw',
    [db.analyses, db.analysisNetworks, db.analysisSignals, db.audit, db.settings],
    async () => {
      // Logged because a case's reasoning may rest on what a run showed; the report itself is replaced by the next.
      const entry = await appendAudit(db, {
        action: 'analysis.run',
        target: record.id,
        details: {
          entities: record.entities,
          links: record.links,
          networks: report.networks.length,
          hubs: report.hubs.length,
          suggestions: report.suggestions.length,
          signals: report.signals.length,
          strongThreshold: report.settings.strongThreshold,
          hubThreshold: report.settings.hubThreshold,
        },
      });
      const signature = signatureAt(entry.seq);
      await forgetParts(db, record.id);
      await db.analysisNetworks.bulkPut([...parts.networks]);
      await db.analysisSignals.bulkPut([...parts.signals]);
      await db.analyses.put({ ...record, summary: parts.summary, signature });
      return signature;
    },
  );
}

async function forgetParts(db: CasegraphDb, analysisId: string): Promise<void> {
  const all = [
    [analysisId, -Infinity],
    [analysisId, Infinity],
  ] as const;
  await db.analysisNetworks.where('[analysisId+rank]').between(all[0], all[1]).delete();
  await db.analysisSignals.where('[analysisId+seq]').between(all[0], all[1]).delete();
}

export function latestAnalysis(db: CasegraphDb): Promise<StoredAnalysisRecord | undefined> {
  return db.analyses.get('default');
}
