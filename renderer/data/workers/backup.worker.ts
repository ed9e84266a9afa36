/// <reference lib="webworker" />
/**
 * Backup and restore of the whole workbench run here: reading every table, hashing every evidence file, checking
 * and writing a restore would freeze the window on the main thread. So does re-hashing the whole audit chain
 * ("Verify history"), which a large workbench makes long. Progress goes to the page; Cancel works until
 * a restore starts writing (from then on its one transaction finishes or changes nothing).
 */
import { BackupError, type BackupManifest } from '@shared/case/backupFormat';
import { CasegraphDb } from '../db';
import { verifyAuditLog } from '../repositories/audit';
import { createBackup, restoreBackup, type BackupProgress } from '../repositories/backup';
import type { BackupRequest, BackupResponse, BackupSummary } from './backup.protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const db = new CasegraphDb();
const controller = new AbortController();

const post = (message: BackupResponse): void => scope.postMessage(message);

const summaryOf = (manifest: BackupManifest): BackupSummary => ({
  createdAt: manifest.createdAt,
  createdBy: manifest.createdBy,
  app: manifest.app,
  tables: manifest.tables,
});

function fail(error: unknown): void {
  if (controller.signal.aborted) post({ type: 'error', message: 'Cancelled', reason: 'cancelled' });
  else if (error instanceof BackupError) post({ type: 'error', message: error.message, reason: 'damaged' });
  else
    post({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
      reason: 'failed',
    });
}

scope.onmessage = (event: MessageEvent<BackupRequest>) => {
  const request = event.data;
  const onProgress = (progress: BackupProgress) => post({ type: 'progress', progress });
  switch (request.type) {
    case 'cancel':
      controller.abort();
      return;
    case 'backup':
      createBackup(db, { app: request.app, signal: controller.signal, onProgress }).then(
        ({ blob, manifest, mismatched }) =>
          post({ type: 'backedUp', blob, summary: summaryOf(manifest), mismatched }),
        fail,
      );
      return;
    case 'verify':
      verifyAuditLog(db).then((result) => post({ type: 'verified', result }), fail);
      return;
    case 'restore':
      restoreBackup(db, request.file, {
        signal: controller.signal,
        onProgress,
        onWriting: () => post({ type: 'writing' }),
      }).then(
        ({ manifest, rows, evidenceFiles }) =>
          post({ type: 'restored', summary: summaryOf(manifest), rows, evidenceFiles }),
        fail,
      );
      return;
  }
};
