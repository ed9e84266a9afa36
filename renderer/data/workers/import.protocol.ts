/** Messages between the page and the import worker. */
import type { ImportPlan } from '@shared/import/pipeline';
import type { FilePreview } from '@shared/import/preview';
import type { EvidenceId, ImportId, ImportRecord } from '@shared/model';

export type ImportRequest =
  | Readonly<{ type: 'preview'; evidenceId: EvidenceId; fileName: string; sheet?: string }>
  | Readonly<{ type: 'run'; importId: ImportId; evidenceId: EvidenceId; fileName: string; plan: ImportPlan }>
  | Readonly<{ type: 'cancel' }>;

/** Progress of a running import: rows for people, bytes for the bar and the time left. */
export type ImportProgress = Readonly<{
  rowsRead: number;
  recordsCommitted: number;
  rejects: number;
  bytesRead: number;
  totalBytes: number;
  newEntities: number;
  newLinks: number;
}>;

export type ImportResponse =
  | Readonly<{ type: 'preview'; preview: FilePreview }>
  | Readonly<{ type: 'progress'; progress: ImportProgress }>
  | Readonly<{ type: 'finished'; record: ImportRecord }>
  | Readonly<{ type: 'error'; message: string }>;
