/**
 * Narrowing the chart: kinds and link kinds, a timeline over the dated nodes (accounts created, listings seen,
 * parcels shipped or seized), one community, one signal; and selecting nodes by how many links they have here.
 * Every change is a step that Undo takes back.
 */
import { useId, useMemo, useState } from 'react';
import { SIGNAL_LABELS } from '@shared/analysis';
import { dateBounds, type Visible } from '@shared/graph/filters';
import { communityColour } from '@shared/graph/look';
import type { ColourBy, GraphFilters as Filters, ViewState } from '@shared/graph/model';
import { selectByDegree } from '@shared/graph/filters';
import { KINDS, LINK_KINDS, type EntityId } from '@shared/model';

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? list.filter((x) => x !== item) : [...list, item];

export function GraphFilters({
  state,
  visible,
  onChange,
  onColourBy,
  onSelect,
}: Readonly<{
  state: ViewState;
  visible: Visible;
  onChange: (filters: Filters) => void;
  onColourBy: (colourBy: ColourBy) => void;
  onSelect: (ids: readonly EntityId[]) => void;
}>) {
  const id = useId();
  const { filters } = state;
  // a chart of ten thousand re-renders on every progress tick: what the choices are changes only with the chart
  const { nodes, edges } = state;
  const kinds = useMemo(() => [...new Set(Object.values(nodes).map((node) => node.kind))].sort(), [nodes]);
  const linkKinds = useMemo(
    () => [...new Set(Object.values(edges).map((edge) => edge.kind))].sort(),
    [edges],
  );
  const communities = useMemo(() => {
    const sizes = new Map<number, number>();
    for (const community of Object.values(state.communities))
      if (community >= 0) sizes.set(community, (sizes.get(community) ?? 0) + 1);
    return sizes;
  }, [state.communities]);
  const signals = useMemo(
    () => [...new Set(Object.values(nodes).flatMap((node) => node.signals))].sort(),
    [nodes],
  );
  const bounds = useMemo(() => dateBounds({ nodes }), [nodes]);
  // the analysis's networks on this chart, named by their first account
  const networks = useMemo(() => {
    const members = new Map<string, string[]>();
    for (const node of Object.values(nodes)) {
      if (node.network === undefined) continue;
      const list = members.get(node.network);
      if (list) list.push(node.label);
      else members.set(node.network, [node.label]);
    }
    return [...members]
      .map(([network, labels]) => ({ network, labels: labels.sort((a, b) => a.localeCompare(b)) }))
      .sort((a, b) => b.labels.length - a.labels.length || a.network.localeCompare(b.network));
  }, [nodes]);
  const [minDegree, setMinDegree] = useState('3');

  return (
    <div className="graph-filters">
      <ShownGroup
        legend="Kinds"
        options={kinds.map((kind) => ({ key: kind, label: KINDS[kind].plural }))}
        hidden={filters.hiddenKinds}
        onHidden={(hiddenKinds) => onChange({ ...filters, hiddenKinds })}
      />
      {linkKinds.length > 0 ? (
        <ShownGroup
          legend="Links"
          options={linkKinds.map((kind) => ({ key: kind, label: LINK_KINDS[kind].label }))}
          hidden={filters.hiddenLinkKinds}
          onHidden={(hiddenLinkKinds) => onChange({ ...filters, hiddenLinkKinds })}
        />
      ) : null}
      {bounds && bounds.from !== bounds.to ? (
        <Timeline
          key={`${filters.from ?? ''}|${filters.to ?? ''}`}
          bounds={bounds}
          filters={filters}
          onChange={onChange}
        />
      ) : null}
      {communities.size > 1 ? (
        <div className="field">
          <label htmlFor={`${id}-community`}>Community</label>
          <select
            id={`${id}-community`}
            className="input input--small"
            value={filters.community ?? ''}
            onChange={(event) => {
              const { community: _, ...rest } = filters;
              onChange(event.target.value === '' ? rest : { ...rest, community: Number(event.target.value) });
            }}
          >
            <option value="">All communities</option>
            {[...communities]
              .sort((a, b) => a[0] - b[0])
              .map(([community, size]) => (
                <option key={community} value={community} style={{ color: communityColour(community) }}>
                  Community {community + 1} ({size} nodes)
                </option>
              ))}
          </select>
        </div>
      ) : null}
      {networks.length > 0 ? (
        <>
          <div className="field">
            <label htmlFor={`${id}-colour`}>Colour by</label>
            <select
              id={`${id}-colour`}
              className="input input--small"
              value={state.colourBy}
              onChange={(event) => onColourBy(event.target.value === 'network' ? 'network' : 'community')}
            >
              <option value="community">Community on this chart</option>
              <option value="network">Network of the latest analysis</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-network`}>Network</label>
            <select
              id={`${id}-network`}
              className="input input--small"
              value={filters.network ?? ''}
              onChange={(event) => {
                const { network: _, ...rest } = filters;
                onChange(event.target.value === '' ? rest : { ...rest, network: event.target.value });
              }}
            >
              <option value="">All networks</option>
              {networks.map(({ network, labels }) => (
                <option key={network} value={network}>
                  {labels[0]}
                  {labels.length > 1 ? ` and ${labels.length - 1} more` : ''}
                </option>
              ))}
            </select>
          </div>
        </>
      ) : null}
      {signals.length > 0 ? (
        <div className="field">
          <label htmlFor={`${id}-signal`}>Signal</label>
          <select
            id={`${id}-signal`}
            className="input input--small"
            value={filters.signal ?? ''}
            onChange={(event) => {
              const { signal: _, ...rest } = filters;
              onChange(event.target.value === '' ? rest : { ...rest, signal: event.target.value });
            }}
          >
            <option value="">Any or none</option>
            {signals.map((signal) => (
              <option key={signal} value={signal}>
                {(SIGNAL_LABELS as Readonly<Record<string, string | undefined>>)[signal] ?? signal}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field graph-filters__degree">
        <label htmlFor={`${id}-degree`}>Select nodes with at least</label>
        <span>
          <input
            id={`${id}-degree`}
            className="input input--small"
            type="number"
            min={0}
            value={minDegree}
            onChange={(event) => setMinDegree(event.target.value)}
          />{' '}
          links{' '}
          <button
            type="button"
            className="button button--small"
            onClick={() => onSelect(selectByDegree(state, visible, Number(minDegree) || 0))}
          >
            Select
          </button>
        </span>
      </div>
    </div>
  );
}

/** Checkboxes that say what is shown; unticking one hides it (the filters keep the hidden ones). */
function ShownGroup<K extends string>({
  legend,
  options,
  hidden,
  onHidden,
}: Readonly<{
  legend: string;
  options: readonly { key: K; label: string }[];
  hidden: readonly K[];
  onHidden: (hidden: readonly K[]) => void;
}>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map(({ key, label }) => {
        const shown = !hidden.includes(key);
        return (
          <label key={key} className="checkbox">
            <input type="checkbox" checked={shown} onChange={() => onHidden(toggle(hidden, key, shown))} />
            {label}
          </label>
        );
      })}
    </fieldset>
  );
}

function Timeline({
  bounds,
  filters,
  onChange,
}: Readonly<{
  bounds: Readonly<{ from: string; to: string }>;
  filters: Filters;
  onChange: (filters: Filters) => void;
}>) {
  const id = useId();
  const first = dayNumber(bounds.from);
  const last = dayNumber(bounds.to);
  // dragged freely, applied (one undo step) when the slider is let go
  const [from, setFrom] = useState(filters.from ? dayNumber(filters.from) : first);
  const [to, setTo] = useState(filters.to ? dayNumber(filters.to) : last);
  const commit = (): void => {
    const { from: _f, to: _t, ...rest } = filters;
    onChange({
      ...rest,
      ...(from > first ? { from: isoOf(Math.min(from, to)) } : {}),
      ...(to < last ? { to: isoOf(Math.max(from, to)) } : {}),
    });
  };
  const handlers = { onPointerUp: commit, onKeyUp: commit };
  return (
    <fieldset className="graph-timeline">
      <legend>
        Dates: {isoOf(Math.min(from, to))} – {isoOf(Math.max(from, to))}
      </legend>
      <label htmlFor={`${id}-from`}>From</label>
      <input
        id={`${id}-from`}
        type="range"
        min={first}
        max={last}
        value={from}
        aria-valuetext={isoOf(from)}
        onChange={(event) => setFrom(Number(event.target.value))}
        {...handlers}
      />
      <label htmlFor={`${id}-to`}>To</label>
      <input
        id={`${id}-to`}
        type="range"
        min={first}
        max={last}
        value={to}
        aria-valuetext={isoOf(to)}
        onChange={(event) => setTo(Number(event.target.value))}
        {...handlers}
      />
      <p className="muted small">Undated nodes (identifiers) stay while they tie dated ones.</p>
    </fieldset>
  );
}
