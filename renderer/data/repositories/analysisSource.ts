/**
 * The store as link analysis reads it: every entity and link, page by page, into a compact graph index. Pages keep
 * the worker's memory to the index plus one page of records, however large the store.
 */
import { createGraphIndexBuilder, type GraphIndex } from '@shared/analysis';
import type { CasegraphDb } from '../db';
import type { AnalysisProgress } from '../workers/analysis.protocol';

const PAGE = 10_000;

/**
 * What the store looks like now, cheaply: every change to it (an import, an undo, a decision, an edit) appends to
 * the audit log, so the log's head sequence number changes whenever the data does.
 */
export async function storeSignature(db: CasegraphDb): Promise<string> {
  const head = await db.audit.orderBy(':id').last();
  return signatureAt(head?.seq ?? 0);
}

export const signatureAt = (auditSeq: number): string => `audit:${auditSeq}`;

/**
 * Reads a table in primary-key order, one page at a time. The next page is requested before the current one is
 * handed on: IndexedDB reads on its own threads while the worker builds the index from the page in hand.
 */
async function eachPage<T extends { id: string }>(
  read: (after: string | undefined) => Promise<T[]>,
  handle: (page: readonly T[]) => void,
): Promise<void> {
  let page = await read(undefined);
  while (page.length > 0) {
    const last = page[page.length - 1]?.id;
    const next = last === undefined || page.length < PAGE ? Promise.resolve([]) : read(last);
    // Seen when awaited below; if handing on this page throws first, it must not surface as unhandled.
    next.catch(() => undefined);
    handle(page);
    page = await next;
  }
}

export async function loadGraphIndex(
  db: CasegraphDb,
  onProgress: (progress: AnalysisProgress) => void,
): Promise<GraphIndex> {
  const [entityTotal, linkTotal] = await Promise.all([db.entities.count(), db.links.count()]);
  const builder = createGraphIndexBuilder();
  let done = 0;
  onProgress({ phase: 'entities', done, total: entityTotal });
  const entityPage = (after: string | undefined) =>
    (after === undefined ? db.entities.orderBy(':id') : db.entities.where(':id').above(after))
      .limit(PAGE)
      .toArray();
  const linkPage = (after: string | undefined) =>
    (after === undefined ? db.links.orderBy(':id') : db.links.where(':id').above(after))
      .limit(PAGE)
      .toArray();
  await eachPage(entityPage, (page) => {
    builder.addEntities(page);
    done += page.length;
    onProgress({ phase: 'entities', done, total: entityTotal });
  });
  done = 0;
  onProgress({ phase: 'links', done, total: linkTotal });
  await eachPage(linkPage, (page) => {
    builder.addLinks(page);
    done += page.length;
    onProgress({ phase: 'links', done, total: linkTotal });
  });
  return builder.finish();
}
