/**
 * Cytoscape finds what is under the pointer (on every mouse move that is not a drag, on mouse-down and on mouse-up)
 * by walking every element and reading several styles of each, labels included: 50–100 ms on a chart of thirty
 * thousand elements on these machines, so every hover, click and drag end on a big chart was a long frame. On a big
 * chart that search is replaced by a grid of the nodes: only the nodes in the cells around the pointer are tested,
 * with Cytoscape's own shape test, a few microseconds. Links and labels are not hit: on a big chart a link is a
 * haystack line with no action of its own (a drag on one pans, as on the background) and labels show only zoomed in,
 * where the node itself is large enough to take the pointer. A chart with group boxes keeps Cytoscape's own search.
 */
import type { Core, EventObject, NodeSingular } from 'cytoscape';

/** What Cytoscape has but its typings leave out. */
type Compounds = { hasCompoundNodes: () => boolean };
type Interactive = { interactive: () => boolean };

type HitRenderer = {
  findNearestElements: (x: number, y: number, interactiveOnly: boolean, isTouch: boolean) => unknown[];
  checkNodeHitAt: (node: NodeSingular, x: number, y: number, threshold: number) => boolean;
};

/** Cell side in model units: a few node widths, so a pointer's neighbourhood is a handful of cells. */
const CELL = 80;

const cellKey = (column: number, row: number): string => `${column}:${row}`;

/** Replaces the renderer's hit test; the returned function puts Cytoscape's own back. */
export function installGridHitTest(cy: Core): () => void {
  const renderer = (cy as unknown as { renderer: () => HitRenderer }).renderer();
  const original = renderer.findNearestElements;
  let grid: Map<string, NodeSingular[]> | undefined;
  /** Each node's cell, so a moved node leaves the old one. */
  const cellOf = new Map<string, string>();
  /** The largest node's width or height: how far from its cell a node can still be under the pointer. */
  let largest = 0;

  const insert = (cells: Map<string, NodeSingular[]>, node: NodeSingular): void => {
    const at = node.position();
    const key = cellKey(Math.floor(at.x / CELL), Math.floor(at.y / CELL));
    cellOf.set(node.id(), key);
    const cell = cells.get(key);
    if (cell) cell.push(node);
    else cells.set(key, [node]);
    largest = Math.max(largest, node.outerWidth(), node.outerHeight());
  };
  const take = (cells: Map<string, NodeSingular[]>, node: NodeSingular): void => {
    const key = cellOf.get(node.id());
    const cell = key === undefined ? undefined : cells.get(key);
    if (cell) cell.splice(cell.indexOf(node) >>> 0, 1);
    cellOf.delete(node.id());
  };
  const build = (): Map<string, NodeSingular[]> => {
    const cells = new Map<string, NodeSingular[]>();
    cellOf.clear();
    largest = 0;
    cy.nodes().forEach((node) => insert(cells, node));
    return cells;
  };
  // Built at the first look-up, then kept up to date node by node: as a big chart is filled slice by slice, as a
  // dragged node moves (one event per node per mouse move), as nodes go. A whole layout moving everything is a
  // burst of events that each move one node, still far cheaper than one of Cytoscape's searches.
  const moved = (event: EventObject): void => {
    const node = event.target as NodeSingular;
    if (!grid) return;
    take(grid, node);
    insert(grid, node);
  };
  const added = (event: EventObject): void => {
    if (grid) insert(grid, event.target as NodeSingular);
  };
  const removed = (event: EventObject): void => {
    if (grid) take(grid, event.target as NodeSingular);
  };

  renderer.findNearestElements = function (x, y, interactiveOnly, isTouch) {
    if ((cy as unknown as Compounds).hasCompoundNodes())
      return original.call(this, x, y, interactiveOnly, isTouch);
    grid ??= build();
    // Cytoscape's own tolerance: two pixels around a node (eight by touch), whatever the zoom
    const threshold = (isTouch ? 8 : 2) / cy.zoom();
    const reach = largest / 2 + threshold;
    let best: NodeSingular | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let column = Math.floor((x - reach) / CELL); column <= Math.floor((x + reach) / CELL); column++)
      for (let row = Math.floor((y - reach) / CELL); row <= Math.floor((y + reach) / CELL); row++)
        for (const node of grid.get(cellKey(column, row)) ?? []) {
          if (interactiveOnly && !(node as unknown as Interactive).interactive()) continue;
          if (!renderer.checkNodeHitAt(node, x, y, threshold)) continue;
          // where nodes overlap, the one whose centre is nearest: on a chart of dots that is the one aimed at
          const at = node.position();
          const distance = (at.x - x) ** 2 + (at.y - y) ** 2;
          if (distance < bestDistance) {
            best = node;
            bestDistance = distance;
          }
        }
    return best ? [best] : [];
  };
  cy.on('position', 'node', moved);
  cy.on('add', 'node', added);
  cy.on('remove', 'node', removed);
  return () => {
    renderer.findNearestElements = original;
    cy.off('position', 'node', moved);
    cy.off('add', 'node', added);
    cy.off('remove', 'node', removed);
  };
}
