/**
 * The page's side of the layout worker. A new layout replaces one still running (the chart changed under it, its
 * answer would be stale), and Cancel terminates the worker: ForceAtlas2 is one synchronous computation that nothing
 * else could interrupt. The next request starts a fresh worker.
 */
import type { LayoutEdge, LayoutNode, LayoutResult } from '@shared/graph/layout';
import type { LayoutRequest, LayoutResponse } from './layout.protocol';

export type LayoutProgress = Readonly<{ done: number; total: number }>;

export class LayoutCancelled extends Error {
  constructor() {
    super('Layout cancelled');
    this.name = 'LayoutCancelled';
  }
}

type Running = Readonly<{
  job: number;
  resolve: (answer: Readonly<{ result: LayoutResult; ms: number }>) => void;
  reject: (error: Error) => void;
  onProgress: (progress: LayoutProgress) => void;
}>;

let worker: Worker | undefined;
let running: Running | undefined;
let jobs = 0;

function spawn(): Worker {
  const created = new Worker(new URL('./layout.worker.ts', import.meta.url), {
    type: 'module',
    name: 'layout',
  });
  created.onmessage = (event: MessageEvent<LayoutResponse>) => {
    const message = event.data;
    const current = running;
    if (!current || message.job !== current.job) return;
    if (message.type === 'progress') current.onProgress({ done: message.done, total: message.total });
    else {
      running = undefined;
      if (message.type === 'done') current.resolve({ result: message.result, ms: message.ms });
      else current.reject(new Error(message.message));
    }
  };
  created.onerror = (event) => {
    const current = running;
    running = undefined;
    current?.reject(new Error(`The layout failed: ${event.message}`));
  };
  return created;
}

/** Stops the running layout, if any; its promise rejects with `LayoutCancelled`. */
export function cancelLayout(): void {
  const current = running;
  if (!current) return;
  running = undefined;
  worker?.terminate();
  worker = undefined;
  current.reject(new LayoutCancelled());
}

export function layOut(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  onProgress: (progress: LayoutProgress) => void = () => undefined,
): Promise<Readonly<{ result: LayoutResult; ms: number }>> {
  cancelLayout();
  jobs += 1;
  const job = jobs;
  return new Promise((resolve, reject) => {
    worker ??= spawn();
    running = { job, resolve, reject, onProgress };
    const request: LayoutRequest = { type: 'layout', job, nodes, edges };
    worker.postMessage(request);
  });
}
