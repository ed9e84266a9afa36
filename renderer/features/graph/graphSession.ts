/**
 * One chart's session: the undoable view history, what is loading or laying out, the path found, the saved view it
 * is. An external store (subscribe/snapshot) rather than component state, because its work is asynchronous (store
 * reads, the layout worker, the path query) and must land on whatever the chart is by then, not on a stale render.
 */
import type { Path } from '@shared/analysis';
import { alignCommunities } from '@shared/graph/communities';
import { DEFAULT_HUB_THRESHOLD, isHub } from '@shared/graph/hubs';
import type { LayoutEdge, LayoutNode, LayoutResult } from '@shared/graph/layout';
import { KIND_LOOK } from '@shared/graph/look';
import type { GraphEdge, GraphNode, ViewState } from '@shared/graph/model';
import { fromSaved, toSaved } from '@shared/graph/saved';
import {
  applyAction,
  redo,
  refinePresent,
  startHistory,
  undo,
  withLayout,
  type ViewAction,
  type ViewHistory,
} from '@shared/graph/viewState';
import {
  linkId,
  type CaseId,
  type EntityId,
  type LinkKind,
  type SavedView,
  type ViewId,
} from '@shared/model';
import {
  cancelLayout,
  expandGraph,
  graphHubThreshold,
  graphPaths,
  layOut,
  LayoutCancelled,
  openGraphSource,
  readGraphEntities,
  saveGraphView,
  type GraphSkeleton,
  type GraphSource,
} from '@renderer/data/hooks/useGraph';

type Laid = Promise<Readonly<{ result: LayoutResult; ms: number }>>;

/**
 * What the layout worker is given: every node (placed ones fixed unless `free`) sized by its kind, and the links
 * not drawn through a folded hub.
 */
function layoutInput(
  nodes: readonly Pick<GraphNode, 'id' | 'kind'>[],
  edges: readonly Pick<GraphEdge, 'source' | 'target'>[],
  folded: ReadonlySet<string>,
  positions: ViewState['positions'],
  free: ReadonlySet<string>,
): Readonly<{ nodes: LayoutNode[]; edges: LayoutEdge[] }> {
  return {
    nodes: nodes.map((node) => {
      const at = positions[node.id];
      return {
        id: node.id,
        ...(at ? { x: at.x, y: at.y } : {}),
        fixed: !free.has(node.id),
        size: KIND_LOOK[node.kind].size,
      };
    }),
    edges: edges
      .filter((edge) => !folded.has(edge.source) && !folded.has(edge.target))
      .map((edge) => ({ source: edge.source, target: edge.target })),
  };
}

export type PathFound = Readonly<{
  from: EntityId;
  to: EntityId;
  paths: readonly Path[];
  chosen: number;
}>;

export type Snapshot = Readonly<{
  history: ViewHistory;
  title: string;
  phase: 'loading' | 'ready' | 'error';
  /** The last thing worth telling: how many neighbours an expansion brought, why a path was not found. */
  message?: Readonly<{ text: string; error?: boolean }>;
  /** While the worker lays out. */
  layout?: Readonly<{ done: number; total: number }>;
  layoutMs?: number;
  /** Bumped when positions change wholesale (a layout, an undo): the canvas then fits the chart again. */
  layoutSerial: number;
  /** A chart just opened waits for its first layout before it is drawn: drawing it twice costs more than waiting. */
  placing: boolean;
  busy: boolean;
  path?: PathFound;
  caseId?: CaseId;
  view?: SavedView;
}>;

const INITIAL: Snapshot = {
  history: startHistory(),
  title: '',
  phase: 'loading',
  layoutSerial: 0,
  placing: false,
  busy: false,
};

/** The path's node ids and link ids, for highlighting. */
export function pathElements(path: Path): Readonly<{ nodes: readonly string[]; edges: readonly string[] }> {
  return {
    nodes: path.nodes,
    edges: path.steps.map((step) =>
      step.forward ? linkId(step.linkKind, step.from, step.to) : linkId(step.linkKind, step.to, step.from),
    ),
  };
}

export class GraphSession {
  private snapshot: Snapshot = INITIAL;
  private readonly listeners = new Set<() => void>();
  private hubThreshold = DEFAULT_HUB_THRESHOLD;
  /** Bumped by every open: answers for an earlier chart are dropped. */
  private generation = 0;
  private disposed = false;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): Snapshot => this.snapshot;

  private set(change: Partial<Snapshot>): void {
    if (this.disposed) return;
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener();
  }

  get present(): ViewState {
    return this.snapshot.history.present;
  }

  dispose(): void {
    this.disposed = true;
    cancelLayout();
  }

  async open(source: GraphSource): Promise<void> {
    // Saving a view moves the address to it: that is the chart already shown, not a new one to read.
    if (source.type === 'view' && this.snapshot.view?.id === source.id && this.snapshot.phase === 'ready')
      return;
    const generation = ++this.generation;
    this.set({ ...INITIAL, phase: 'loading' });
    try {
      performance.mark('graph:open');
      // An empty job starts the layout worker (its module load is a few hundred milliseconds) while the store is
      // read; the chart's own layout replaces it.
      layOut([], []).catch(() => undefined);
      const thresholdRead = graphHubThreshold();
      // A chart of many entities is laid out from its skeleton while the entity records are still being read:
      // the layout needs ids, kinds, link counts and links, not names or dates.
      let early: Laid | undefined;
      const onSkeleton = (skeleton: GraphSkeleton, keep: readonly EntityId[]): void => {
        early = thresholdRead.then((threshold) => {
          if (generation !== this.generation) throw new LayoutCancelled();
          const kept = new Set<string>(keep);
          const folded = new Set(
            skeleton.nodes
              .filter((node) => isHub(node, threshold) && !kept.has(node.id))
              .map((node) => node.id),
          );
          const all = new Set(skeleton.nodes.map((node) => node.id));
          const input = layoutInput(skeleton.nodes, skeleton.edges, folded, {}, all);
          performance.mark('graph:layout');
          return this.startLayout(input, generation);
        });
        // its failure is reported where it is awaited
        early.catch(() => undefined);
      };
      const [opened, threshold] = await Promise.all([openGraphSource(source, onSkeleton), thresholdRead]);
      if (generation !== this.generation) return;
      // read by the benchmark: where the time to a drawn chart goes
      performance.measure('graph:read', 'graph:open');
      this.hubThreshold = threshold;
      const base = {
        title: opened.title,
        phase: 'ready' as const,
        ...(opened.caseId ? { caseId: opened.caseId } : {}),
        ...(opened.view ? { view: opened.view } : {}),
      };
      if (opened.view) {
        const restored = fromSaved(opened.view, opened.piece);
        this.set({ ...base, history: startHistory(restored), layoutSerial: this.snapshot.layoutSerial + 1 });
        const unplaced = Object.keys(restored.nodes).filter((id) => !restored.positions[id]);
        if (unplaced.length > 0) this.layOut(new Set(unplaced));
        return;
      }
      const history = applyAction(startHistory(), {
        type: 'open',
        piece: opened.piece,
        keep: opened.keep,
        hubThreshold: threshold,
      });
      this.set({
        ...base,
        history,
        placing: true,
        ...(opened.piece.nodes.length === 0
          ? { message: { text: 'Nothing to draw: none of these entities is in the store.' } }
          : {}),
      });
      this.layOut(new Set(Object.keys(history.present.nodes)), early);
    } catch (error) {
      if (generation === this.generation)
        this.set({
          phase: 'error',
          message: { text: error instanceof Error ? error.message : String(error), error: true },
        });
    }
  }

  /** An undoable change; nodes it adds are laid out around the ones already placed. */
  act(action: ViewAction): void {
    const before = this.present;
    const history = applyAction(this.snapshot.history, action);
    if (history === this.snapshot.history) return;
    this.set({ history });
    const fresh = Object.keys(history.present.nodes).filter((id) => !before.nodes[id]);
    if (fresh.length > 0) this.layOut(new Set(fresh));
  }

  undo(): void {
    this.set({ history: undo(this.snapshot.history) });
  }

  redo(): void {
    this.set({ history: redo(this.snapshot.history) });
  }

  /** Lays out again every node the analyst has not pinned. */
  relayout(): void {
    const pinned = new Set<string>(this.present.pinned);
    this.layOut(new Set(Object.keys(this.present.nodes).filter((id) => !pinned.has(id))));
  }

  cancelLayout(): void {
    cancelLayout();
  }

  private startLayout(
    input: Readonly<{ nodes: LayoutNode[]; edges: LayoutEdge[] }>,
    generation: number,
  ): Laid {
    return layOut(input.nodes, input.edges, (progress) => {
      // a layout started from the skeleton reports once the chart is read and its progress bar shown
      if (generation === this.generation && this.snapshot.phase === 'ready') this.set({ layout: progress });
    });
  }

  /** Lays out the `free` nodes around the rest; `started` is that layout already running (see `open`). */
  private layOut(free: ReadonlySet<string>, started?: Laid): void {
    const state = this.present;
    const generation = this.generation;
    const total = Object.keys(state.nodes).length;
    this.set({ layout: { done: 0, total: 1 } });
    let running = started;
    if (!running) {
      performance.mark('graph:layout');
      const input = layoutInput(
        Object.values(state.nodes),
        Object.values(state.edges),
        new Set<string>(state.folded),
        state.positions,
        free,
      );
      running = this.startLayout(input, generation);
    }
    running.then(
      ({ result, ms }) => {
        if (generation !== this.generation) return;
        performance.measure('graph:layout', 'graph:layout');
        const previous = this.present.communities;
        const communities =
          Object.keys(previous).length === 0
            ? result.communities
            : alignCommunities(previous, result.communities);
        this.set({
          history: refinePresent(this.snapshot.history, (current) =>
            withLayout(current, result.positions, communities),
          ),
          layout: undefined,
          placing: false,
          layoutMs: ms,
          layoutSerial: this.snapshot.layoutSerial + (free.size === total ? 1 : 0),
        });
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.set({
          layout: undefined,
          placing: false,
          ...(error instanceof LayoutCancelled
            ? { message: { text: 'Layout cancelled: nodes stay where they were.' } }
            : { message: { text: error instanceof Error ? error.message : String(error), error: true } }),
        });
      },
    );
  }

  private async work(task: () => Promise<string | undefined>): Promise<void> {
    this.set({ busy: true });
    try {
      const text = await task();
      this.set({ busy: false, ...(text === undefined ? {} : { message: { text } }) });
    } catch (error) {
      this.set({
        busy: false,
        message: { text: error instanceof Error ? error.message : String(error), error: true },
      });
    }
  }

  /** Brings the neighbours of `ids` over links of `kinds` (all kinds when empty). */
  expand(ids: readonly EntityId[], kinds: readonly LinkKind[] = []): Promise<void> {
    return this.work(async () => {
      const folded = new Set<EntityId>(this.present.folded);
      const from = ids.filter((id) => !folded.has(id));
      if (from.length === 0) return 'A folded hub is not expanded: unfold it first.';
      const drawn = Object.keys(this.present.nodes) as EntityId[];
      const expansion = await expandGraph(from, kinds, drawn);
      const added = expansion.nodes.filter((node) => !this.present.nodes[node.id]).length;
      this.act({ type: 'expand', from, piece: expansion, hubThreshold: this.hubThreshold });
      if (added === 0) return 'No further neighbours.';
      const more = expansion.total - added;
      return `Added ${added.toLocaleString()} neighbour${added === 1 ? '' : 's'}${
        more > 0 ? ` (${more.toLocaleString()} more: expand by one link kind to narrow)` : ''
      }.`;
    });
  }

  findPath(from: EntityId, to: EntityId): Promise<void> {
    return this.work(async () => {
      this.set({ path: undefined });
      const paths = await graphPaths(from, to);
      if (paths.length === 0) return 'No path connects them without passing through a hub.';
      const ids = [...new Set(paths.flatMap((path) => path.nodes))];
      const piece = await readGraphEntities(ids);
      this.act({ type: 'add', piece });
      this.set({ path: { from, to, paths, chosen: 0 } });
      const shortest = paths[0]?.length ?? 0;
      return `Found ${paths.length} path${paths.length === 1 ? '' : 's'}, the shortest ${shortest} link${shortest === 1 ? '' : 's'} long.`;
    });
  }

  choosePath(index: number): void {
    if (this.snapshot.path) this.set({ path: { ...this.snapshot.path, chosen: index } });
  }

  clearPath(): void {
    this.set({ path: undefined });
  }

  /** Saves the chart into a case (a new view, or the one it was opened from when the case and name match). */
  async save(caseId: CaseId, name: string): Promise<SavedView | undefined> {
    let saved: SavedView | undefined;
    await this.work(async () => {
      const current = this.snapshot.view;
      const same = current?.caseId === caseId && current.name === name.trim();
      saved = await saveGraphView({
        ...(same ? { id: current.id } : {}),
        caseId,
        name,
        ...toSaved(this.present),
      });
      this.set({ view: saved, caseId, title: saved.name });
      return `Saved “${saved.name}” with ${saved.nodeIds.length.toLocaleString()} nodes.`;
    });
    return saved;
  }

  /** The saved view's id, when the chart shown is one. */
  get viewId(): ViewId | undefined {
    return this.snapshot.view?.id;
  }
}
