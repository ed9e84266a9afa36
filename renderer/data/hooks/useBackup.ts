/** Backing up and restoring the whole workbench, in the backup worker, as state a page renders. */
import { useCallback, useRef, useState } from 'react';

import type { BackupProgress } from '../repositories/backup';
import { backupInWorker, BackupFailure, restoreInWorker, type RunningBackup } from '../workers/backupClient';
import type { BackupSummary } from '../workers/backup.protocol';

export type { BackupProgress, BackupSummary };

export type BackupState =
  | Readonly<{ status: 'idle' }>
  | Readonly<{
      status: 'running';
      job: 'backup' | 'restore';
      progress: BackupProgress | undefined;
      startedAt: number;
      /** When the latest progress arrived, for the rate and time left. */
      now: number;
      /** A restore that is writing can no longer be cancelled. */
      cancellable: boolean;
    }>
  | Readonly<{
      status: 'backedUp';
      summary: BackupSummary;
      fileName: string;
      bytes: number;
      mismatched: readonly string[];
    }>
  | Readonly<{ status: 'restored'; summary: BackupSummary; rows: number; evidenceFiles: number }>
  | Readonly<{
      status: 'failed';
      job: 'backup' | 'restore';
      message: string;
      reason: BackupFailure['reason'];
    }>;

export type BackupControls = Readonly<{
  state: BackupState;
  /** Makes the backup and hands it to `save` (which asks where); resolves when done or failed. */
  backup(app: string, save: (blob: Blob) => Promise<{ name: string } | null>): Promise<void>;
  restore(file: Blob): Promise<void>;
  cancel(): void;
}>;

export function useBackup(): BackupControls {
  const [state, setState] = useState<BackupState>({ status: 'idle' });
  const running = useRef<RunningBackup<unknown> | undefined>(undefined);

  const fail = (job: 'backup' | 'restore', error: unknown) => {
    const reason = error instanceof BackupFailure ? error.reason : 'failed';
    const message = error instanceof Error ? error.message : String(error);
    setState({ status: 'failed', job, message, reason });
  };

  const backup = useCallback(async (app: string, save: (blob: Blob) => Promise<{ name: string } | null>) => {
    const startedAt = Date.now();
    setState({
      status: 'running',
      job: 'backup',
      progress: undefined,
      startedAt,
      now: startedAt,
      cancellable: true,
    });
    const job = backupInWorker(app, (progress) =>
      setState({ status: 'running', job: 'backup', progress, startedAt, now: Date.now(), cancellable: true }),
    );
    running.current = job;
    try {
      const done = await job.finished;
      const saved = await save(done.blob);
      setState(
        saved === null
          ? { status: 'idle' }
          : {
              status: 'backedUp',
              summary: done.summary,
              fileName: saved.name,
              bytes: done.blob.size,
              mismatched: done.mismatched,
            },
      );
    } catch (error) {
      fail('backup', error);
    } finally {
      running.current = undefined;
    }
  }, []);

  const restore = useCallback(async (file: Blob) => {
    const startedAt = Date.now();
    let cancellable = true;
    setState({
      status: 'running',
      job: 'restore',
      progress: undefined,
      startedAt,
      now: startedAt,
      cancellable,
    });
    const job = restoreInWorker(
      file,
      (progress) =>
        setState({ status: 'running', job: 'restore', progress, startedAt, now: Date.now(), cancellable }),
      () => {
        cancellable = false;
      },
    );
    running.current = job;
    try {
      const done = await job.finished;
      setState({
        status: 'restored',
        summary: done.summary,
        rows: done.rows,
        evidenceFiles: done.evidenceFiles,
      });
    } catch (error) {
      fail('restore', error);
    } finally {
      running.current = undefined;
    }
  }, []);

  const cancel = useCallback(() => running.current?.cancel(), []);
  return { state, backup, restore, cancel };
}
