/**
 * Cytoscape draws elements in z-order and sorts them again whenever elements are added or removed, at its next
 * frame. Its sort compares two elements by reading up to eight styles of each, and a sort of thirty thousand
 * elements makes some half a million comparisons: 0.1–0.3 s on these machines, the first time Cytoscape draws
 * after a big chart is filled, or after an expansion. On a big chart the same order is computed from one key per
 * element (read once), then sorted as numbers: tens of milliseconds. The order is Cytoscape's own (zsort.mjs):
 * compound depth, then nodes above edges, then z-index, then the order added.
 */
import type { Core, SingularElementArgument } from 'cytoscape';

type Sorted = SingularElementArgument[] & { interactive?: SingularElementArgument[] };

type ZRenderer = {
  cachedZSortedEles: Sorted | null;
  getCachedZSortedEles: (forceRecalc?: boolean) => Sorted;
  updateCachedGrabbedEles: () => void;
};

/** What Cytoscape has but its typings leave out. */
type Internals = {
  hasCompoundNodes: () => boolean;
  mutableElements: () => { toArray: () => SingularElementArgument[] };
};
type ElementInternals = {
  /** A style property as Cytoscape computed it (the typings only have the string form). */
  pstyle: (name: string) => { value: unknown };
  zDepth: () => number;
  poolIndex: () => number;
  interactive: () => boolean;
};

const TOP = Number.MAX_SAFE_INTEGER;

/** Replaces the renderer's z-sort; the returned function puts Cytoscape's own back. */
export function installKeyedZOrder(cy: Core): () => void {
  const renderer = (cy as unknown as { renderer: () => ZRenderer }).renderer();
  const original = renderer.getCachedZSortedEles;
  const internals = cy as unknown as Internals;
  renderer.getCachedZSortedEles = function (forceRecalc) {
    if (!forceRecalc && this.cachedZSortedEles) return this.cachedZSortedEles;
    const compound = internals.hasCompoundNodes();
    const elements = internals.mutableElements().toArray();
    const depth = new Float64Array(elements.length);
    const kind = new Uint8Array(elements.length);
    const z = new Float64Array(elements.length);
    const pool = new Float64Array(elements.length);
    elements.forEach((element, i) => {
      const more = element as unknown as ElementInternals;
      const compoundDepth = more.pstyle('z-compound-depth').value as string;
      depth[i] =
        compoundDepth === 'auto'
          ? compound
            ? more.zDepth()
            : 0
          : compoundDepth === 'bottom'
            ? -1
            : compoundDepth === 'top'
              ? TOP
              : 0;
      kind[i] = more.pstyle('z-index-compare').value === 'auto' && element.isNode() ? 1 : 0;
      z[i] = more.pstyle('z-index').value as number;
      pool[i] = more.poolIndex();
    });
    const order = Array.from(elements.keys()).sort(
      (a, b) =>
        (depth[a] ?? 0) - (depth[b] ?? 0) ||
        (kind[a] ?? 0) - (kind[b] ?? 0) ||
        (z[a] ?? 0) - (z[b] ?? 0) ||
        (pool[a] ?? 0) - (pool[b] ?? 0),
    );
    const sorted: Sorted = order.map((i) => elements[i] as SingularElementArgument);
    sorted.interactive = sorted.filter((element) => (element as unknown as ElementInternals).interactive());
    this.cachedZSortedEles = sorted;
    this.updateCachedGrabbedEles();
    return sorted;
  };
  return () => {
    renderer.getCachedZSortedEles = original;
  };
}

/** Sorts now (when nothing was added since the last sort, this is a no-op), at a moment chosen by the caller. */
export function warmZOrder(cy: Core): void {
  (cy as unknown as { renderer: () => ZRenderer }).renderer().getCachedZSortedEles();
}
