/** What the shapes, lines and colours mean, for the kinds and link kinds on this chart only. */
import { useMemo } from 'react';
import { KIND_LOOK, EDGE_LOOK, iconUrl } from '@shared/graph/look';
import type { ViewState } from '@shared/graph/model';
import { KINDS } from '@shared/model';

export function Legend({ state }: Readonly<{ state: ViewState }>) {
  const kinds = useMemo(
    () => [...new Set(Object.values(state.nodes).map((node) => node.kind))].sort(),
    [state.nodes],
  );
  const links = useMemo(
    () => [...new Set(Object.values(state.edges).map((edge) => edge.kind))].sort(),
    [state.edges],
  );
  if (kinds.length === 0) return null;
  return (
    <details className="graph-legend" open>
      <summary>Legend</summary>
      <ul>
        {kinds.map((kind) => (
          <li key={kind}>
            <span className={`graph-legend__shape graph-legend__shape--${KIND_LOOK[kind].shape}`}>
              <img src={iconUrl(kind)} alt="" width={14} height={14} />
            </span>
            {KINDS[kind].label}
          </li>
        ))}
      </ul>
      <ul>
        {links.map((kind) => (
          <li key={kind}>
            <svg width="34" height="10" aria-hidden="true">
              <line
                x1="2"
                y1="5"
                x2="32"
                y2="5"
                stroke={EDGE_LOOK[kind].colour}
                strokeWidth={Math.min(4, EDGE_LOOK[kind].width)}
                strokeDasharray={
                  EDGE_LOOK[kind].line === 'dashed'
                    ? '6 4'
                    : EDGE_LOOK[kind].line === 'dotted'
                      ? '2 3'
                      : undefined
                }
              />
              {EDGE_LOOK[kind].line === 'double' ? (
                // the middle of a double line, as on the chart: the page's background down a wide line
                <line
                  x1="2"
                  y1="5"
                  x2="32"
                  y2="5"
                  stroke="var(--surface, #ffffff)"
                  strokeWidth={Math.min(4, EDGE_LOOK[kind].width) / 3}
                />
              ) : null}
            </svg>
            <span>
              <strong>{kind}</strong>: {EDGE_LOOK[kind].meaning}
            </span>
          </li>
        ))}
        <li>
          <span className="graph-legend__badge">hub · 312 links</span> folded hub: its links are not drawn
        </li>
        <li>
          <span className="graph-legend__ring" /> red ring: a signal from the latest analysis
        </li>
      </ul>
      <p className="muted small">
        Colour:{' '}
        {state.colourBy === 'network'
          ? 'network of the latest analysis (grey: in none, or between two).'
          : 'community found on this chart.'}{' '}
        Labels appear as you zoom in.
      </p>
    </details>
  );
}
