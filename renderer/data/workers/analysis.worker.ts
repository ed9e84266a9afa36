/// <reference lib="webworker" />
/**
 * Link analysis runs here, off the main thread: read the whole store page by page into a compact graph index,
 * analyse it, and store the report. The index stays in this worker's memory so path and centrality questions that
 * follow are answered in milliseconds; it is rebuilt when the audit log shows the store has changed since.
 */
import {
  kShortestPaths,
  reportOf,
  networkCentrality,
  projectAccounts,
  findNetworks,
  readDecisions,
  type AnalysisSettings,
  type GraphIndex,
  type NetworkSet,
  type Projection,
} from '@shared/analysis';
import { CasegraphDb } from '../db';
import { loadGraphIndex, storeSignature } from '../repositories/analysisSource';
import { saveAnalysis } from '../repositories/analyses';
import type { AnalysisProgress, AnalysisRequest, AnalysisResponse } from './analysis.protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const db = new CasegraphDb();
const reply = (message: AnalysisResponse): void => scope.postMessage(message);
const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

type Projected = Readonly<{ settingsKey: string; projection: Projection; networks: NetworkSet }>;
type Loaded = Readonly<{ signature: string; index: GraphIndex; projected?: Projected }>;

let loaded: Loaded | undefined;

/** The graph index of the store, from memory when the audit log shows nothing has changed since it was read. */
async function readyIndex(): Promise<{ index: GraphIndex; loadMs: number }> {
  const signature = await storeSignature(db);
  const start = performance.now();
  if (loaded?.signature !== signature) {
    const report = (progress: AnalysisProgress): void => reply({ type: 'progress', progress });
    loaded = { signature, index: await loadGraphIndex(db, report) };
  }
  return { index: loaded.index, loadMs: performance.now() - start };
}

/** The projection and networks for these settings, kept beside the index for the questions that follow. */
async function readyProjection(settings: AnalysisSettings): Promise<Projected & { index: GraphIndex }> {
  const { index } = await readyIndex();
  const settingsKey = JSON.stringify(settings);
  let projected = loaded?.projected;
  if (projected?.settingsKey !== settingsKey) {
    const book = readDecisions(await db.decisions.toArray());
    const projection = projectAccounts(index, settings, book);
    projected = { settingsKey, projection, networks: findNetworks(projection) };
    if (loaded) loaded = { ...loaded, projected };
  }
  return { ...projected, index };
}

async function run(settings: AnalysisSettings): Promise<void> {
  const { index, loadMs } = await readyIndex();
  reply({ type: 'progress', progress: { phase: 'analysis', done: 0, total: 1 } });
  const started = performance.now();
  const { projection, networks } = await readyProjection(settings);
  const report = reportOf(projection, networks, await db.decisions.toArray());
  const analysisMs = performance.now() - started;
  const computedAt = new Date().toISOString();
  const before = await storeSignature(db);
  const after = await saveAnalysis(db, {
    id: 'default',
    computedAt,
    entities: index.size,
    links: index.linkCount,
    loadMs,
    analysisMs,
    report,
  });
  // The run's own log entry is no change to the data: the index in memory still matches the store.
  if (loaded?.signature === before) loaded = { ...loaded, signature: after };
  reply({ type: 'done', loadMs, analysisMs, computedAt });
}

async function paths(request: Extract<AnalysisRequest, { type: 'paths' }>): Promise<void> {
  const { index, projection } = await readyProjection(request.settings);
  const evidenceNames = new Map((await db.evidence.toArray()).map((e) => [e.id as string, e.name]));
  const started = performance.now();
  const found = kShortestPaths(index, request.from, request.to, request.k, {
    ...(request.avoidHubs ? { avoid: projection.hubMask } : {}),
    evidenceNames,
  });
  reply({ type: 'paths', paths: found, queryMs: performance.now() - started });
}

async function centrality(request: Extract<AnalysisRequest, { type: 'centrality' }>): Promise<void> {
  const { projection, networks } = await readyProjection(request.settings);
  const network = networks.networks.find((n) => n.id === request.networkId);
  reply({ type: 'centrality', centrality: network && networkCentrality(projection, network) });
}

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  const work =
    request.type === 'run'
      ? run(request.settings)
      : request.type === 'paths'
        ? paths(request)
        : centrality(request);
  work.catch((error: unknown) => reply({ type: 'error', message: errorText(error) }));
};
