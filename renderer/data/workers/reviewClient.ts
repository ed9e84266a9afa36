/**
 * The page's side of the review worker: one worker per opened bundle, kept while the reviewer browses it (the
 * data and evidence previews are read through it) and ended by `close`.
 */
import type { BundleData, BundleVerification } from '@shared/bundle/types';
import type { OpenedInfo, ReviewRequest, ReviewResponse } from './review.protocol';

export type { OpenedInfo };

/** A failure with the reason the page words its message by. */
export class ReviewFailure extends Error {
  override readonly name = 'ReviewFailure';
  constructor(
    message: string,
    readonly reason: 'refused' | 'cancelled' | 'failed',
  ) {
    super(message);
  }
}

export type ReviewJob = Readonly<{
  /** The manifest is read and valid; the check goes on. */
  opened: Promise<OpenedInfo>;
  /** Every file hashed and the audit chain checked. */
  verified: Promise<BundleVerification>;
  cancel(): void;
  readData(): Promise<BundleData>;
  readFile(path: string): Promise<Blob>;
  /** Ends the worker; pending reads fail. */
  close(): void;
}>;

type Deferred<T> = Readonly<{
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: ReviewFailure) => void;
}>;

function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: ReviewFailure) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Whoever does not await it must not see an unhandled rejection; the page awaits what it shows.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

export function openBundleInWorker(
  file: Blob,
  onProgress: (bytesDone: number, bytesTotal: number) => void,
): ReviewJob {
  const worker = new Worker(new URL('./review.worker.ts', import.meta.url), {
    type: 'module',
    name: 'review',
  });
  const opened = deferred<OpenedInfo>();
  const verified = deferred<BundleVerification>();
  const dataReads = new Map<number, Deferred<BundleData>>();
  const fileReads = new Map<number, Deferred<Blob>>();
  let nextId = 1;

  const failAll = (failure: ReviewFailure) => {
    opened.reject(failure);
    verified.reject(failure);
    for (const reads of [dataReads, fileReads]) {
      for (const read of reads.values()) read.reject(failure);
      reads.clear();
    }
  };

  /** The read waiting for this answer, taken out of its list. */
  const take = <T>(reads: Map<number, Deferred<T>>, requestId: number): Deferred<T> | undefined => {
    const read = reads.get(requestId);
    reads.delete(requestId);
    return read;
  };

  worker.onmessage = (event: MessageEvent<ReviewResponse>) => {
    const message = event.data;
    switch (message.type) {
      case 'opened':
        opened.resolve(message.info);
        return;
      case 'progress':
        onProgress(message.bytesDone, message.bytesTotal);
        return;
      case 'verified':
        verified.resolve(message.verification);
        return;
      case 'data':
        take(dataReads, message.requestId)?.resolve(message.data);
        return;
      case 'file':
        take(fileReads, message.requestId)?.resolve(message.blob);
        return;
      case 'error': {
        const failure = new ReviewFailure(message.message, message.reason);
        if (message.requestId === undefined) {
          opened.reject(failure);
          verified.reject(failure);
        } else {
          take(dataReads, message.requestId)?.reject(failure);
          take(fileReads, message.requestId)?.reject(failure);
        }
        return;
      }
    }
  };
  worker.onerror = (event) =>
    failAll(new ReviewFailure(event.message || 'The review worker stopped', 'failed'));

  const send = (request: ReviewRequest) => worker.postMessage(request);
  const ask = <T>(
    reads: Map<number, Deferred<T>>,
    request: (requestId: number) => ReviewRequest,
  ): Promise<T> => {
    const requestId = nextId++;
    const read = deferred<T>();
    reads.set(requestId, read);
    send(request(requestId));
    return read.promise;
  };

  send({ type: 'open', file });
  return {
    opened: opened.promise,
    verified: verified.promise,
    cancel: () => send({ type: 'cancel' }),
    readData: () => ask(dataReads, (requestId) => ({ type: 'readData', requestId })),
    readFile: (path) => ask(fileReads, (requestId) => ({ type: 'readFile', requestId, path })),
    close: () => {
      worker.terminate();
      failAll(new ReviewFailure('The bundle was closed', 'cancelled'));
    },
  };
}
