/** One chart: the canvas between its tools (search, filters, legend) and the panel for what is selected. */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useLocation } from 'wouter';
import type { ElementDefinition } from 'cytoscape';
import { elementMapper } from '@shared/graph/elements';
import { searchChart, visibleElements } from '@shared/graph/filters';
import type { EntityId, ViewId } from '@shared/model';
import type { GraphSource } from '@renderer/data/hooks/useGraph';
import { PageHeader } from '@renderer/ui/PageHeader';
import { GraphActions } from './GraphActions';
import { GraphFilters } from './GraphFilters';
import { graphPath } from './graphRoute';
import { GraphSession, pathElements } from './graphSession';
import { Legend } from './Legend';
import { PathPanel } from './PathPanel';
import { SelectionPanel } from './SelectionPanel';
import { useCytoscape, type Highlight } from './useCytoscape';

const NOTHING: readonly ElementDefinition[] = [];

export function GraphView({
  source,
  onSaved,
}: Readonly<{ source: GraphSource; onSaved: (viewId: ViewId) => void }>) {
  const [session] = useState(() => new GraphSession());
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const [, navigate] = useLocation();
  useEffect(() => {
    void session.open(source);
  }, [session, source]);
  useEffect(() => () => session.dispose(), [session]);

  const state = snapshot.history.present;
  // What is drawn depends on these parts of the view only: a dragged node (positions, pins) must not walk the
  // whole chart again, and the same Visible keeps the search and the filters' lists as they were.
  const { nodes: chartNodes, edges: chartEdges, hidden, folded, filters, communities } = state;
  const visible = useMemo(
    () => visibleElements({ nodes: chartNodes, edges: chartEdges, hidden, folded, filters, communities }),
    [chartNodes, chartEdges, hidden, folded, filters, communities],
  );
  // one mapper per chart: it hands back the unchanged definitions as they were, so the canvas applies only the rest
  const [toElements] = useState(elementMapper);
  const elements = useMemo(() => toElements(state, visible), [toElements, state, visible]);
  const [selected, setSelected] = useState<EntityId[]>([]);
  const [search, setSearch] = useState('');
  const matches = useMemo(
    () => searchChart({ nodes: chartNodes }, visible, search),
    [chartNodes, visible, search],
  );
  const [painted, setPainted] = useState(0);
  const path = snapshot.path;
  const chosenPath = path?.paths[path.chosen];
  const highlight = useMemo<Highlight>(
    () => ({
      ...(chosenPath ? { path: pathElements(chosenPath) } : {}),
      matches: search.trim() === '' ? [] : matches,
    }),
    [chosenPath, matches, search],
  );
  const container = useRef<HTMLDivElement>(null);
  const canvas = useCytoscape(
    container,
    snapshot.placing ? NOTHING : elements,
    snapshot.layoutSerial,
    highlight,
    {
      onSelect: setSelected,
      onMove: (positions) => session.act({ type: 'move', positions }),
      onExpand: (id) => void session.expand([id]),
      onPainted: () => setPainted((n) => n + 1),
    },
  );

  // Shortcuts anywhere on the page except while typing: the canvas itself never takes the keyboard focus.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)))
        return;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        if (event.shiftKey) session.redo();
        else session.undo();
      } else if (mod && event.key.toLowerCase() === 'y') {
        event.preventDefault();
        session.redo();
      } else if (event.key === 'Delete' && selected.length > 0) {
        session.act({ type: 'hide', ids: selected });
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [session, selected]);

  const nodes = Object.keys(state.nodes).length;
  const ready = snapshot.phase === 'ready' && snapshot.layout === undefined && painted > 0;
  return (
    <div className="graph-page">
      <PageHeader
        title={snapshot.title === '' ? 'Graph' : `Graph: ${snapshot.title}`}
        subtitle={
          snapshot.phase === 'loading'
            ? 'Reading the store…'
            : `${visible.nodes.size.toLocaleString()} of ${nodes.toLocaleString()} nodes drawn · ${visible.edges.size.toLocaleString()} links${
                snapshot.layoutMs === undefined
                  ? ''
                  : ` · laid out in ${(snapshot.layoutMs / 1000).toFixed(1)} s`
              }`
        }
        actions={
          <GraphActions
            session={session}
            snapshot={snapshot}
            canvas={canvas}
            onSaved={(view) => {
              onSaved(view.id);
              navigate(graphPath({ type: 'view', id: view.id }), { replace: true });
            }}
          />
        }
      />
      {snapshot.message ? (
        <p
          role={snapshot.message.error ? 'alert' : 'status'}
          className={snapshot.message.error ? 'field-error' : 'notice'}
        >
          {snapshot.message.text}
        </p>
      ) : null}
      <div className="graph-layout">
        <aside className="graph-tools" aria-label="Chart tools">
          <div className="field">
            <label htmlFor="graph-search">Search the chart</label>
            <input
              id="graph-search"
              className="input"
              type="search"
              value={search}
              placeholder="Name, e-mail, phone…"
              onChange={(event) => setSearch(event.target.value)}
              onKeyDown={(event) => {
                if (event.key !== 'Enter' || matches.length === 0) return;
                // a name typed in full means that node, not every node whose name contains it
                const typed = search.trim().toLocaleLowerCase();
                const exact = matches.filter((id) => state.nodes[id]?.label.toLocaleLowerCase() === typed);
                const chosen = exact.length > 0 ? exact : matches;
                const ids = event.shiftKey ? [...new Set([...selected, ...chosen])] : chosen;
                canvas.select(ids);
                canvas.fit(ids);
              }}
            />
            {search.trim() === '' ? null : (
              <span className="muted small" role="status">
                {matches.length === 0
                  ? 'No node matches'
                  : `${matches.length} match${matches.length === 1 ? '' : 'es'} (Enter selects, Shift+Enter adds)`}
              </span>
            )}
          </div>
          <GraphFilters
            state={state}
            visible={visible}
            onChange={(filters) => session.act({ type: 'filters', filters })}
            onColourBy={(colourBy) => session.act({ type: 'colourBy', colourBy })}
            onSelect={(ids) => canvas.select(ids)}
          />
          <Legend state={state} />
        </aside>
        <div className="graph-stage">
          {snapshot.layout ? (
            <div className="graph-stage__progress" role="status">
              Laying out {nodes.toLocaleString()} nodes…{' '}
              {Math.round((100 * snapshot.layout.done) / Math.max(1, snapshot.layout.total))}%{' '}
              <button type="button" className="button button--quiet" onClick={() => session.cancelLayout()}>
                Cancel
              </button>
            </div>
          ) : null}
          {snapshot.phase === 'error' ? null : (
            <div
              ref={container}
              className="graph-canvas"
              role="img"
              aria-label={`Link chart with ${visible.nodes.size} nodes and ${visible.edges.size} links`}
              data-state={ready ? 'ready' : 'busy'}
              data-nodes={visible.nodes.size}
            />
          )}
        </div>
        <aside className="graph-panel" aria-label="Selection">
          {path ? <PathPanel session={session} path={path} state={state} /> : null}
          <SelectionPanel session={session} state={state} selected={selected} busy={snapshot.busy} />
        </aside>
      </div>
    </div>
  );
}
