/**
 * The bundle open in Review: an external store (subscribe/snapshot) rather than component state, so the bundle
 * stays open while the reviewer follows links between Review's pages (each a route) or visits another section,
 * and so the worker's answers land on whatever bundle is open by then, never on one the reviewer has closed.
 */
import { useSyncExternalStore } from 'react';
import type { BundleData, BundleVerification } from '@shared/bundle/types';
import { problemCount } from '@shared/bundle/reviewSummary';
import { createLogger } from '@shared/log';
import { recordOpenedBundle } from '@renderer/data/hooks/useReview';
import {
  openBundleInWorker,
  ReviewFailure,
  type OpenedInfo,
  type ReviewJob,
} from '@renderer/data/workers/reviewClient';

export type CaseData =
  | Readonly<{ status: 'loading' }>
  | Readonly<{ status: 'ready'; data: BundleData }>
  | Readonly<{ status: 'failed'; message: string }>;

export type ReviewSession =
  | Readonly<{ status: 'idle' }>
  /** Gathering the picked file (the bridge hands it over in chunks). */
  | Readonly<{ status: 'reading'; fileName: string }>
  | Readonly<{
      status: 'checking';
      fileName: string;
      info?: OpenedInfo;
      bytesDone: number;
      bytesTotal: number | undefined;
      startedAt: number;
      /** When the latest progress arrived, for the rate and time left. */
      now: number;
    }>
  | Readonly<{ status: 'refused'; fileName: string; message: string }>
  | Readonly<{ status: 'failed'; fileName: string; message: string; cancelled: boolean }>
  | Readonly<{
      status: 'checked';
      fileName: string;
      info: OpenedInfo;
      verification: BundleVerification;
      data: CaseData;
    }>;

const log = createLogger('review');

const IDLE: ReviewSession = { status: 'idle' };
let session: ReviewSession = IDLE;
let job: ReviewJob | undefined;
/** Counts opens: an answer for an earlier bundle is dropped. */
let generation = 0;
const listeners = new Set<() => void>();

function set(next: ReviewSession): void {
  session = next;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = () => session;

export function useReviewSession(): ReviewSession {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Ends the open bundle's worker and shows nothing. */
export function closeBundle(): void {
  generation++;
  job?.close();
  job = undefined;
  set(IDLE);
}

/** Stops a running check: the bundle is not shown, since nothing in it was verified. */
export function cancelCheck(): void {
  job?.cancel();
}

/**
 * Opens a bundle: `load` gathers its bytes (a dropped file is a Blob already, a picked one is read through the
 * bridge), then the worker checks it; the case is read only when the check is done.
 */
export async function openBundleFile(fileName: string, load: () => Promise<Blob>): Promise<void> {
  closeBundle();
  const mine = generation;
  const current = () => mine === generation;
  set({ status: 'reading', fileName });
  let blob: Blob;
  try {
    blob = await load();
  } catch (error) {
    if (current())
      set({
        status: 'failed',
        fileName,
        message: `Could not read ${fileName}: ${messageOf(error)}`,
        cancelled: false,
      });
    return;
  }
  if (!current()) return;
  const startedAt = Date.now();
  let checking: ReviewSession & { status: 'checking' } = {
    status: 'checking',
    fileName,
    bytesDone: 0,
    bytesTotal: undefined,
    startedAt,
    now: startedAt,
  };
  set(checking);
  const opened = openBundleInWorker(blob, (bytesDone, bytesTotal) => {
    if (!current()) return;
    checking = { ...checking, bytesDone, bytesTotal, now: Date.now() };
    set(checking);
  });
  job = opened;
  try {
    const info = await opened.opened;
    if (!current()) return;
    checking = { ...checking, info };
    set(checking);
    const verification = await opened.verified;
    if (!current()) return;
    set({ status: 'checked', fileName, info, verification, data: { status: 'loading' } });
    void remember(fileName, info, verification);
    await loadData(opened, current);
  } catch (error) {
    if (!current()) return;
    opened.close();
    job = undefined;
    if (error instanceof ReviewFailure && error.reason === 'refused')
      set({ status: 'refused', fileName, message: error.message });
    else
      set({
        status: 'failed',
        fileName,
        message: messageOf(error),
        cancelled: error instanceof ReviewFailure && error.reason === 'cancelled',
      });
  }
}

/** Lists the bundle among those opened here; a failure to write that must not hide the check's result. */
async function remember(fileName: string, info: OpenedInfo, verification: BundleVerification): Promise<void> {
  try {
    await recordOpenedBundle({
      manifestSha256: info.manifestSha256,
      fileName,
      caseId: info.manifest.case.id,
      caseTitle: info.manifest.case.title,
      caseReference: info.manifest.case.reference,
      openedAt: new Date().toISOString(),
      intact: verification.intact,
      problems: problemCount(verification),
      verification,
    });
  } catch (error) {
    log.warn('Could not record the opened bundle', error);
  }
}

async function loadData(opened: ReviewJob, current: () => boolean): Promise<void> {
  let data: CaseData;
  try {
    data = { status: 'ready', data: await opened.readData() };
  } catch (error) {
    data = { status: 'failed', message: messageOf(error) };
  }
  if (current() && session.status === 'checked') set({ ...session, data });
}

/** One file of the open bundle as a Blob (an evidence file for its preview). */
export function readBundleFile(path: string): Promise<Blob> {
  if (!job) return Promise.reject(new Error('No bundle is open'));
  return job.readFile(path);
}
