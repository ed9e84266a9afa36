/** The page's side of the bundle worker: one worker per export, its chunks handed to `write`, with cancel. */
import type { BundleOptions, BundleProgress } from '@shared/bundle/types';
import type { CaseId } from '@shared/model';
import type { BundleDone, BundleRequest, BundleResponse } from './bundle.protocol';

export type { BundleDone };

export class BundleCancelled extends Error {
  override readonly name = 'BundleCancelled';
}

export type RunningExport = Readonly<{ finished: Promise<BundleDone>; cancel(): void }>;

export function exportBundleInWorker(
  caseId: CaseId,
  options: Omit<BundleOptions, 'printPdf'>,
  write: (bytes: Uint8Array) => Promise<void>,
  onProgress: (progress: BundleProgress) => void,
  /** The shell's PDF of the report, or null (then the worker writes its own). */
  print: (html: string) => Promise<Uint8Array | null>,
): RunningExport {
  const worker = new Worker(new URL('./bundle.worker.ts', import.meta.url), {
    type: 'module',
    name: 'bundle',
  });
  const tell = (request: BundleRequest) => worker.postMessage(request);
  const finished = new Promise<BundleDone>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<BundleResponse>) => {
      const message = event.data;
      switch (message.type) {
        case 'chunk':
          write(message.bytes).then(
            () => tell({ type: 'ack' }),
            (error: unknown) => {
              tell({ type: 'cancel' });
              reject(error instanceof Error ? error : new Error(String(error)));
            },
          );
          return;
        case 'progress':
          onProgress(message.progress);
          return;
        case 'printPdf':
          print(message.html).then(
            (pdf) => tell({ type: 'printed', pdf }),
            () => tell({ type: 'printed', pdf: null }),
          );
          return;
        case 'done':
          resolve(message);
          return;
        case 'error':
          reject(message.cancelled ? new BundleCancelled('Cancelled') : new Error(message.message));
          return;
      }
    };
    worker.onerror = (event) => reject(new Error(event.message || 'The bundle worker stopped'));
    tell({ type: 'export', caseId, options });
  }).finally(() => worker.terminate());
  return { finished, cancel: () => tell({ type: 'cancel' }) };
}
