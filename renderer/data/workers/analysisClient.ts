/**
 * The page's side of the analysis worker. One worker lives as long as the page, so the graph index it built for a
 * run answers the path and centrality questions that follow without reading the store again. Cancel terminates it:
 * the analysis itself is one synchronous computation that nothing else could interrupt.
 */
import type { AnalysisSettings, NetworkCentrality, Path } from '@shared/analysis';
import type { EntityId } from '@shared/model';
import type { AnalysisProgress, AnalysisRequest, AnalysisResponse } from './analysis.protocol';

type Pending = Readonly<{
  accept: (response: AnalysisResponse) => boolean;
  resolve: (response: AnalysisResponse) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: AnalysisProgress) => void;
}>;

let worker: Worker | undefined;
let pending: Pending | undefined;
/** Requests wait for the one before: the worker answers in order and shares one index between them. */
let queue: Promise<unknown> = Promise.resolve();

function spawn(): Worker {
  const created = new Worker(new URL('./analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'analysis',
  });
  created.onmessage = (event: MessageEvent<AnalysisResponse>) => {
    const message = event.data;
    if (!pending) return;
    if (message.type === 'progress') pending.onProgress?.(message.progress);
    else if (message.type === 'error') pending.reject(new Error(message.message));
    else if (pending.accept(message)) pending.resolve(message);
  };
  created.onerror = (event) => pending?.reject(new Error(`Link analysis failed: ${event.message}`));
  return created;
}

function ask<T extends AnalysisResponse['type']>(
  request: AnalysisRequest,
  type: T,
  onProgress?: (progress: AnalysisProgress) => void,
): Promise<Extract<AnalysisResponse, { type: T }>> {
  const next = queue.then(() =>
    new Promise<Extract<AnalysisResponse, { type: T }>>((resolve, reject) => {
      worker ??= spawn();
      pending = {
        accept: (response) => response.type === type,
        resolve: (response) => resolve(response as Extract<AnalysisResponse, { type: T }>),
        reject,
        ...(onProgress ? { onProgress } : {}),
      };
      worker.postMessage(request);
    }).finally(() => {
      pending = undefined;
    }),
  );
  queue = next.catch(() => undefined);
  return next;
}

export class AnalysisCancelled extends Error {
  constructor() {
    super('Analysis cancelled');
    this.name = 'AnalysisCancelled';
  }
}

/** Stops whatever the worker is doing; the next request starts a fresh one (and reads the store again). */
export function cancelAnalysis(): void {
  worker?.terminate();
  worker = undefined;
  pending?.reject(new AnalysisCancelled());
}

export function runAnalysis(
  settings: AnalysisSettings,
  onProgress: (progress: AnalysisProgress) => void,
): Promise<Extract<AnalysisResponse, { type: 'done' }>> {
  return ask({ type: 'run', settings }, 'done', onProgress);
}

export async function findPaths(
  args: Readonly<{ from: EntityId; to: EntityId; k: number; avoidHubs: boolean; settings: AnalysisSettings }>,
  onProgress?: (progress: AnalysisProgress) => void,
): Promise<Readonly<{ paths: readonly Path[]; queryMs: number }>> {
  return ask({ type: 'paths', ...args }, 'paths', onProgress);
}

export async function centralityOf(
  networkId: string,
  settings: AnalysisSettings,
  onProgress?: (progress: AnalysisProgress) => void,
): Promise<NetworkCentrality | undefined> {
  return (await ask({ type: 'centrality', networkId, settings }, 'centrality', onProgress)).centrality;
}
