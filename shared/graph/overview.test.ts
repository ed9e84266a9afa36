import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { drawScene, fitViewport, nodesInView, patchScene, sceneOf, type OverviewContext } from './overview';

const elements: ElementDefinition[] = [
  { group: 'nodes', data: { id: 'group:0', colour: '#000' }, classes: ['group'] },
  { group: 'nodes', data: { id: 'a', kind: 'seller', colour: '#111' }, position: { x: 0, y: 0 } },
  { group: 'nodes', data: { id: 'b', kind: 'email', colour: '#222' }, position: { x: 100, y: 0 } },
  { group: 'nodes', data: { id: 'c', kind: 'email', colour: '#222' }, position: { x: 0, y: 200 } },
  { group: 'edges', data: { id: 'ab', source: 'a', target: 'b', kind: 'uses' } },
  { group: 'edges', data: { id: 'ac', source: 'a', target: 'c', kind: 'mentions' } },
  { group: 'edges', data: { id: 'ax', source: 'a', target: 'group:0', kind: 'uses' } },
];

function recorder(): OverviewContext & { calls: string[] } {
  const calls: string[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]): void => {
      calls.push(
        `${name}(${args.map((a) => (typeof a === 'number' ? Math.round(a) : String(a))).join(',')})`,
      );
    };
  return {
    calls,
    setTransform: record('setTransform'),
    fillRect: record('fillRect'),
    beginPath: record('beginPath'),
    moveTo: record('moveTo'),
    lineTo: record('lineTo'),
    rect: record('rect'),
    arc: record('arc'),
    stroke: record('stroke'),
    fill: record('fill'),
    setLineDash: record('setLineDash'),
    globalAlpha: 1,
    lineWidth: 1,
    strokeStyle: '',
    fillStyle: '',
  };
}

describe('chart overview', () => {
  it('keeps placed nodes and the links between them, not group boxes', () => {
    const scene = sceneOf(elements);
    expect(scene.ids).toEqual(['a', 'b', 'c']);
    expect(scene.edgeIds).toEqual(['ab', 'ac']);
    expect([...scene.source]).toEqual([0, 0]);
    expect([...scene.target]).toEqual([1, 2]);
    expect(scene.colour).toEqual(['#111', '#222', '#222']);
  });

  it('fits the whole scene in the viewport, as Cytoscape would', () => {
    const scene = sceneOf(elements);
    const viewport = fitViewport(scene, 400, 400, 20, 0.01, 4);
    expect(nodesInView(scene, viewport, 400, 400)).toBe(3);
    // the tallest side (200 px plus the node sizes) fills the height less the padding
    expect(viewport.zoom).toBeCloseTo(360 / (200 + 22 + 13), 5);
    const zoomedIn = { zoom: 4, pan: { x: 200, y: 200 } };
    expect(nodesInView(scene, zoomedIn, 400, 400)).toBe(1);
  });

  it('draws every link kind in one path and every colour in one path', () => {
    const scene = sceneOf(elements);
    const ctx = recorder();
    drawScene(ctx, scene, { zoom: 1, pan: { x: 0, y: 0 } }, 400, 400, 1, {
      selected: [0],
      matches: [],
      accent: '#00f',
      pathColour: '#ff0',
      background: '#fff',
    });
    expect(ctx.calls.filter((call) => call === 'stroke()')).toHaveLength(2 + 1);
    expect(ctx.calls.filter((call) => call === 'fill()')).toHaveLength(2);
    expect(ctx.calls[1]).toBe('fillRect(0,0,400,400)');
  });
});

describe('patchScene', () => {
  it('moves and recolours the changed nodes in a copy, and gives up on a node the scene does not have', () => {
    const scene = sceneOf(elements);
    const patched = patchScene(scene, [
      { group: 'nodes', data: { id: 'b', kind: 'email', colour: '#333' }, position: { x: 7, y: 8 } },
    ]);
    const i = scene.index.get('b') ?? -1;
    expect([patched?.x[i], patched?.y[i], patched?.colour[i]]).toEqual([7, 8, '#333']);
    expect([scene.x[i], scene.y[i], scene.colour[i]]).toEqual([100, 0, '#222']);
    expect(
      patchScene(scene, [{ group: 'nodes', data: { id: 'z', colour: '#333' }, position: { x: 0, y: 0 } }]),
    ).toBeUndefined();
  });
});
