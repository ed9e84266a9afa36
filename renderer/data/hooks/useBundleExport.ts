/**
 * Exporting a case as an evidence bundle, as state a page renders: asks where to save, runs the bundle worker,
 * writes each chunk through the shell as it comes (to disk in the desktop app), records the export in the audit
 * log when the file is complete. Cancel or a failure removes the half-written file.
 */
import { useCallback, useRef, useState } from 'react';
import type { BundleOptions, BundleProgress } from '@shared/bundle/types';
import type { CaseId } from '@shared/model';
import { bridge } from '@renderer/platform/bridge';
import { getDb } from '../db';
import { recordBundleExport } from '../repositories/bundleExports';
import { readExaminerName } from '../repositories/settings';
import { BundleCancelled, exportBundleInWorker, type RunningExport } from '../workers/bundleClient';

export type BundleChoices = Pick<BundleOptions, 'includeEvidence' | 'redact' | 'deterministic'>;

export type BundleExportState =
  | Readonly<{ status: 'idle' }>
  | Readonly<{ status: 'running'; progress: BundleProgress | undefined; startedAt: number; now: number }>
  | Readonly<{
      status: 'done';
      fileName: string;
      location: string | null;
      bytes: number;
      manifestSha256: string;
      files: number;
      evidenceFiles: number;
      evidenceIncluded: boolean;
    }>
  | Readonly<{ status: 'failed'; message: string }>;

export function useBundleExport(caseId: CaseId) {
  const [state, setState] = useState<BundleExportState>({ status: 'idle' });
  const running = useRef<RunningExport | undefined>(undefined);

  const start = useCallback(
    async (choices: BundleChoices, suggestedName: string) => {
      const handle = await bridge.beginSave({
        suggestedName,
        filters: [{ name: 'Evidence bundle (ZIP)', extensions: ['zip'] }],
      });
      if (handle === null) return;
      const startedAt = Date.now();
      setState({ status: 'running', progress: undefined, startedAt, now: startedAt });
      try {
        const db = getDb();
        const options: Omit<BundleOptions, 'printPdf'> = {
          ...choices,
          examiner: await readExaminerName(db),
          tool: { name: 'Casegraph', version: __APP_VERSION__ },
          createdAt: new Date().toISOString(),
        };
        const job = exportBundleInWorker(
          caseId,
          options,
          (bytes) => bridge.writeChunk(handle, bytes),
          (progress) => setState({ status: 'running', progress, startedAt, now: Date.now() }),
          // the desktop app prints with its own Chromium (every script's fonts); the browser build gets null
          (html) => bridge.printToPdf(html),
        );
        running.current = job;
        const done = await job.finished;
        const saved = await bridge.finishSave(handle);
        await recordBundleExport(db, caseId, {
          manifestSha256: done.manifestSha256,
          fileName: saved.name,
          bytes: done.bytes,
          ...choices,
        });
        setState({
          status: 'done',
          fileName: saved.name,
          location: saved.location,
          bytes: done.bytes,
          manifestSha256: done.manifestSha256,
          files: done.files,
          evidenceFiles: done.evidenceFiles,
          evidenceIncluded: done.evidenceIncluded,
        });
      } catch (error) {
        await bridge.abortSave(handle);
        setState(
          error instanceof BundleCancelled
            ? { status: 'idle' }
            : { status: 'failed', message: error instanceof Error ? error.message : String(error) },
        );
      } finally {
        running.current = undefined;
      }
    },
    [caseId],
  );

  const cancel = useCallback(() => running.current?.cancel(), []);
  return { state, start, cancel };
}
