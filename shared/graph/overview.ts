/**
 * The overview of a big chart: every node a dot in its colour and every link a line in its kind's colour, drawn
 * in a few canvas paths (one per colour) instead of one Cytoscape draw call per element. Ten thousand nodes and
 * twenty thousand links take tens of milliseconds this way, against seconds through Cytoscape, so a big chart is
 * shown, panned and zoomed as this while Cytoscape is filled in behind it, and whenever so much is in view that
 * no label would show anyway (see renderer/features/graph/overviewLayer.ts).
 */
import type { ElementDefinition } from 'cytoscape';
import type { LinkKind } from '../model';
import { EDGE_LOOK, KIND_LOOK, NO_COMMUNITY_COLOUR } from './look';

export type Scene = Readonly<{
  ids: readonly string[];
  index: ReadonlyMap<string, number>;
  x: Float64Array;
  y: Float64Array;
  /** Drawn diameter at zoom 1. */
  size: Float64Array;
  colour: readonly string[];
  edgeIds: readonly string[];
  source: Int32Array;
  target: Int32Array;
  edgeKind: readonly LinkKind[];
}>;

export type Viewport = Readonly<{ zoom: number; pan: Readonly<{ x: number; y: number }> }>;

/** The nodes with a position (not group boxes) and the links between them, in arrays a frame can walk quickly. */
export function sceneOf(elements: readonly ElementDefinition[]): Scene {
  const nodes = elements.filter((definition) => definition.group === 'nodes' && definition.position);
  const index = new Map<string, number>();
  const x = new Float64Array(nodes.length);
  const y = new Float64Array(nodes.length);
  const size = new Float64Array(nodes.length);
  const colour: string[] = [];
  nodes.forEach((definition, i) => {
    const id = definition.data.id as string;
    index.set(id, i);
    x[i] = definition.position?.x ?? 0;
    y[i] = definition.position?.y ?? 0;
    const kind = definition.data['kind'] as keyof typeof KIND_LOOK | undefined;
    size[i] = kind === undefined ? 24 : KIND_LOOK[kind].size;
    colour.push((definition.data['colour'] as string | undefined) ?? NO_COMMUNITY_COLOUR);
  });
  const edges = elements.filter(
    (definition) =>
      definition.group === 'edges' &&
      index.has(definition.data.source as string) &&
      index.has(definition.data.target as string),
  );
  const source = new Int32Array(edges.length);
  const target = new Int32Array(edges.length);
  edges.forEach((definition, i) => {
    source[i] = index.get(definition.data.source as string) ?? 0;
    target[i] = index.get(definition.data.target as string) ?? 0;
  });
  return {
    ids: nodes.map((definition) => definition.data.id as string),
    index,
    x,
    y,
    size,
    colour,
    edgeIds: edges.map((definition) => definition.data.id as string),
    source,
    target,
    edgeKind: edges.map((definition) => definition.data['kind'] as LinkKind),
  };
}

/**
 * The scene with these node definitions' positions and colours changed, or undefined when one of them is not in it
 * (then the scene must be built again). Copies three arrays instead of walking every element: what a dragged node
 * or a pin costs on a chart of ten thousand.
 */
export function patchScene(scene: Scene, changed: readonly ElementDefinition[]): Scene | undefined {
  const x = Float64Array.from(scene.x);
  const y = Float64Array.from(scene.y);
  const colour = [...scene.colour];
  for (const definition of changed) {
    if (definition.group !== 'nodes' || !definition.position) return undefined;
    const i = scene.index.get(definition.data.id as string);
    if (i === undefined) return undefined;
    x[i] = definition.position.x;
    y[i] = definition.position.y;
    colour[i] = (definition.data['colour'] as string | undefined) ?? NO_COMMUNITY_COLOUR;
  }
  return { ...scene, x, y, colour };
}

/** The viewport that shows the whole scene with `padding` pixels around it, as Cytoscape's `fit` would. */
export function fitViewport(
  scene: Scene,
  width: number,
  height: number,
  padding: number,
  minZoom: number,
  maxZoom: number,
): Viewport {
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < scene.ids.length; i++) {
    const r = (scene.size[i] ?? 0) / 2;
    x1 = Math.min(x1, (scene.x[i] ?? 0) - r);
    x2 = Math.max(x2, (scene.x[i] ?? 0) + r);
    y1 = Math.min(y1, (scene.y[i] ?? 0) - r);
    y2 = Math.max(y2, (scene.y[i] ?? 0) + r);
  }
  if (scene.ids.length === 0) return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  const zoom = Math.min(
    maxZoom,
    Math.max(
      minZoom,
      Math.min((width - 2 * padding) / Math.max(1, x2 - x1), (height - 2 * padding) / Math.max(1, y2 - y1)),
    ),
  );
  return { zoom, pan: { x: width / 2 - (zoom * (x1 + x2)) / 2, y: height / 2 - (zoom * (y1 + y2)) / 2 } };
}

/** How many nodes have their centre inside the visible area. */
export function nodesInView(scene: Scene, viewport: Viewport, width: number, height: number): number {
  const left = -viewport.pan.x / viewport.zoom;
  const top = -viewport.pan.y / viewport.zoom;
  const right = left + width / viewport.zoom;
  const bottom = top + height / viewport.zoom;
  let count = 0;
  for (let i = 0; i < scene.ids.length; i++) {
    const x = scene.x[i] ?? 0;
    const y = scene.y[i] ?? 0;
    if (x >= left && x <= right && y >= top && y <= bottom) count += 1;
  }
  return count;
}

export type Marks = Readonly<{
  /** Node indexes drawn with a ring in the accent colour. */
  selected: readonly number[];
  /** Node and edge indexes drawn in the path colour; everything else faded while there is a path. */
  path?: Readonly<{ nodes: readonly number[]; edges: readonly number[] }>;
  matches: readonly number[];
  accent: string;
  pathColour: string;
  /** Filled first: the overview covers Cytoscape's canvases, whose last frame must not show through. */
  background: string;
}>;

/** The subset of the 2D context the overview uses, so tests can draw on a recorder. */
export type OverviewContext = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'fillRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'rect'
  | 'arc'
  | 'stroke'
  | 'fill'
  | 'setLineDash'
> & { globalAlpha: number; lineWidth: number; strokeStyle: unknown; fillStyle: unknown };

/** Dots below this many pixels are squares: a square is a quarter of an arc's cost and looks the same that small. */
const ROUND_FROM_PX = 4;
/** A node is never drawn smaller than this, so a chart seen from afar still shows where its nodes are. */
const MIN_DOT_PX = 1.5;

function dot(ctx: OverviewContext, x: number, y: number, d: number): void {
  if (d < ROUND_FROM_PX) ctx.rect(x - d / 2, y - d / 2, d, d);
  else {
    ctx.moveTo(x + d / 2, y);
    ctx.arc(x, y, d / 2, 0, 2 * Math.PI);
  }
}

/** Draws the scene in screen pixels (the canvas is `width`×`height` CSS pixels at `ratio` device pixels each). */
export function drawScene(
  ctx: OverviewContext,
  scene: Scene,
  viewport: Viewport,
  width: number,
  height: number,
  ratio: number,
  marks: Marks,
): void {
  const { zoom, pan } = viewport;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = marks.background;
  ctx.fillRect(0, 0, width, height);
  const sx = (i: number): number => (scene.x[i] ?? 0) * zoom + pan.x;
  const sy = (i: number): number => (scene.y[i] ?? 0) * zoom + pan.y;
  const faded = marks.path !== undefined;
  ctx.globalAlpha = faded ? 0.15 : 0.8;
  // links first, one path per kind: their look is the kind's (colour, width, dashes), as on the full chart
  const byKind = new Map<LinkKind, number[]>();
  scene.edgeKind.forEach((kind, i) => {
    const list = byKind.get(kind);
    if (list) list.push(i);
    else byKind.set(kind, [i]);
  });
  for (const [kind, edges] of byKind) {
    const look = EDGE_LOOK[kind];
    ctx.lineWidth = Math.max(0.5, Math.min(look.width * zoom, look.width));
    ctx.strokeStyle = look.colour;
    ctx.setLineDash(
      look.line === 'dashed' ? [6 * zoom + 2, 4 * zoom + 2] : look.line === 'dotted' ? [2, 3] : [],
    );
    ctx.beginPath();
    for (const i of edges) {
      const a = scene.source[i] ?? 0;
      const b = scene.target[i] ?? 0;
      ctx.moveTo(sx(a), sy(a));
      ctx.lineTo(sx(b), sy(b));
    }
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = faded ? 0.15 : 1;
  const byColour = new Map<string, number[]>();
  scene.colour.forEach((colour, i) => {
    const x = sx(i);
    const y = sy(i);
    if (x < -20 || y < -20 || x > width + 20 || y > height + 20) return;
    const list = byColour.get(colour);
    if (list) list.push(i);
    else byColour.set(colour, [i]);
  });
  for (const [colour, nodes] of byColour) {
    ctx.fillStyle = colour;
    ctx.beginPath();
    for (const i of nodes) dot(ctx, sx(i), sy(i), Math.max(MIN_DOT_PX, (scene.size[i] ?? 0) * zoom));
    ctx.fill();
  }
  ctx.globalAlpha = 1;
  if (marks.path) {
    ctx.strokeStyle = marks.pathColour;
    ctx.lineWidth = 3;
    ctx.beginPath();
    for (const i of marks.path.edges) {
      const a = scene.source[i] ?? 0;
      const b = scene.target[i] ?? 0;
      ctx.moveTo(sx(a), sy(a));
      ctx.lineTo(sx(b), sy(b));
    }
    ctx.stroke();
    ctx.fillStyle = marks.pathColour;
    ctx.beginPath();
    for (const i of marks.path.nodes) dot(ctx, sx(i), sy(i), Math.max(6, (scene.size[i] ?? 0) * zoom));
    ctx.fill();
  }
  for (const [nodes, colour] of [
    [marks.matches, marks.pathColour],
    [marks.selected, marks.accent],
  ] as const) {
    if (nodes.length === 0) continue;
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2;
    ctx.beginPath();
    for (const i of nodes) {
      const r = Math.max(4, ((scene.size[i] ?? 0) * zoom) / 2 + 2);
      ctx.moveTo(sx(i) + r, sy(i));
      ctx.arc(sx(i), sy(i), r, 0, 2 * Math.PI);
    }
    ctx.stroke();
  }
}
