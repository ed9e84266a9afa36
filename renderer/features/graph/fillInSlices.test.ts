import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { fillInSlices } from './fillInSlices';

const elements: ElementDefinition[] = [
  ...Array.from({ length: 300 }, (_, i) => ({
    group: 'nodes' as const,
    data: { id: `n${i}` },
    position: { x: i, y: 0 },
  })),
  // links listed before their ends would be added first, were they not put after the nodes
  ...Array.from({ length: 299 }, (_, i) => ({
    group: 'edges' as const,
    data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}` },
  })),
].reverse();

beforeEach(() => {
  // one slice per frame: frames come from timers here
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
    setTimeout(() => callback(performance.now()), 1),
  );
  vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('filling Cytoscape in slices', () => {
  it('adds every element, nodes before links, and says it is done', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const filling = fillInSlices(cy, elements);
    expect(cy.elements().length).toBe(0);
    expect(await filling.done).toBe(true);
    expect(cy.nodes().length).toBe(300);
    expect(cy.edges().length).toBe(299);
  });

  it('stops when cancelled and says it did not finish', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const filling = fillInSlices(cy, elements);
    filling.cancel();
    expect(await filling.done).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cy.elements().length).toBe(0);
  });
});
