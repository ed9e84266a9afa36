/** Starting and resuming imports: the import record is created here, the work runs in the import worker. */
import type { ImportPlan } from '@shared/import/pipeline';
import type { EvidenceId, ImportRecord } from '@shared/model';
import { getDb } from '../db';
import { resumeImport, startImport } from '../repositories/imports';
import { runImportInWorker, type RunningImport } from '../workers/importClient';
import type { ImportProgress } from '../workers/import.protocol';

export type { ImportProgress, RunningImport };
export { previewStoredFile } from '../workers/importClient';

export async function beginImport(
  args: Readonly<{ evidenceId: EvidenceId; fileName: string; plan: ImportPlan }>,
  onProgress: (progress: ImportProgress) => void,
): Promise<{ record: ImportRecord; running: RunningImport }> {
  const record = await startImport(getDb(), {
    evidenceId: args.evidenceId,
    fileName: args.fileName,
    format: args.plan.format,
    plan: args.plan,
  });
  const running = runImportInWorker({ importId: record.id, ...args }, onProgress);
  return { record, running };
}

/** Continues a cancelled or failed import after its last committed chunk, from the stored file. */
export async function continueImport(
  record: ImportRecord,
  onProgress: (progress: ImportProgress) => void,
): Promise<RunningImport> {
  const resumed = await resumeImport(getDb(), record.id);
  return runImportInWorker(
    {
      importId: resumed.id,
      evidenceId: resumed.evidenceId,
      fileName: resumed.fileName,
      plan: resumed.plan as unknown as ImportPlan,
    },
    onProgress,
  );
}
