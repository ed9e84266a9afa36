/**
 * What to do with the selected nodes: expand (all links or one kind), collapse, hide, pin, fold a hub, group a
 * community's identifiers, find the path between two; and, for one node, its entity page in the panel.
 */
import { useId, useState } from 'react';
import { Link } from 'wouter';
import { isIdentifier } from '@shared/graph/hubs';
import type { ViewState } from '@shared/graph/model';
import { broughtBy } from '@shared/graph/viewState';
import { KINDS, LINK_KINDS, type EntityId, type LinkKind } from '@shared/model';
import { useEntityDetails } from '@renderer/data/hooks/useEntity';
import { AnalysisSection } from '@renderer/features/entity/AnalysisSection';
import { LinksSection } from '@renderer/features/entity/LinksSection';
import { PropertiesTable } from '@renderer/features/entity/PropertiesTable';
import { AddToCaseControl } from '@renderer/features/cases/AddToCaseControl';
import type { GraphSession } from './graphSession';

type Props = Readonly<{
  session: GraphSession;
  state: ViewState;
  selected: readonly EntityId[];
  busy: boolean;
}>;

export function SelectionPanel({ session, state, selected, busy }: Props) {
  const id = useId();
  const [linkKind, setLinkKind] = useState<LinkKind | ''>('');
  const ids = selected.filter((node) => state.nodes[node]);
  if (ids.length === 0)
    return (
      <p className="muted small graph-panel__hint">
        Click a node to open its entity here. Shift-drag or Ctrl-click selects several; double-click a node
        expands it; drag a node to pin it where you put it. Delete hides the selection; Ctrl+Z undoes.
      </p>
    );
  const pinned = new Set<string>(state.pinned);
  const allPinned = ids.every((node) => pinned.has(node));
  const expand = (
    <div className="graph-panel__row">
      <button
        type="button"
        className="button button--primary"
        disabled={busy}
        onClick={() => void session.expand(ids, linkKind === '' ? [] : [linkKind])}
      >
        Expand
      </button>
      <label htmlFor={`${id}-kind`} className="visually-hidden">
        Link kind to expand
      </label>
      <select
        id={`${id}-kind`}
        className="input input--small"
        value={linkKind}
        onChange={(event) => setLinkKind(event.target.value as LinkKind | '')}
      >
        <option value="">all links</option>
        {(Object.keys(LINK_KINDS) as LinkKind[]).map((kind) => (
          <option key={kind} value={kind}>
            {LINK_KINDS[kind].label} only
          </option>
        ))}
      </select>
    </div>
  );
  const common = (
    <div className="graph-panel__row">
      <button type="button" className="button" onClick={() => session.act({ type: 'hide', ids })}>
        Hide
      </button>
      <button
        type="button"
        className="button"
        onClick={() => session.act({ type: 'pin', ids, pinned: !allPinned })}
      >
        {allPinned ? 'Unpin' : 'Pin'}
      </button>
      <AddToCaseControl ids={ids} />
    </div>
  );
  if (ids.length > 1) {
    const [a, b] = ids;
    return (
      <section aria-label="Selected nodes">
        <h2>{ids.length} nodes selected</h2>
        {ids.length === 2 && a && b ? (
          <button
            type="button"
            className="button button--primary graph-panel__path"
            disabled={busy}
            onClick={() => void session.findPath(a, b)}
          >
            Find path between {state.nodes[a]?.label} and {state.nodes[b]?.label}
          </button>
        ) : (
          <p className="muted small">Select exactly two nodes to find the path between them.</p>
        )}
        {expand}
        {common}
      </section>
    );
  }
  const nodeId = ids[0] as EntityId;
  const node = state.nodes[nodeId];
  if (!node) return null;
  const drawn = Object.values(state.edges).filter((e) => e.source === nodeId || e.target === nodeId).length;
  const folded = state.folded.includes(nodeId);
  const community = state.communities[nodeId];
  const grouped = community !== undefined && state.grouped.includes(community);
  const brought = broughtBy(state, nodeId).size;
  return (
    <section aria-label="Selected node">
      <h2 className="graph-panel__title">{node.label}</h2>
      <p className="muted small">
        {KINDS[node.kind].label} · {node.degree.toLocaleString()} link{node.degree === 1 ? '' : 's'} in the
        store, {drawn.toLocaleString()} on this chart
      </p>
      {expand}
      {common}
      <div className="graph-panel__row">
        {brought > 0 ? (
          <button
            type="button"
            className="button"
            onClick={() => session.act({ type: 'collapse', id: nodeId })}
          >
            Collapse ({brought})
          </button>
        ) : null}
        {isIdentifier(node) ? (
          <button
            type="button"
            className="button"
            onClick={() => session.act({ type: 'fold', id: nodeId, folded: !folded })}
          >
            {folded ? 'Unfold hub' : 'Fold as hub'}
          </button>
        ) : null}
        {community !== undefined && community >= 0 ? (
          <button
            type="button"
            className="button"
            onClick={() => session.act({ type: 'group', community, grouped: !grouped })}
          >
            {grouped ? 'Ungroup identifiers' : 'Group community’s identifiers'}
          </button>
        ) : null}
      </div>
      <Link href={`/entity/${encodeURIComponent(nodeId)}`} className="small">
        Open the entity’s page
      </Link>
      <EntityDetailsPanel id={nodeId} />
    </section>
  );
}

function EntityDetailsPanel({ id }: Readonly<{ id: EntityId }>) {
  const details = useEntityDetails(id);
  if (details === undefined) return <p className="muted small">Reading…</p>;
  if (details === null) return <p className="muted small">This entity is no longer in the store.</p>;
  return (
    <div className="graph-entity">
      <AnalysisSection details={details} />
      <PropertiesTable entity={details.entity} imports={details.imports} />
      <LinksSection details={details} />
    </div>
  );
}
