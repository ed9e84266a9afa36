/**
 * Backup and restore of the whole workbench (every table, every evidence file) to one file. The work runs in the
 * backup worker; restore checks the whole file before it replaces anything, and replaces everything or nothing.
 */
import { useState } from 'react';
import type { PickedFile } from '@shared/bridge';
import { BACKUP_EXTENSION } from '@shared/case/backupFormat';
import { formatBytes } from '@shared/progress/progress';
import { useBackup, type BackupState } from '@renderer/data/hooks/useBackup';
import { bridge } from '@renderer/platform/bridge';
import { fromPickedFile, readInChunks, saveBlob, type ReadableFile } from '@renderer/platform/files';
import { ProgressBar } from '@renderer/ui/ProgressBar';
import { errorText } from './labels';

const FILTERS = [{ name: 'Casegraph backup', extensions: [BACKUP_EXTENSION] }];

/** The picked file as one Blob, gathered in chunks (the bridge cannot hand over a File). */
async function asBlob(file: ReadableFile): Promise<Blob> {
  let blob = new Blob([]);
  let pending: Uint8Array<ArrayBuffer>[] = [];
  await readInChunks(file, (chunk) => {
    pending.push(chunk as Uint8Array<ArrayBuffer>);
    // Folding into a Blob every few chunks lets the browser keep large files on disk rather than in memory.
    if (pending.length >= 16) {
      blob = new Blob([blob, ...pending]);
      pending = [];
    }
  });
  return new Blob([blob, ...pending]);
}

function backupFileName(now = new Date()): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return `casegraph-backup-${stamp}.${BACKUP_EXTENSION}`;
}

const PHASE_LABEL = {
  reading: 'Reading the store',
  hashing: 'Hashing evidence files',
  checking: 'Checking the backup file',
  writing: 'Writing the restored data',
} as const;

function RunningLine({
  state,
  onCancel,
}: Readonly<{ state: BackupState & { status: 'running' }; onCancel: () => void }>) {
  const progress = state.progress;
  const byBytes = progress?.phase === 'hashing' || progress?.phase === 'checking';
  return (
    <ProgressBar
      label={
        progress
          ? PHASE_LABEL[progress.phase]
          : state.job === 'backup'
            ? 'Starting the backup'
            : 'Starting the restore'
      }
      sample={{
        done: progress?.done ?? 0,
        total: progress?.total,
        startedAt: state.startedAt,
        now: state.now,
      }}
      unit={byBytes ? 'bytes' : 'records'}
      {...(byBytes ? { formatAmount: formatBytes } : {})}
      {...(state.cancellable ? { onCancel } : {})}
    />
  );
}

function tableRows(tables: Readonly<Record<string, { rows: number }>>): string {
  return Object.values(tables)
    .reduce((sum, t) => sum + t.rows, 0)
    .toLocaleString();
}

export function BackupCard() {
  const { state, backup, restore, cancel } = useBackup();
  const [picked, setPicked] = useState<PickedFile>();
  const [pickError, setPickError] = useState<string>();
  const busy = state.status === 'running';

  const pick = async () => {
    setPickError(undefined);
    try {
      const [file] = await bridge.openFiles({
        title: 'Restore a Casegraph backup',
        filters: FILTERS,
        multiple: false,
      });
      setPicked(file);
    } catch (error) {
      setPickError(errorText(error));
    }
  };

  const confirmRestore = async (file: PickedFile) => {
    setPicked(undefined);
    let blob: Blob;
    try {
      blob = await asBlob(fromPickedFile(file));
    } catch (error) {
      setPickError(`Could not read ${file.name}: ${errorText(error)}`);
      return;
    } finally {
      await bridge.releaseFile(file.handle);
    }
    await restore(blob);
  };

  return (
    <section className="card backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup and restore</h2>
      <p className="muted">
        One file holds the whole workbench: every case, entity, note, the audit log and every evidence file,
        with a SHA-256 for each part. Restoring checks the whole file first and refuses a damaged one without
        changing anything.
      </p>
      <div className="form-row">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() =>
            void backup(`Casegraph ${__APP_VERSION__}`, (blob) =>
              saveBlob(blob, backupFileName(), FILTERS).then((saved) =>
                saved ? { name: saved.name } : null,
              ),
            )
          }
        >
          Back up workbench
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void pick()}>
          Restore from backup…
        </button>
      </div>
      {picked ? (
        <div className="note note--warning backup__confirm" role="group" aria-label="Confirm restore">
          <p>
            Restore <strong>{picked.name}</strong> ({formatBytes(picked.size)})? Everything in this workbench
            is replaced by the backup’s content. Make a backup of the current state first if you may need it.
          </p>
          <div className="form-row">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void confirmRestore(picked)}
            >
              Replace everything with this backup
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                void bridge.releaseFile(picked.handle);
                setPicked(undefined);
              }}
            >
              Keep the current data
            </button>
          </div>
        </div>
      ) : null}
      {state.status === 'running' ? <RunningLine state={state} onCancel={cancel} /> : null}
      {state.status === 'backedUp' ? (
        <p role="status" className="notice">
          Backed up {tableRows(state.summary.tables)} records and{' '}
          {(state.summary.tables.blobs?.rows ?? 0).toLocaleString()} evidence files to {state.fileName} (
          {formatBytes(state.bytes)}).
          {state.mismatched.length > 0
            ? ` Warning: ${state.mismatched.length} evidence file(s) no longer match their SHA-256 in this store; they were backed up as they are.`
            : ''}
        </p>
      ) : null}
      {state.status === 'restored' ? (
        <p role="status" className="notice">
          Restored {state.rows.toLocaleString()} records and {state.evidenceFiles.toLocaleString()} evidence
          files from the backup made {new Date(state.summary.createdAt).toLocaleString()} by{' '}
          {state.summary.createdBy}. Every part matched its SHA-256.
        </p>
      ) : null}
      {state.status === 'failed' ? (
        <p role="alert" className="field-error">
          {state.reason === 'cancelled'
            ? `${state.job === 'backup' ? 'Backup' : 'Restore'} cancelled; nothing was changed.`
            : state.job === 'restore'
              ? `Restore refused: ${state.message}. Your current data was not changed.`
              : `Backup failed: ${state.message}`}
        </p>
      ) : null}
      {pickError ? (
        <p role="alert" className="field-error">
          {pickError}
        </p>
      ) : null}
    </section>
  );
}
