/**
 * The analyst's verdicts on suggested pairs. A confirmation also stores a `sameAs` link between the two records, so
 * every view (tables, graph, networks) merges them while both records and their sources stay; a later rejection of
 * the same pair takes that link away again. Decisions are keyed by the pair, never by an import: undoing or
 * repeating an import leaves them as they are.
 */
import { makeDecision, type Decision, type DecisionInput } from '@shared/analysis/decision';
import { linkId, type Link } from '@shared/model';
import type { CasegraphDb } from '../db';
import { appendAudit } from './audit';

export async function recordDecision(db: CasegraphDb, input: DecisionInput): Promise<Decision> {
  const decision = makeDecision(input);
  return db.transaction('rw', [db.decisions, db.links, db.audit, db.settings], async () => {
    const before = await db.decisions.get([decision.pairKey, decision.suggestionKind]);
    await db.decisions.put(decision);
    const sameAs = linkId('sameAs', decision.a, decision.b);
    if (decision.verdict === 'confirmed') {
      const existing = await db.links.get(sameAs);
      const link: Link = {
        id: sameAs,
        kind: 'sameAs',
        from: decision.a,
        to: decision.b,
        role: decision.suggestionKind,
        reason: decision.reason,
        sources: existing?.sources ?? [],
        importIds: existing?.importIds ?? [],
        createdAt: existing?.createdAt ?? decision.decidedAt,
        updatedAt: decision.decidedAt,
      };
      await db.links.put(link);
    } else {
      const existing = await db.links.get(sameAs);
      // A `sameAs` an import brought (FtM, STIX) is the source's word, not the analyst's: only her own is removed.
      if (existing && existing.importIds.length === 0) await db.links.delete(sameAs);
    }
    await appendAudit(db, {
      action: decision.verdict === 'confirmed' ? 'suggestion.confirm' : 'suggestion.reject',
      target: decision.pairKey,
      details: {
        a: decision.a,
        b: decision.b,
        kind: decision.suggestionKind,
        reason: decision.reason,
        ...(before ? { before: before.verdict } : {}),
      },
    });
    return decision;
  });
}

export function listDecisions(db: CasegraphDb): Promise<Decision[]> {
  return db.decisions.orderBy('decidedAt').toArray();
}
