/**
 * What the graph view reads and does: the chart a route opens on (an entity, a selection, a network, a case, a
 * saved view), a node's neighbours, a path between two nodes (the analysis worker, every hop explained), saving the
 * view into a case (audit-logged), and the layout worker.
 */
import type { Path } from '@shared/analysis';
import type { GraphPiece } from '@shared/graph/model';
import {
  caption,
  type CaseId,
  type EntityId,
  type LinkKind,
  type SavedView,
  type ViewId,
} from '@shared/model';
import { getDb } from '../db';
import { readNetwork } from '../repositories/analysisResults';
import {
  caseEntityIds,
  networkEntityIds,
  readGraphPiece,
  readGraphSkeleton,
  readNeighbours,
  type Expansion,
  type GraphSkeleton,
} from '../repositories/graphData';
import { readAnalysisSettings } from '../repositories/settings';
import { readView, saveView, type ViewDraft } from '../repositories/views';
import { findPaths } from '../workers/analysisClient';

export { cancelLayout, layOut, LayoutCancelled, type LayoutProgress } from '../workers/layoutClient';
export { EXPAND_LIMIT, type Expansion, type GraphSkeleton } from '../repositories/graphData';

/** Where a chart comes from: the route says which. */
export type GraphSource =
  | Readonly<{ type: 'entity'; id: EntityId }>
  | Readonly<{ type: 'selection'; ids: readonly EntityId[] }>
  | Readonly<{ type: 'network'; id: string }>
  | Readonly<{ type: 'case'; id: CaseId }>
  | Readonly<{ type: 'view'; id: ViewId }>;

export type OpenedChart = Readonly<{
  title: string;
  piece: GraphPiece;
  /** Entities the chart was opened on: never folded away as hubs. */
  keep: readonly EntityId[];
  /** For a saved view: the record, to restore positions and settings. */
  view?: SavedView;
  caseId?: CaseId;
}>;

/**
 * Told the skeleton of a chart of many entities (ids, kinds, link counts, links) as soon as it is read, before the
 * entity records: the layout can start on it meanwhile. `keep` as in `OpenedChart`.
 */
export type OnSkeleton = (skeleton: GraphSkeleton, keep: readonly EntityId[]) => void;

/** Reads what a route opens; throws with a sentence an investigator understands when it is gone. */
export async function openGraphSource(
  source: GraphSource,
  onSkeleton: OnSkeleton = () => undefined,
): Promise<OpenedChart> {
  const db = getDb();
  const piece = (ids: readonly EntityId[], keep: readonly EntityId[]): Promise<GraphPiece> => {
    const skeleton = readGraphSkeleton(db, ids);
    void skeleton.then(
      (read) => onSkeleton(read, keep),
      () => undefined,
    );
    return readGraphPiece(db, ids, skeleton);
  };
  switch (source.type) {
    case 'entity': {
      const entity = await db.entities.get(source.id);
      if (!entity)
        throw new Error('That entity is no longer in the store (its import may have been undone).');
      const opened = await readNeighbours(db, [source.id], [], []);
      return { title: caption(entity), piece: opened, keep: [source.id] };
    }
    case 'selection': {
      const read = await piece(source.ids, source.ids);
      return { title: `${read.nodes.length.toLocaleString()} selected`, piece: read, keep: source.ids };
    }
    case 'network': {
      const network = await readNetwork(db, source.id);
      if (!network) throw new Error('That network is not in the latest analysis: run the analysis again.');
      const ids = await networkEntityIds(db, source.id);
      const keep = network.members.map((member) => member.id);
      return { title: `Network ${network.rank}`, piece: await piece(ids, keep), keep };
    }
    case 'case': {
      const record = await db.cases.get(source.id);
      if (!record) throw new Error('That case no longer exists.');
      const ids = await caseEntityIds(db, source.id);
      return { title: record.title, piece: await piece(ids, ids), keep: ids, caseId: source.id };
    }
    case 'view': {
      const view = await readView(db, source.id);
      if (!view) throw new Error('That saved view no longer exists.');
      const piece = await readGraphPiece(db, view.nodeIds);
      return { title: view.name, piece, keep: [], view, ...(view.caseId ? { caseId: view.caseId } : {}) };
    }
  }
}

export function expandGraph(
  ids: readonly EntityId[],
  kinds: readonly LinkKind[],
  drawn: readonly EntityId[],
): Promise<Expansion> {
  return readNeighbours(getDb(), ids, kinds, drawn);
}

export function readGraphEntities(ids: readonly EntityId[]): Promise<GraphPiece> {
  return readGraphPiece(getDb(), ids);
}

/**
 * The shortest paths between two entities over the whole store (not only what is drawn), hubs avoided, each hop
 * explained with the file and row it rests on.
 */
export async function graphPaths(from: EntityId, to: EntityId): Promise<readonly Path[]> {
  const settings = await readAnalysisSettings(getDb());
  const answer = await findPaths({ from, to, k: 3, avoidHubs: true, settings });
  return answer.paths;
}

/** The analysis's hub threshold: the chart folds the same identifiers the analysis would not join through. */
export async function graphHubThreshold(): Promise<number> {
  return (await readAnalysisSettings(getDb())).hubThreshold;
}

export function saveGraphView(draft: ViewDraft): Promise<SavedView> {
  return saveView(getDb(), draft);
}

const SELECTION_KEY = 'casegraph.graph.selection';

/**
 * A selection handed from a table to the chart. Kept in the tab's session storage rather than the address: a
 * selection can be thousands of ids, and the chart must survive a reload of the tab.
 */
export function rememberGraphSelection(ids: readonly EntityId[]): void {
  sessionStorage.setItem(SELECTION_KEY, JSON.stringify(ids));
}

export function recalledGraphSelection(): EntityId[] {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(SELECTION_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is EntityId => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
