/// <reference lib="webworker" />
/**
 * Imports run here, off the main thread: read the stored evidence, parse, map and write chunk by chunk, each
 * chunk one transaction. The page only gets progress messages, so the window never freezes, and Cancel takes
 * effect between chunks, leaving nothing half-written.
 */
import { previewFile, runPipeline } from '@shared/import/pipeline';
import type { EvidenceId } from '@shared/model';
import { CasegraphDb } from '../db';
import { finishImport, writeImportChunk } from '../repositories/imports';
import { blobSource } from './blobSource';
import type { ImportRequest, ImportResponse } from './import.protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/**
 * Records per chunk (one transaction each). Larger chunks write an entity seen on many rows (a seller with many
 * listings) fewer times; this size keeps a chunk's drafts to a few megabytes.
 */
const CHUNK_RECORDS = 4000;

/**
 * Starts reading and mapping the next batch before the current one is written: IndexedDB does its work on other
 * threads, so the worker's CPU (parsing, mapping) and the disk overlap instead of taking turns.
 */
async function* prefetched<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  for (;;) {
    const current = await next;
    if (current.done === true) return;
    next = iterator.next();
    // A failure of the prefetch is seen when it is awaited in the next round; until then it is not unhandled.
    next.catch(() => undefined);
    yield current.value;
  }
}
const db = new CasegraphDb();
const controller = new AbortController();

const reply = (message: ImportResponse): void => scope.postMessage(message);
const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function storedFile(evidenceId: EvidenceId, fileName: string) {
  const stored = await db.blobs.get(evidenceId);
  if (!stored) throw new Error(`${fileName} is not in the store any more: add it again`);
  return blobSource(fileName, stored.data);
}

async function run(request: Extract<ImportRequest, { type: 'run' }>): Promise<void> {
  const source = await storedFile(request.evidenceId, request.fileName);
  const current = await db.imports.get(request.importId);
  if (!current) throw new Error(`There is no import ${request.importId}`);
  let rejects = current.rejectCount;
  let committed = current.recordsCommitted;
  let newEntities = 0;
  let newLinks = 0;
  try {
    const batches = runPipeline(source, request.plan, {
      signal: controller.signal,
      skipRecords: committed,
      batchSize: CHUNK_RECORDS,
    });
    for await (const batch of prefetched(batches)) {
      const written = await writeImportChunk(db, current, batch.records, batch.problems, batch.rowsRead);
      committed += batch.records.length + batch.problems.length;
      rejects += batch.records.reduce((n, r) => n + r.rejects.length, 0) + batch.problems.length;
      newEntities += written.newEntities;
      newLinks += written.newLinks;
      reply({
        type: 'progress',
        progress: {
          rowsRead: batch.rowsRead,
          recordsCommitted: committed,
          rejects,
          bytesRead: source.bytesRead(),
          totalBytes: source.size,
          newEntities,
          newLinks,
        },
      });
      if (controller.signal.aborted) break;
    }
    const status = controller.signal.aborted ? 'cancelled' : 'done';
    reply({ type: 'finished', record: await finishImport(db, request.importId, { status }) });
  } catch (error) {
    const cancelled = controller.signal.aborted;
    const record = await finishImport(db, request.importId, {
      status: cancelled ? 'cancelled' : 'failed',
      ...(cancelled ? {} : { message: errorText(error) }),
    });
    reply({ type: 'finished', record });
  }
}

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'cancel':
      controller.abort();
      return;
    case 'preview':
      storedFile(request.evidenceId, request.fileName)
        .then((source) => previewFile(source, request.sheet === undefined ? {} : { sheet: request.sheet }))
        .then((preview) => reply({ type: 'preview', preview }))
        .catch((error: unknown) => reply({ type: 'error', message: errorText(error) }));
      return;
    case 'run':
      run(request).catch((error: unknown) => reply({ type: 'error', message: errorText(error) }));
      return;
  }
};
