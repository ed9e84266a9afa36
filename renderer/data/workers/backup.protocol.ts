/** Messages between the page and the backup worker (which also re-verifies the audit chain: both read it all). */
import type { BackupManifest } from '@shared/case/backupFormat';
import type { AuditVerification } from '@shared/model';
import type { BackupProgress } from '../repositories/backup';

export type BackupRequest =
  | Readonly<{ type: 'backup'; app: string }>
  | Readonly<{ type: 'restore'; file: Blob }>
  | Readonly<{ type: 'verify' }>
  | Readonly<{ type: 'cancel' }>;

export type BackupSummary = Readonly<{
  createdAt: string;
  createdBy: string;
  app: string;
  tables: BackupManifest['tables'];
}>;

export type BackupResponse =
  | Readonly<{ type: 'progress'; progress: BackupProgress }>
  /** Restore has checked the file and started writing: Cancel no longer applies. */
  | Readonly<{ type: 'writing' }>
  | Readonly<{ type: 'backedUp'; blob: Blob; summary: BackupSummary; mismatched: readonly string[] }>
  | Readonly<{ type: 'restored'; summary: BackupSummary; rows: number; evidenceFiles: number }>
  | Readonly<{ type: 'verified'; result: AuditVerification }>
  | Readonly<{ type: 'error'; message: string; reason: 'damaged' | 'cancelled' | 'failed' }>;
