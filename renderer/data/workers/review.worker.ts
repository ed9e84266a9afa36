/// <reference lib="webworker" />
/**
 * Review's worker: opens a bundle (a picked or dropped ZIP, as a Blob read in slices), hashes every file and
 * checks the audit chain with progress, then answers the page's reads of the case data and of single evidence
 * files. Unzipping and hashing gigabytes would freeze the window on the main thread, and a hostile bundle (a zip
 * bomb) is better met here, where it can only stop this worker.
 */
import { openBundle } from '@shared/bundle/readBundle';
import type { BundleManifest } from '@shared/bundle/manifest';
import { BundleRefused, type OpenedBundle, type RandomAccess } from '@shared/bundle/types';
import type { ReviewRequest, ReviewResponse } from './review.protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const controller = new AbortController();
let bundle: Promise<OpenedBundle<BundleManifest>> | undefined;

const post = (message: ReviewResponse): void => scope.postMessage(message);

/** The Blob as the reader wants it: only the ranges it asks for are ever in memory. */
function blobAccess(blob: Blob): RandomAccess {
  return {
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}

function fail(error: unknown, requestId?: number): void {
  const ids = requestId === undefined ? {} : { requestId };
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof BundleRefused) post({ type: 'error', reason: 'refused', message, ...ids });
  else if (controller.signal.aborted)
    post({ type: 'error', reason: 'cancelled', message: 'Cancelled', ...ids });
  else post({ type: 'error', reason: 'failed', message, ...ids });
}

async function open(file: Blob): Promise<void> {
  const opened = openBundle(blobAccess(file));
  bundle = opened;
  const ready = await opened;
  post({
    type: 'opened',
    info: {
      manifest: ready.manifest,
      manifestSha256: ready.manifestSha256,
      paths: ready.paths,
    },
  });
  let lastPost = 0;
  const verification = await ready.verify((bytesDone, bytesTotal) => {
    // A progress message per file would flood the page on a bundle of thousands of small files.
    const now = Date.now();
    if (now - lastPost < 100 && bytesDone < bytesTotal) return;
    lastPost = now;
    post({ type: 'progress', bytesDone, bytesTotal });
  }, controller.signal);
  post({ type: 'verified', verification });
}

/** One file gathered into a Blob: the browser may keep a large one on disk; previews need it whole anyway. */
async function readFile(opened: OpenedBundle, path: string): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let blob = new Blob([]);
  for await (const chunk of opened.readFile(path)) {
    parts.push(chunk as Uint8Array<ArrayBuffer>);
    if (parts.length >= 16) blob = new Blob([blob, ...parts.splice(0)]);
  }
  return new Blob([blob, ...parts]);
}

scope.onmessage = (event: MessageEvent<ReviewRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'cancel':
      controller.abort();
      return;
    case 'open':
      open(request.file).catch((error: unknown) => fail(error));
      return;
    case 'readData': {
      const { requestId } = request;
      if (!bundle) {
        fail(new Error('No bundle is open'), requestId);
        return;
      }
      bundle
        .then((opened) => opened.readData())
        .then(
          (data) => post({ type: 'data', requestId, data }),
          (error: unknown) => fail(error, requestId),
        );
      return;
    }
    case 'readFile': {
      const { requestId, path } = request;
      if (!bundle) {
        fail(new Error('No bundle is open'), requestId);
        return;
      }
      bundle
        .then((opened) => readFile(opened, path))
        .then(
          (blob) => post({ type: 'file', requestId, blob }),
          (error: unknown) => fail(error, requestId),
        );
      return;
    }
  }
};
