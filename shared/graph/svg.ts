/**
 * The chart as an SVG document for reports: vector, so it prints sharp at any size and a legal team can edit it. Built
 * from the view itself (not from the canvas), with the same shapes, colours, line styles and icons as on screen,
 * and a legend of what the lines mean.
 */
import { KINDS, type LinkKind } from '../model';
import { edgeLabel, nodeLabel } from './elements';
import type { Visible } from './filters';
import { communityColour, EDGE_LOOK, KIND_LOOK, nodeColours, PATH_COLOUR, type NodeShape } from './look';
import type { Point, ViewState } from './model';

export type SvgOptions = Readonly<{
  title: string;
  text: string;
  background: string;
  /** Node and link ids of a highlighted path. */
  path?: Readonly<{ nodes: readonly string[]; edges: readonly string[] }>;
}>;

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

const round = (value: number): string => String(Math.round(value * 10) / 10);

function polygon(centre: Point, radius: number, corners: number, rotation: number): string {
  const points: string[] = [];
  for (let i = 0; i < corners; i++) {
    const angle = rotation + (2 * Math.PI * i) / corners;
    points.push(
      `${round(centre.x + radius * Math.cos(angle))},${round(centre.y + radius * Math.sin(angle))}`,
    );
  }
  return points.join(' ');
}

/** An SVG element for a Cytoscape shape, close enough to read the same. */
function shapeElement(shape: NodeShape, at: Point, size: number, attributes: string): string {
  const r = size / 2;
  switch (shape) {
    case 'ellipse':
      return `<circle cx="${round(at.x)}" cy="${round(at.y)}" r="${round(r)}" ${attributes}/>`;
    case 'rectangle':
    case 'round-rectangle':
    case 'round-tag':
    case 'barrel': {
      const corner = shape === 'rectangle' ? 0 : r / 3;
      return `<rect x="${round(at.x - r)}" y="${round(at.y - r)}" width="${round(size)}" height="${round(size)}" rx="${round(corner)}" ${attributes}/>`;
    }
    case 'diamond':
    case 'round-diamond':
      return `<polygon points="${polygon(at, r, 4, -Math.PI / 2)}" ${attributes}/>`;
    case 'triangle':
    case 'round-triangle':
    case 'vee':
      return `<polygon points="${polygon(at, r, 3, -Math.PI / 2)}" ${attributes}/>`;
    case 'pentagon':
    case 'star':
      return `<polygon points="${polygon(at, r, 5, -Math.PI / 2)}" ${attributes}/>`;
    case 'hexagon':
      return `<polygon points="${polygon(at, r, 6, 0)}" ${attributes}/>`;
    case 'octagon':
      return `<polygon points="${polygon(at, r, 8, Math.PI / 8)}" ${attributes}/>`;
  }
}

const DASH: Readonly<Record<string, string>> = {
  dashed: ' stroke-dasharray="6 4"',
  dotted: ' stroke-dasharray="2 3"',
};

export function viewToSvg(state: ViewState, visible: Visible, options: SvgOptions): string {
  const onPath = new Set(options.path?.nodes ?? []);
  const edgesOnPath = new Set(options.path?.edges ?? []);
  const folded = new Set(state.folded);
  const colours = nodeColours(state);
  const ids = [...visible.nodes].filter((id) => state.nodes[id] && state.positions[id]);
  if (ids.length === 0) {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80" viewBox="0 0 400 80"><title>${escapeXml(options.title)}</title><text x="20" y="45" font-family="sans-serif" font-size="14">Nothing drawn</text></svg>`;
  }
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const id of ids) {
    const p = state.positions[id] as Point;
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  const margin = 120;
  const kindsShown = [...new Set([...visible.edges].map((id) => state.edges[id]?.kind))].filter(
    (kind): kind is LinkKind => kind !== undefined,
  );
  const legendHeight = 24 + 18 * kindsShown.length;
  const x0 = minX - margin;
  const y0 = minY - margin;
  const width = maxX - minX + 2 * margin;
  const height = maxY - minY + 2 * margin + legendHeight;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${round(height)}" viewBox="${round(x0)} ${round(y0)} ${round(width)} ${round(height)}" font-family="system-ui, sans-serif">`,
    `<title>${escapeXml(options.title)}</title>`,
    `<rect x="${round(x0)}" y="${round(y0)}" width="${round(width)}" height="${round(height)}" fill="${escapeXml(options.background)}"/>`,
    '<g class="edges">',
  ];
  for (const id of visible.edges) {
    const edge = state.edges[id];
    const a = edge && state.positions[edge.source];
    const b = edge && state.positions[edge.target];
    if (!edge || !a || !b) continue;
    const look = EDGE_LOOK[edge.kind];
    const highlighted = edgesOnPath.has(id);
    const colour = highlighted ? PATH_COLOUR : look.colour;
    const width = highlighted ? 6 : look.width;
    const line = `x1="${round(a.x)}" y1="${round(a.y)}" x2="${round(b.x)}" y2="${round(b.y)}"`;
    const dash = highlighted ? '' : (DASH[look.line] ?? '');
    out.push(
      `<line ${line} stroke="${colour}" stroke-width="${width}"${dash}><title>${escapeXml(`${edge.kind}${edge.role ? ` (${edge.role})` : ''}`)}</title></line>`,
    );
    // a double line: the wide stroke with the background drawn down its middle
    if (look.line === 'double' && !highlighted)
      out.push(
        `<line ${line} stroke="${escapeXml(options.background)}" stroke-width="${round(width / 3)}"/>`,
      );
    const label = edgeLabel(edge);
    if (label !== '')
      out.push(
        `<text x="${round((a.x + b.x) / 2)}" y="${round((a.y + b.y) / 2)}" font-size="9" text-anchor="middle" fill="${escapeXml(options.text)}">${escapeXml(label)}</text>`,
      );
  }
  out.push('</g>', '<g class="nodes">');
  for (const id of ids) {
    const node = state.nodes[id];
    const at = state.positions[id];
    if (!node || !at) continue;
    const look = KIND_LOOK[node.kind];
    const colour = colours.get(id) ?? communityColour(undefined);
    const label = escapeXml(nodeLabel(node, folded.has(id)));
    out.push(`<g><title>${escapeXml(`${KINDS[node.kind].label}: ${node.label}`)}</title>`);
    if (folded.has(id)) {
      const w = Math.max(60, label.length * 6);
      out.push(
        `<rect x="${round(at.x - w / 2)}" y="${round(at.y - 10)}" width="${round(w)}" height="20" rx="10" fill="${escapeXml(options.background)}" stroke="${colour}" stroke-dasharray="4 3"/>`,
        `<text x="${round(at.x)}" y="${round(at.y + 4)}" font-size="10" text-anchor="middle" fill="${escapeXml(options.text)}">${label}</text></g>`,
      );
      continue;
    }
    const stroke = onPath.has(id)
      ? `stroke="${PATH_COLOUR}" stroke-width="5"`
      : node.signals.length > 0
        ? 'stroke="#dc2626" stroke-width="3"'
        : 'stroke="none"';
    out.push(shapeElement(look.shape, at, look.size, `fill="${colour}" ${stroke}`));
    const scale = (look.size * 0.6) / 24;
    out.push(
      `<path d="${look.icon}" transform="translate(${round(at.x - 12 * scale)} ${round(at.y - 12 * scale)}) scale(${Math.round(scale * 100) / 100})" fill="none" stroke="#ffffff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
      `<text x="${round(at.x)}" y="${round(at.y + look.size / 2 + 14)}" font-size="11" text-anchor="middle" fill="${escapeXml(options.text)}" stroke="${escapeXml(options.background)}" stroke-width="3" paint-order="stroke">${label}</text></g>`,
    );
  }
  out.push('</g>', `<g class="legend" font-size="11" fill="${escapeXml(options.text)}">`);
  const legendY = maxY + margin;
  kindsShown.forEach((kind, i) => {
    const look = EDGE_LOOK[kind];
    const y = legendY + 12 + 18 * i;
    const line = `x1="${round(x0 + 20)}" y1="${round(y)}" x2="${round(x0 + 60)}" y2="${round(y)}"`;
    out.push(`<line ${line} stroke="${look.colour}" stroke-width="${look.width}"${DASH[look.line] ?? ''}/>`);
    // the legend's double line is drawn as the chart's
    if (look.line === 'double')
      out.push(
        `<line ${line} stroke="${escapeXml(options.background)}" stroke-width="${round(look.width / 3)}"/>`,
      );
    out.push(
      `<text x="${round(x0 + 70)}" y="${round(y + 4)}">${escapeXml(`${kind}: ${look.meaning}`)}</text>`,
    );
  });
  out.push('</g>', '</svg>');
  return out.join('\n');
}
