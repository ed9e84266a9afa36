/** The last link analysis, kept so the Networks page shows it at once and knows when it has gone stale. */
import type { CasegraphDb, StoredAnalysisRecord } from '../db';
import { signatureAt } from './analysisSource';
import { appendAudit } from './audit';

/**
 * Stores the run and logs it; returns the store signature that includes the log entry itself, so the run does not
 * count as a change that makes its own report stale.
 */
export async function saveAnalysis(
  db: CasegraphDb,
  record: Omit<StoredAnalysisRecord, 'signature'>,
): Promise<string> {
  return db.transaction('rw', [db.analyses, db.audit, db.settings], async () => {
    // Logged because a case's reasoning may rest on what a run showed; the report itself is replaced by the next.
    const entry = await appendAudit(db, {
      action: 'analysis.run',
      target: record.id,
      details: {
        entities: record.entities,
        links: record.links,
        networks: record.report.networks.length,
        hubs: record.report.hubs.length,
        suggestions: record.report.suggestions.length,
        signals: record.report.signals.length,
        strongThreshold: record.report.settings.strongThreshold,
        hubThreshold: record.report.settings.hubThreshold,
      },
    });
    const signature = signatureAt(entry.seq);
    await db.analyses.put({ ...record, signature });
    return signature;
  });
}

export function latestAnalysis(db: CasegraphDb): Promise<StoredAnalysisRecord | undefined> {
  return db.analyses.get('default');
}
