/**
 * "Load demo investigation": generates the seeded demo files and imports each of them exactly as a person would
 * (stored as hashed evidence, then imported with the mapping the file was written for), so the demo shows every
 * part of the product working on realistic, messy data.
 */
import { useCallback, useState } from 'react';
import { planImport } from '@shared/import/planImport';
import { demoPlanChoices } from '@shared/demo/demoFile';
import { mediaTypeFromName } from '@shared/mediaType';
import { addEvidence } from '@renderer/data/hooks/useEvidence';
import { beginImport, previewStoredFile } from '@renderer/data/hooks/useStartImport';
import { generateDemoInWorker } from '@renderer/data/workers/generateDemoInWorker';
import { hashFile } from '@renderer/data/workers/hashFile';
import { fromDroppedFile } from '@renderer/platform/files';

export type DemoLoad = Readonly<{
  state: 'idle' | 'running' | 'done' | 'failed';
  step?: string;
  done: number;
  total: number;
  message?: string;
}>;

export const DEMO_SELLERS = 40;
export const DEMO_SEED = 7;

export function useLoadDemo(): Readonly<{ load: () => Promise<void>; progress: DemoLoad }> {
  const [progress, setProgress] = useState<DemoLoad>({ state: 'idle', done: 0, total: 0 });

  const load = useCallback(async () => {
    setProgress({ state: 'running', step: 'Generating the demo files', done: 0, total: 0 });
    try {
      const files = await generateDemoInWorker(DEMO_SELLERS, DEMO_SEED);
      let done = 0;
      for (const file of files) {
        setProgress({ state: 'running', step: `Importing ${file.name}`, done, total: files.length });
        const readable = fromDroppedFile(new File([file.bytes as Uint8Array<ArrayBuffer>], file.name));
        const hashed = await hashFile(readable, () => undefined);
        await addEvidence({
          sha256: hashed.sha256,
          name: file.name,
          mediaType: mediaTypeFromName(file.name),
          data: hashed.data,
          capturedBy: 'Casegraph demo generator',
        });
        const preview = await previewStoredFile(hashed.sha256, file.name, file.sheet);
        if (preview.format !== 'evidence') {
          const plan = planImport(preview, file.name, demoPlanChoices(file));
          const { running } = await beginImport(
            { evidenceId: hashed.sha256, fileName: file.name, plan },
            () => undefined,
          );
          await running.finished;
        }
        done += 1;
      }
      setProgress({ state: 'done', done, total: files.length, message: `Loaded ${files.length} demo files` });
    } catch (error) {
      setProgress({
        state: 'failed',
        done: 0,
        total: 0,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }, []);

  return { load, progress };
}
