/** The page's side of the import worker: a preview, or a run with progress and cancel. */
import type { ImportPlan } from '@shared/import/pipeline';
import type { FilePreview } from '@shared/import/preview';
import type { EvidenceId, ImportId, ImportRecord } from '@shared/model';
import type { ImportProgress, ImportRequest, ImportResponse } from './import.protocol';

function spawn(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
}

export function previewStoredFile(
  evidenceId: EvidenceId,
  fileName: string,
  sheet?: string,
): Promise<FilePreview> {
  const worker = spawn();
  return new Promise<FilePreview>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      if (event.data.type === 'preview') resolve(event.data.preview);
      else if (event.data.type === 'error') reject(new Error(event.data.message));
    };
    worker.onerror = (event) => reject(new Error(`Reading ${fileName} failed: ${event.message}`));
    const request: ImportRequest = {
      type: 'preview',
      evidenceId,
      fileName,
      ...(sheet === undefined ? {} : { sheet }),
    };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

export type RunningImport = Readonly<{ finished: Promise<ImportRecord>; cancel(): void }>;

export function runImportInWorker(
  args: Readonly<{ importId: ImportId; evidenceId: EvidenceId; fileName: string; plan: ImportPlan }>,
  onProgress: (progress: ImportProgress) => void,
): RunningImport {
  const worker = spawn();
  const finished = new Promise<ImportRecord>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'finished') resolve(message.record);
      else if (message.type === 'error') reject(new Error(message.message));
    };
    worker.onerror = (event) => reject(new Error(`Importing ${args.fileName} failed: ${event.message}`));
    const request: ImportRequest = { type: 'run', ...args };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
  return {
    finished,
    cancel: () => {
      const request: ImportRequest = { type: 'cancel' };
      worker.postMessage(request);
    },
  };
}
