/**
 * The import workflow, file by file: hash and store the file as evidence, read a preview, propose a mapping (a saved
 * template for the same headers, else a guess), wait for the investigator to confirm, run the import in a worker
 * with progress and cancel. Files that are only evidence (images, PDFs, pages) stop after being stored; the same
 * bytes imported before are reported and skipped.
 */
import { useCallback, useRef, useState } from 'react';
import { decideDecimals } from '@shared/import/mapping/decideDecimals';
import { guessMapping } from '@shared/import/mapping/guessMapping';
import { needsMapping, type FilePreview } from '@shared/import/preview';
import { mediaTypeFromName } from '@shared/mediaType';
import type { EvidenceId, ImportRecord } from '@shared/model';
import { createLogger } from '@shared/log';
import { addEvidence } from '@renderer/data/hooks/useEvidence';
import { findCompletedImport, findTemplate, storeTemplate } from '@renderer/data/hooks/useImports';
import {
  beginImport,
  continueImport,
  previewStoredFile,
  type ImportProgress,
  type RunningImport,
} from '@renderer/data/hooks/useStartImport';
import { hashFile } from '@renderer/data/workers/hashFile';
import type { ReadableFile } from '@renderer/platform/files';
import { draftFromMapping, mappingFromDraft, type MappingDraft } from './mappingDraft';

const log = createLogger('import/queue');

export type JobStage =
  | 'waiting'
  | 'hashing'
  | 'reading'
  | 'mapping'
  | 'importing'
  | 'imported'
  | 'stored'
  | 'duplicate'
  | 'cancelled'
  | 'failed';

export type ImportJob = Readonly<{
  id: number;
  name: string;
  size: number;
  stage: JobStage;
  startedAt: number;
  now: number;
  hashedBytes: number;
  evidenceId?: EvidenceId;
  preview?: FilePreview;
  draft?: MappingDraft;
  templateName?: string;
  progress?: ImportProgress;
  record?: ImportRecord;
  message?: string;
}>;

export type ImportQueue = Readonly<{
  jobs: readonly ImportJob[];
  add(files: readonly ReadableFile[]): Promise<void>;
  edit(id: number, draft: MappingDraft): void;
  chooseSheet(id: number, sheet: string): Promise<void>;
  confirm(id: number, templateName?: string): Promise<void>;
  skip(id: number): void;
  cancel(id: number): void;
  resume(record: ImportRecord): Promise<void>;
  dismissFinished(): void;
}>;

const ACTIVE: ReadonlySet<JobStage> = new Set(['waiting', 'hashing', 'reading', 'mapping', 'importing']);
const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function useImportQueue(): ImportQueue {
  const [jobs, setJobs] = useState<readonly ImportJob[]>([]);
  const jobsRef = useRef<readonly ImportJob[]>([]);
  const running = useRef(new Map<number, RunningImport>());
  const hashing = useRef(new Map<number, AbortController>());
  const nextId = useRef(1);

  const update = useCallback((id: number, patch: Partial<ImportJob>) => {
    setJobs((current) => {
      const next = current.map((job) => (job.id === id ? { ...job, ...patch } : job));
      jobsRef.current = next;
      return next;
    });
  }, []);
  const push = useCallback((job: ImportJob) => {
    setJobs((current) => {
      const next = [...current, job];
      jobsRef.current = next;
      return next;
    });
  }, []);

  const prepare = useCallback(
    async (id: number, file: ReadableFile) => {
      const controller = new AbortController();
      hashing.current.set(id, controller);
      const startedAt = Date.now();
      update(id, { stage: 'hashing', startedAt, now: startedAt });
      try {
        const hashed = await hashFile(
          file,
          (done) => update(id, { hashedBytes: done, now: Date.now() }),
          controller.signal,
        );
        const stored = await addEvidence({
          sha256: hashed.sha256,
          name: file.name,
          mediaType: mediaTypeFromName(file.name),
          data: hashed.data,
        });
        update(id, { stage: 'reading', evidenceId: hashed.sha256 });
        const preview = await previewStoredFile(hashed.sha256, file.name);
        if (preview.format === 'evidence') {
          update(id, {
            stage: 'stored',
            preview,
            message: stored.alreadyStored
              ? `Already stored as ${stored.evidence.name}: nothing was duplicated`
              : `Stored as evidence, SHA-256 ${hashed.sha256}`,
          });
          return;
        }
        const earlier = await findCompletedImport(hashed.sha256);
        if (earlier) {
          update(id, {
            stage: 'duplicate',
            preview,
            record: earlier,
            message: `Already imported on ${new Date(earlier.startedAt).toLocaleString()} as ${earlier.fileName}: the same bytes again would change nothing, so it was skipped`,
          });
          return;
        }
        if (!needsMapping(preview.format)) {
          update(id, { stage: 'mapping', preview });
          return;
        }
        const template = await findTemplate(preview.headers);
        const mapping = template?.mapping ?? guessMapping(preview.headers, file.name).mapping;
        update(id, {
          stage: 'mapping',
          preview,
          draft: draftFromMapping(mapping, preview.headers),
          ...(template ? { templateName: template.name } : {}),
        });
      } catch (error) {
        if (controller.signal.aborted)
          update(id, { stage: 'cancelled', message: 'Cancelled: nothing was stored' });
        else {
          log.error(`Could not read ${file.name}`, error);
          update(id, { stage: 'failed', message: errorText(error) });
        }
      } finally {
        hashing.current.delete(id);
      }
    },
    [update],
  );

  const add = useCallback(
    async (files: readonly ReadableFile[]) => {
      const queued = files.map((file) => {
        const id = nextId.current++;
        push({
          id,
          name: file.name,
          size: file.size,
          stage: 'waiting',
          startedAt: Date.now(),
          now: Date.now(),
          hashedBytes: 0,
        });
        return { id, file };
      });
      for (const { id, file } of queued) {
        if (jobsRef.current.find((job) => job.id === id)?.stage === 'cancelled') continue;
        await prepare(id, file);
      }
    },
    [prepare, push],
  );

  const watch = useCallback(
    async (id: number, run: RunningImport) => {
      running.current.set(id, run);
      try {
        const record = await run.finished;
        update(id, {
          stage:
            record.status === 'done' ? 'imported' : record.status === 'cancelled' ? 'cancelled' : 'failed',
          record,
          now: Date.now(),
          ...(record.status === 'cancelled'
            ? { message: 'Cancelled after the last complete chunk: resume or roll it back below' }
            : {}),
          ...(record.status === 'failed' ? { message: record.message ?? 'The import failed' } : {}),
        });
      } catch (error) {
        update(id, { stage: 'failed', message: errorText(error) });
      } finally {
        running.current.delete(id);
      }
    },
    [update],
  );

  const confirm = useCallback(
    async (id: number, templateName?: string) => {
      const job = jobsRef.current.find((j) => j.id === id);
      if (!job?.preview || !job.evidenceId) return;
      try {
        const mapping = job.draft ? mappingFromDraft(job.draft) : undefined;
        if (mapping && templateName && templateName.trim() !== '')
          await storeTemplate(templateName, job.preview.headers, mapping);
        const plan = {
          format: job.preview.format,
          ...(job.preview.sheet === undefined ? {} : { sheet: job.preview.sheet }),
          ...(mapping ? { mapping, decimals: decideDecimals(mapping, job.preview.rows) } : {}),
        };
        const startedAt = Date.now();
        update(id, { stage: 'importing', startedAt, now: startedAt });
        const { record, running: run } = await beginImport(
          { evidenceId: job.evidenceId, fileName: job.name, plan },
          (progress) => update(id, { progress, now: Date.now() }),
        );
        update(id, { record });
        await watch(id, run);
      } catch (error) {
        update(id, { stage: 'failed', message: errorText(error) });
      }
    },
    [update, watch],
  );

  const resume = useCallback(
    async (record: ImportRecord) => {
      const id = nextId.current++;
      const startedAt = Date.now();
      push({
        id,
        name: record.fileName,
        size: 0,
        stage: 'importing',
        startedAt,
        now: startedAt,
        hashedBytes: 0,
        record,
      });
      try {
        const run = await continueImport(record, (progress) => update(id, { progress, now: Date.now() }));
        await watch(id, run);
      } catch (error) {
        update(id, { stage: 'failed', message: errorText(error) });
      }
    },
    [push, update, watch],
  );

  const chooseSheet = useCallback(
    async (id: number, sheet: string) => {
      const job = jobsRef.current.find((j) => j.id === id);
      if (!job?.evidenceId) return;
      try {
        const preview = await previewStoredFile(job.evidenceId, job.name, sheet);
        const template = await findTemplate(preview.headers);
        const mapping = template?.mapping ?? guessMapping(preview.headers, job.name).mapping;
        update(id, {
          preview,
          draft: draftFromMapping(mapping, preview.headers),
          ...(template ? { templateName: template.name } : {}),
        });
      } catch (error) {
        update(id, { stage: 'failed', message: errorText(error) });
      }
    },
    [update],
  );

  const cancel = useCallback(
    (id: number) => {
      hashing.current.get(id)?.abort();
      running.current.get(id)?.cancel();
      const job = jobsRef.current.find((j) => j.id === id);
      if (job && (job.stage === 'waiting' || job.stage === 'mapping'))
        update(id, { stage: 'cancelled', message: 'Not imported' });
    },
    [update],
  );

  return {
    jobs,
    add,
    edit: (id, draft) => update(id, { draft }),
    chooseSheet,
    confirm,
    skip: (id) => update(id, { stage: 'cancelled', message: 'Skipped: stored as evidence, not imported' }),
    cancel,
    resume,
    dismissFinished: () =>
      setJobs((current) => {
        const next = current.filter((job) => ACTIVE.has(job.stage));
        jobsRef.current = next;
        return next;
      }),
  };
}
