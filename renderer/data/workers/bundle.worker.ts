/// <reference lib="webworker" />
/**
 * Exporting a case as an evidence bundle runs here: reading the case, hashing and zipping every evidence file
 * and building the reports would freeze the window. The ZIP leaves in chunks of a few megabytes, one at a time:
 * the next is made only when the page says the last one was written.
 */
import { writeBundle } from '@shared/bundle/writeBundle';
import { CasegraphDb } from '../db';
import { readBundleInput } from '../repositories/bundleSource';
import type { BundleRequest, BundleResponse } from './bundle.protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const db = new CasegraphDb();
const controller = new AbortController();
/** Gathered before sending: fflate emits many small pieces, each message has a cost. */
const CHUNK_BYTES = 4 * 1024 * 1024;
const PROGRESS_EVERY_MS = 200;

const post = (message: BundleResponse, transfer: Transferable[] = []): void =>
  scope.postMessage(message, transfer);

let acknowledge: (() => void) | undefined;
let printed: ((pdf: Uint8Array | null) => void) | undefined;

/** Asks the page to have the shell print the report; null when it cannot. */
function printPdf(html: string): Promise<Uint8Array | null> {
  return new Promise((resolve) => {
    printed = resolve;
    post({ type: 'printPdf', html });
  });
}

/** Sends one chunk and waits for the page to write it (or for a cancel). */
function send(bytes: Uint8Array): Promise<void> {
  return new Promise<void>((resolve) => {
    acknowledge = resolve;
    post({ type: 'chunk', bytes }, [bytes.buffer]);
  });
}

function chunkedSink() {
  let pending: Uint8Array[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    const joined = new Uint8Array(size);
    let at = 0;
    for (const piece of pending) {
      joined.set(piece, at);
      at += piece.byteLength;
    }
    pending = [];
    size = 0;
    await send(joined);
    controller.signal.throwIfAborted();
  };
  return {
    write: async (chunk: Uint8Array) => {
      // fflate may reuse its buffers: keep a copy of what is not sent at once
      pending.push(chunk.slice());
      size += chunk.byteLength;
      if (size >= CHUNK_BYTES) await flush();
    },
    flush,
  };
}

async function exportCase(request: Extract<BundleRequest, { type: 'export' }>): Promise<void> {
  const input = await readBundleInput(db, request.caseId);
  const sink = chunkedSink();
  let lastProgress = 0;
  const result = await writeBundle(
    input,
    { ...request.options, printPdf },
    sink.write,
    (progress) => {
      const now = Date.now();
      if (now - lastProgress < PROGRESS_EVERY_MS && progress.phase !== 'finishing') return;
      lastProgress = now;
      post({ type: 'progress', progress });
    },
    controller.signal,
  );
  await sink.flush();
  post({
    type: 'done',
    manifestSha256: result.manifestSha256,
    bytes: result.bytes,
    files: result.manifest.files.length,
    evidenceFiles: input.evidence.length,
    evidenceIncluded: request.options.includeEvidence,
  });
}

scope.onmessage = (event: MessageEvent<BundleRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'ack':
      acknowledge?.();
      return;
    case 'printed':
      printed?.(request.pdf);
      return;
    case 'cancel':
      controller.abort();
      acknowledge?.();
      printed?.(null);
      return;
    case 'export':
      exportCase(request).catch((error: unknown) =>
        post({
          type: 'error',
          message: error instanceof Error ? error.message : String(error),
          cancelled: controller.signal.aborted,
        }),
      );
      return;
  }
};
