/**
 * The Cytoscape stylesheet, built from the look table (look.ts) and the theme's colours, so the chart follows the
 * light and dark themes and the legend, the chart and the SVG export never disagree.
 */
import type { StylesheetJson } from 'cytoscape';
import { ENTITY_KINDS, LINK_KINDS, type LinkKind } from '../model';
import { EDGE_LOOK, KIND_LOOK, PATH_COLOUR, iconUrl } from './look';

export type ChartTheme = Readonly<{ text: string; background: string; accent: string }>;

/**
 * Below this on-screen size labels are not drawn: a zoomed-out chart of thousands is shapes and colours. Accounts'
 * labels are larger, so they appear first as the analyst zooms in, identifiers' a step later.
 */
export const LABEL_MIN_SCREEN_PX = 6;

/**
 * `big`: a chart of thousands, seen from afar. Icons are left out (each is an image drawn per node per frame; shape
 * and colour still say the kind) and edges are drawn as Cytoscape's cheap "haystack" lines, so zooming and panning
 * stay smooth.
 */
export function stylesheet(theme: ChartTheme, big = false): StylesheetJson {
  const kinds: StylesheetJson = ENTITY_KINDS.map((kind) => {
    const look = KIND_LOOK[kind];
    return {
      selector: `node[kind = "${kind}"]`,
      style: {
        shape: look.shape,
        width: look.size,
        height: look.size,
        ...(big
          ? {}
          : { 'background-image': iconUrl(kind), 'background-width': '60%', 'background-height': '60%' }),
      },
    };
  });
  const links: StylesheetJson = (Object.keys(LINK_KINDS) as LinkKind[]).map((kind) => {
    const look = EDGE_LOOK[kind];
    // Cytoscape has no double line (its line styles are solid, dotted and dashed): a line in the background's
    // colour with an outline in the kind's on each side is one, drawn as wide as the SVG export's (svg.ts)
    if (look.line === 'double')
      return {
        selector: `edge[kind = "${kind}"]`,
        style: {
          'line-style': 'solid',
          width: look.width / 3,
          'line-color': theme.background,
          'line-outline-width': look.width / 3,
          'line-outline-color': look.colour,
          'target-arrow-color': look.colour,
        },
      };
    return {
      selector: `edge[kind = "${kind}"]`,
      style: {
        'line-style': look.line,
        width: look.width,
        'line-color': look.colour,
        'target-arrow-color': look.colour,
      },
    };
  });
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        label: 'data(label)',
        color: theme.text,
        'font-size': 12,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-max-width': '160px',
        // shortening labels to fit measures each one: on a big chart, where they show only when zoomed in, it is not worth it
        'text-wrap': big ? 'none' : 'ellipsis',
        'text-outline-color': theme.background,
        'text-outline-width': 2,
        'min-zoomed-font-size': LABEL_MIN_SCREEN_PX,
        'border-width': 0,
      },
    },
    ...kinds,
    {
      selector: 'node.identifier',
      style: { 'font-size': 10 },
    },
    {
      selector: 'node.signalled',
      style: { 'border-width': 3, 'border-color': '#dc2626' },
    },
    {
      selector: 'node.pinned',
      style: { 'border-width': 3, 'border-style': 'double', 'border-color': theme.text },
    },
    {
      // A folded hub is a badge: a pale pill with its value and link count, no icon, no links drawn.
      selector: 'node.folded',
      style: {
        shape: 'round-rectangle',
        width: 'label',
        height: 18,
        padding: '6px',
        'background-image': 'none',
        'background-color': theme.background,
        'border-width': 1.5,
        'border-style': 'dashed',
        'border-color': 'data(colour)',
        'text-valign': 'center',
        'text-margin-y': 0,
        'font-size': 10,
        'text-max-width': '240px',
      },
    },
    {
      selector: 'node.group',
      style: {
        shape: 'round-rectangle',
        'background-color': 'data(colour)',
        'background-opacity': 0.08,
        'border-width': 1.5,
        'border-style': 'dashed',
        'border-color': 'data(colour)',
        'text-valign': 'top',
        'text-margin-y': -4,
        'font-size': 11,
        padding: '14px',
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': big ? 'haystack' : 'straight',
        'target-arrow-shape': 'none',
        opacity: 0.8,
      },
    },
    ...links,
    {
      // only suggestions carry a label (their score): a label style on every edge costs on big charts
      selector: 'edge[kind = "similar"]',
      style: {
        label: 'data(label)',
        'font-size': 9,
        color: theme.text,
        'text-outline-color': theme.background,
        'text-outline-width': 2,
        'min-zoomed-font-size': LABEL_MIN_SCREEN_PX,
      },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': theme.accent, 'border-style': 'solid' },
    },
    { selector: 'edge:selected', style: { 'line-color': theme.accent, opacity: 1 } },
    { selector: '.faded', style: { opacity: 0.15 } },
    {
      selector: 'node.match',
      style: { 'border-width': 4, 'border-color': PATH_COLOUR, 'border-style': 'solid' },
    },
    {
      selector: 'node.on-path',
      style: { 'border-width': 5, 'border-color': PATH_COLOUR, 'border-style': 'solid', opacity: 1 },
    },
    {
      selector: 'edge.on-path',
      style: {
        width: 6,
        'line-color': PATH_COLOUR,
        'line-style': 'solid',
        'line-outline-width': 0,
        opacity: 1,
        'z-index': 10,
      },
    },
  ];
}
