/// <reference lib="webworker" />
/**
 * Lays out the graph view's chart (shared/graph/layout.ts) off the main thread, so the page stays responsive while
 * ten thousand nodes find their places. One job at a time; the page cancels by terminating the worker.
 */
import { computeLayout } from '@shared/graph/layout';
import type { LayoutRequest, LayoutResponse } from './layout.protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: LayoutResponse): void => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { job, nodes, edges } = event.data;
  try {
    const start = performance.now();
    const result = computeLayout({ nodes, edges }, (done, total) =>
      reply({ type: 'progress', job, done, total }),
    );
    reply({ type: 'done', job, result, ms: performance.now() - start });
  } catch (error) {
    reply({ type: 'error', job, message: error instanceof Error ? error.message : String(error) });
  }
};
