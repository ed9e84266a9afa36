/**
 * Driving the chart in the graph benchmark as a person would (wheel zoom, a pan started on an empty spot, a node
 * dragged) and timing every frame meanwhile, on the page's own clock; CPU profiles on request.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

export type Frames = Readonly<{ frames: number; longestMs: number; p95Ms: number; over50: number }>;

/** Records every frame's interval on the page's clock until `stop` resolves in the page. */
export async function framesDuring(page: Page, act: () => Promise<void>): Promise<Frames> {
  await page.evaluate(() => {
    const scope = window as unknown as { __frames: number[]; __recording: boolean };
    scope.__frames = [];
    scope.__recording = true;
    let last = performance.now();
    const tick = (now: number): void => {
      scope.__frames.push(now - last);
      last = now;
      if (scope.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await act();
  const frames = await page.evaluate(() => {
    const scope = window as unknown as { __frames: number[]; __recording: boolean };
    scope.__recording = false;
    return scope.__frames.slice(1);
  });
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    frames: frames.length,
    longestMs: sorted.at(-1) ?? 0,
    p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    over50: frames.filter((ms) => ms > 50).length,
  };
}

/** While tuning (`CASEGRAPH_BENCH_GRAPH_PROFILE=1`): a CPU profile of what follows, written to /tmp as `name`. */
export async function startProfile(page: Page): Promise<((name: string) => Promise<void>) | undefined> {
  if (process.env['CASEGRAPH_BENCH_GRAPH_PROFILE'] !== '1') return undefined;
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  return async (name) => {
    const { profile } = await session.send('Profiler.stop');
    writeFileSync(`/tmp/casegraph-${name}.cpuprofile`, JSON.stringify(profile));
    await session.detach();
  };
}

export function logFrames(log: (line: string) => void, what: string, frames: Frames): void {
  log(
    `  ${what}: ${frames.frames} frames, p95 ${frames.p95Ms.toFixed(1)} ms, longest ${frames.longestMs.toFixed(1)} ms, ${frames.over50} over 50 ms`,
  );
}

/** Eight wheel steps at the pointer (negative: in). */
export async function wheel(page: Page, delta: number): Promise<void> {
  for (let i = 0; i < 8; i++) {
    await page.mouse.wheel(0, delta);
    await page.waitForTimeout(60);
  }
}

/** A drag of 360 × 180 px from `from`, towards the middle (`direction` 1: right), at about a move a frame. */
export async function pan(
  page: Page,
  from: Readonly<{ x: number; y: number }>,
  direction: number,
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) {
    await page.mouse.move(from.x + direction * i * 12, from.y + i * 6);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
}

/**
 * A point of the chart (relative to its box) with nothing drawn within 16 px, nearest the middle: where a drag pans.
 * Read from the overview's pixels while it shows (Cytoscape may not hold every element yet), else from Cytoscape.
 */
export function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const R = 16;
    const container = document.querySelector('.graph-canvas') as HTMLElement & {
      _cyreg?: { cy?: CyLike };
    };
    const width = container.clientWidth;
    const height = container.clientHeight;
    const overview = container.querySelector<HTMLCanvasElement>('canvas.graph-overview');
    let blocked: (x: number, y: number) => boolean;
    if (overview && overview.style.display !== 'none') {
      const scale = overview.width / width;
      const pixels = overview.getContext('2d')?.getImageData(0, 0, overview.width, overview.height);
      if (!pixels) throw new Error('the overview cannot be read');
      const at = (x: number, y: number): number =>
        (Math.round(y * scale) * pixels.width + Math.round(x * scale)) * 4;
      const background = Array.from(pixels.data.slice(at(2, 2), at(2, 2) + 4)).join();
      blocked = (x, y) => {
        for (let dy = -R; dy <= R; dy += 2)
          for (let dx = -R; dx <= R; dx += 2) {
            const i = at(x + dx, y + dy);
            if (Array.from(pixels.data.slice(i, i + 4)).join() !== background) return true;
          }
        return false;
      };
    } else {
      const cy = container._cyreg?.cy;
      if (!cy) throw new Error('no Cytoscape on the chart');
      const nodes = cy.nodes().map((node) => ({ ...node.renderedPosition(), r: node.renderedWidth() / 2 }));
      blocked = (x, y) => nodes.some((node) => Math.hypot(node.x - x, node.y - y) < node.r + R);
    }
    for (let r = 0; r < Math.min(width, height) / 2 - 60; r += 8)
      for (let a = 0; a < 24; a++) {
        const x = width / 2 + r * Math.cos((a * Math.PI) / 12);
        const y = height / 2 + r * Math.sin((a * Math.PI) / 12);
        if (!blocked(x, y)) return { x, y };
      }
    throw new Error('no empty spot on the chart');
  });
}

/** The structural type of what the benchmark reads from Cytoscape (through the container's registration). */
type CyLike = {
  nodes: () => {
    map: <T>(f: (node: NodeLike) => T) => T[];
  };
  getElementById: (id: string) => NodeLike;
};
type NodeLike = {
  id: () => string;
  renderedPosition: () => { x: number; y: number };
  position: () => { x: number; y: number };
  renderedWidth: () => number;
};

/** The node nearest (x, y) of the chart's box, from Cytoscape (once filled, it holds them all). */
export function nodeNear(page: Page, x: number, y: number): Promise<{ id: string; x: number; y: number }> {
  return page.evaluate(
    ([px, py]) => {
      const container = document.querySelector('.graph-canvas') as HTMLElement & { _cyreg?: { cy?: CyLike } };
      const cy = container._cyreg?.cy;
      if (!cy) throw new Error('no Cytoscape on the chart');
      let best = { id: '', x: 0, y: 0, d: Number.POSITIVE_INFINITY };
      for (const node of cy.nodes().map((n) => ({ id: n.id(), ...n.renderedPosition() }))) {
        const d = Math.hypot(node.x - px, node.y - py);
        if (d < best.d) best = { ...node, d };
      }
      return { id: best.id, x: best.x, y: best.y };
    },
    [x, y] as const,
  );
}

/** Where node `id` is drawn (relative to the chart's box) and where it is in the model. */
export function nodeAt(
  page: Page,
  id: string,
): Promise<{ x: number; y: number; model: { x: number; y: number } }> {
  return page.evaluate((nodeId) => {
    const container = document.querySelector('.graph-canvas') as HTMLElement & { _cyreg?: { cy?: CyLike } };
    const node = container._cyreg?.cy?.getElementById(nodeId);
    if (!node) throw new Error('no Cytoscape on the chart');
    return { ...node.renderedPosition(), model: { ...node.position() } };
  }, id);
}
