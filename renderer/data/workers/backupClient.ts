/** The page's side of the backup worker: one worker per backup, restore or verification, with progress and cancel. */
import type { AuditVerification } from '@shared/model';
import type { BackupProgress } from '../repositories/backup';
import type { BackupRequest, BackupResponse } from './backup.protocol';

export type BackupDone = Extract<BackupResponse, { type: 'backedUp' }>;
export type RestoreDone = Extract<BackupResponse, { type: 'restored' }>;

/** A failure with the reason the page words its message by. */
export class BackupFailure extends Error {
  override readonly name = 'BackupFailure';
  constructor(
    message: string,
    readonly reason: 'damaged' | 'cancelled' | 'failed',
  ) {
    super(message);
  }
}

export type RunningBackup<T> = Readonly<{ finished: Promise<T>; cancel(): void }>;

function run<T extends BackupResponse>(
  request: BackupRequest,
  done: T['type'],
  onProgress: (progress: BackupProgress) => void,
  onWriting?: () => void,
): RunningBackup<T> {
  const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), {
    type: 'module',
    name: 'backup',
  });
  const finished = new Promise<T>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<BackupResponse>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'writing') onWriting?.();
      else if (message.type === 'error') reject(new BackupFailure(message.message, message.reason));
      else if (message.type === done) resolve(message as T);
    };
    worker.onerror = (event) =>
      reject(new BackupFailure(event.message || 'The backup worker stopped', 'failed'));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
  return {
    finished,
    cancel: () => {
      const cancel: BackupRequest = { type: 'cancel' };
      worker.postMessage(cancel);
    },
  };
}

export function backupInWorker(
  app: string,
  onProgress: (progress: BackupProgress) => void,
): RunningBackup<BackupDone> {
  return run<BackupDone>({ type: 'backup', app }, 'backedUp', onProgress);
}

export function restoreInWorker(
  file: Blob,
  onProgress: (progress: BackupProgress) => void,
  onWriting: () => void,
): RunningBackup<RestoreDone> {
  return run<RestoreDone>({ type: 'restore', file }, 'restored', onProgress, onWriting);
}

/** Re-hashes the whole audit chain off the main thread. */
export async function verifyInWorker(): Promise<AuditVerification> {
  const done = await run<Extract<BackupResponse, { type: 'verified' }>>(
    { type: 'verify' },
    'verified',
    () => undefined,
  ).finished;
  return done.result;
}
