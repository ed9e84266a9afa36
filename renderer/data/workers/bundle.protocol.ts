/**
 * Messages between the page and the bundle worker. The worker writes the ZIP in chunks and waits for the page
 * to acknowledge each one (the page hands it to the shell, which writes it to disk): back-pressure, so a slow disk
 * never lets gigabytes pile up in memory.
 */
import type { BundleOptions, BundleProgress } from '@shared/bundle/types';
import type { CaseId } from '@shared/model';

export type BundleRequest =
  | Readonly<{ type: 'export'; caseId: CaseId; options: Omit<BundleOptions, 'printPdf'> }>
  /** The last chunk is written: send the next. */
  | Readonly<{ type: 'ack' }>
  /** The shell's PDF of the report (null: it has no print engine, or printing failed). */
  | Readonly<{ type: 'printed'; pdf: Uint8Array | null }>
  | Readonly<{ type: 'cancel' }>;

export type BundleDone = Readonly<{
  type: 'done';
  manifestSha256: string;
  bytes: number;
  files: number;
  evidenceFiles: number;
  evidenceIncluded: boolean;
}>;

export type BundleResponse =
  | Readonly<{ type: 'chunk'; bytes: Uint8Array }>
  | Readonly<{ type: 'progress'; progress: BundleProgress }>
  /** The report, for the page to have the shell print (a worker cannot reach the shell). */
  | Readonly<{ type: 'printPdf'; html: string }>
  | BundleDone
  | Readonly<{ type: 'error'; message: string; cancelled: boolean }>;
