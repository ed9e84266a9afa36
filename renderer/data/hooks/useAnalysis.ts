/** What the Networks section reads and does: the last analysis, the settings, the decisions, a run, paths. */
import { useCallback, useRef, useState } from 'react';
import {
  type AnalysisSettings,
  type AnalysisSettingsInput,
  type Decision,
  type DecisionInput,
  type Network,
  type Signal,
  type SignalKind,
} from '@shared/analysis';
import type { ProgressSample } from '@shared/progress/progress';
import { getDb, type StoredAnalysisRecord } from '../db';
import { latestAnalysis } from '../repositories/analyses';
import { readNetworkPage, readSignalPage } from '../repositories/analysisResults';
import { storeSignature } from '../repositories/analysisSource';
import { listDecisions, recordDecision } from '../repositories/decisions';
import { findEntities, type EntityMatch } from '../repositories/lookup';
import { readAnalysisSettings, saveAnalysisSettings } from '../repositories/settings';
import {
  AnalysisCancelled,
  cancelAnalysis,
  centralityOf,
  findPaths,
  runAnalysis,
} from '../workers/analysisClient';
import type { AnalysisPhase } from '../workers/analysis.protocol';
import { useLiveData } from './useLiveData';

export type { EntityMatch };
export { centralityOf, findPaths };

export type LatestAnalysis = Readonly<{
  record: StoredAnalysisRecord | undefined;
  /** The store changed (an import, an undo, a decision, an edit) after this run. */
  stale: boolean;
}>;

export function useLatestAnalysis(): LatestAnalysis | undefined {
  return useLiveData(async (db) => {
    const [record, signature] = await Promise.all([latestAnalysis(db), storeSignature(db)]);
    return { record, stale: record !== undefined && record.signature !== signature };
  });
}

/** The first `count` networks of the last run, by rank: a page reads what it shows, never the whole report. */
export function useRankedNetworks(count: number): Network[] | undefined {
  return useLiveData((db) => readNetworkPage(db, 0, count), [count]);
}

/** The first `count` signals of the last run, of one kind or of all. */
export function useSignals(kind: SignalKind | undefined, count: number): Signal[] | undefined {
  return useLiveData((db) => readSignalPage(db, kind, 0, count), [kind, count]);
}

export function useAnalysisSettings(): AnalysisSettings | undefined {
  return useLiveData(readAnalysisSettings);
}

export function storeAnalysisSettings(input: AnalysisSettingsInput): Promise<void> {
  return saveAnalysisSettings(getDb(), input);
}

export function useDecisions(): Decision[] | undefined {
  return useLiveData(listDecisions);
}

export function decide(input: DecisionInput): Promise<Decision> {
  return recordDecision(getDb(), input);
}

export function lookUpEntities(text: string): Promise<EntityMatch[]> {
  return findEntities(getDb(), text);
}

const PHASE_LABEL: Readonly<Record<AnalysisPhase, string>> = {
  entities: 'Reading entities',
  links: 'Reading links',
  analysis: 'Finding networks, hubs, look-alikes and signals',
};

export type AnalysisRunState =
  | Readonly<{ status: 'idle' }>
  | Readonly<{ status: 'running'; label: string; sample: ProgressSample }>
  | Readonly<{ status: 'failed'; message: string }>
  | Readonly<{ status: 'cancelled' }>
  | Readonly<{ status: 'done'; loadMs: number; analysisMs: number }>;

/** Runs the analysis in its worker, with progress per phase (count, rate, time left) and cancel. */
export function useAnalysisRun(): Readonly<{
  state: AnalysisRunState;
  run: (settings: AnalysisSettings) => void;
  cancel: () => void;
}> {
  const [state, setState] = useState<AnalysisRunState>({ status: 'idle' });
  const phaseStart = useRef<{ phase: AnalysisPhase; at: number }>({ phase: 'entities', at: 0 });
  const run = useCallback((settings: AnalysisSettings) => {
    phaseStart.current = { phase: 'entities', at: Date.now() };
    setState({
      status: 'running',
      label: PHASE_LABEL.entities,
      sample: { done: 0, total: undefined, startedAt: Date.now(), now: Date.now() },
    });
    runAnalysis(settings, (progress) => {
      if (phaseStart.current.phase !== progress.phase)
        phaseStart.current = { phase: progress.phase, at: Date.now() };
      setState({
        status: 'running',
        label: PHASE_LABEL[progress.phase],
        sample: {
          done: progress.done,
          total: progress.phase === 'analysis' ? undefined : progress.total,
          startedAt: phaseStart.current.at,
          now: Date.now(),
        },
      });
    })
      .then((done) => setState({ status: 'done', loadMs: done.loadMs, analysisMs: done.analysisMs }))
      .catch((error: unknown) =>
        setState(
          error instanceof AnalysisCancelled
            ? { status: 'cancelled' }
            : { status: 'failed', message: error instanceof Error ? error.message : String(error) },
        ),
      );
  }, []);
  return { state, run, cancel: cancelAnalysis };
}
