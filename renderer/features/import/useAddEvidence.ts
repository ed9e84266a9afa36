/**
 * Adds files as evidence, one after another: hash in a worker (with progress and cancel), then store by hash.
 * Keeps a small list of jobs so the page can show what is running and how each file went.
 */
import { useCallback, useRef, useState } from 'react';
import { mediaTypeFromName } from '@shared/mediaType';
import { addEvidence } from '@renderer/data/hooks/useEvidence';
import { hashFile } from '@renderer/data/workers/hashFile';
import type { ReadableFile } from '@renderer/platform/files';
import { createLogger } from '@shared/log';

const log = createLogger('import/evidence');

export type EvidenceJob = Readonly<{
  id: number;
  name: string;
  size: number;
  done: number;
  startedAt: number;
  now: number;
  status: 'waiting' | 'hashing' | 'stored' | 'duplicate' | 'cancelled' | 'failed';
  message?: string;
}>;

export type AddEvidence = Readonly<{
  jobs: readonly EvidenceJob[];
  add(files: readonly ReadableFile[]): Promise<void>;
  cancel(id: number): void;
  dismissFinished(): void;
}>;

export function useAddEvidence(): AddEvidence {
  const [jobs, setJobs] = useState<readonly EvidenceJob[]>([]);
  const controllers = useRef(new Map<number, AbortController>());
  const nextId = useRef(1);

  const update = useCallback((id: number, patch: Partial<EvidenceJob>) => {
    setJobs((current) => current.map((job) => (job.id === id ? { ...job, ...patch } : job)));
  }, []);

  const add = useCallback(
    async (files: readonly ReadableFile[]) => {
      const queued = files.map((file) => {
        const id = nextId.current++;
        controllers.current.set(id, new AbortController());
        return { file, id };
      });
      setJobs((current) => [
        ...current,
        ...queued.map(({ file, id }) => ({
          id,
          name: file.name,
          size: file.size,
          done: 0,
          startedAt: Date.now(),
          now: Date.now(),
          status: 'waiting' as const,
        })),
      ]);
      for (const { file, id } of queued) {
        const controller = controllers.current.get(id);
        if (!controller || controller.signal.aborted) continue;
        const startedAt = Date.now();
        update(id, { status: 'hashing', startedAt, now: startedAt });
        try {
          const hashed = await hashFile(
            file,
            (done) => update(id, { done, now: Date.now() }),
            controller.signal,
          );
          const stored = await addEvidence({
            sha256: hashed.sha256,
            name: file.name,
            mediaType: mediaTypeFromName(file.name),
            data: hashed.data,
          });
          update(id, {
            status: stored.alreadyStored ? 'duplicate' : 'stored',
            done: file.size,
            now: Date.now(),
            message: stored.alreadyStored
              ? `Already stored as ${stored.evidence.name}: nothing was duplicated`
              : `Stored, SHA-256 ${hashed.sha256}`,
          });
        } catch (error) {
          if (error instanceof DOMException && error.name === 'AbortError') {
            update(id, { status: 'cancelled', message: 'Cancelled: nothing was stored' });
          } else {
            log.error(`Could not add ${file.name}`, error);
            update(id, {
              status: 'failed',
              message: `${file.name} could not be stored: ${error instanceof Error ? error.message : String(error)}`,
            });
          }
        } finally {
          controllers.current.delete(id);
        }
      }
    },
    [update],
  );

  const cancel = useCallback((id: number) => {
    const controller = controllers.current.get(id);
    controller?.abort();
    controllers.current.delete(id);
    setJobs((current) =>
      current.map((job) =>
        job.id === id && job.status === 'waiting'
          ? { ...job, status: 'cancelled', message: 'Cancelled: nothing was stored' }
          : job,
      ),
    );
  }, []);

  const dismissFinished = useCallback(() => {
    setJobs((current) => current.filter((job) => job.status === 'waiting' || job.status === 'hashing'));
  }, []);

  return { jobs, add, cancel, dismissFinished };
}
