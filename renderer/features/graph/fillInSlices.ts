/**
 * Fills an empty Cytoscape instance with a big chart a slice at a time, between frames, while the overview shows
 * the chart (overviewLayer.ts). Adding and styling thirty thousand elements is several seconds of Cytoscape's work
 * on these machines: in one task the window would freeze that long; in slices of a few milliseconds the chart can
 * be panned and zoomed meanwhile. Each slice is added (Cytoscape styles what is added outside a batch) and
 * measured at once (`boundingBox` computes what drawing needs: label sizes, link end points), so the first frame
 * Cytoscape draws when the analyst zooms in finds the work done.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { forCytoscape } from '@shared/graph/elements';

/** Main-thread time one slice may take before it yields to the browser: one slice per frame leaves the frame room. */
const SLICE_MS = 10;

export type Filling = Readonly<{ cancel: () => void; done: Promise<boolean> }>;

/**
 * Resolves `true` when everything is in and measured, `false` when cancelled first. While `wait` says so (the
 * analyst is panning or zooming) no slice is made: the frames are theirs.
 */
export function fillInSlices(
  cy: Core,
  elements: readonly ElementDefinition[],
  wait: () => boolean = () => false,
): Filling {
  // nodes before links: a link can only be added once both its ends are in
  const queue = [
    ...elements.filter((definition) => definition.group === 'nodes'),
    ...elements.filter((definition) => definition.group === 'edges'),
  ];
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let finish: (complete: boolean) => void = () => undefined;
  const done = new Promise<boolean>((resolve) => {
    finish = resolve;
  });
  let added = 0;
  let step = 16;
  const slice = (): void => {
    if (cancelled) return;
    if (wait()) {
      next();
      return;
    }
    const start = performance.now();
    while (performance.now() - start < SLICE_MS) {
      if (added >= queue.length) {
        finish(true);
        return;
      }
      // measured in the same slice: left for Cytoscape's next frame, it would measure everything added since
      // the last frame in one go, however long that takes
      cy.add(queue.slice(added, added + step).map(forCytoscape)).boundingBox();
      added += step;
    }
    // parts sized to what fits the time: smaller when a machine is busy, larger when it is not
    const spent = performance.now() - start;
    step = Math.max(4, Math.min(48, Math.round(spent > 2 * SLICE_MS ? step / 2 : step * 1.25)));
    next();
  };
  // right after the next frame is drawn: slices queued back to back would hold frames up between them
  const next = (): void => {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(slice, 0);
    });
  };
  next();
  return {
    cancel: () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
      finish(false);
    },
    done,
  };
}
