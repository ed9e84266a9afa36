/**
 * The one owner of the Cytoscape instance: creates it on the container, keeps its elements equal to the view's
 * (added, removed, updated in one batch, positions handed over as a `preset` layout), applies highlights, follows
 * the theme, and reports what the analyst does on the canvas. Components never touch Cytoscape themselves.
 */
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { stylesheet, type ChartTheme } from '@shared/graph/stylesheet';
import { entityOfElement, forCytoscape } from '@shared/graph/elements';
import type { Point } from '@shared/graph/model';
import { fitViewport, patchScene, sceneOf, type Scene } from '@shared/graph/overview';
import type { EntityId } from '@shared/model';
import { diffElements } from '@shared/graph/elementDiff';
import { fillInSlices, type Filling } from './fillInSlices';
import { watchInputActivity } from './inputActivity';
import { installGridHitTest } from './gridHitTest';
import { installKeyedZOrder, warmZOrder } from './zOrder';
import { OverviewLayer } from './overviewLayer';

export type CanvasHandlers = Readonly<{
  onSelect: (ids: EntityId[]) => void;
  onMove: (positions: Record<string, Point>) => void;
  onExpand: (id: EntityId) => void;
  onPainted: () => void;
}>;

export type Highlight = Readonly<{
  path?: Readonly<{ nodes: readonly string[]; edges: readonly string[] }>;
  matches: readonly string[];
}>;

export type CanvasApi = Readonly<{
  png: () => Promise<Blob>;
  fit: (ids?: readonly string[]) => void;
  select: (ids: readonly string[]) => void;
  zoomBy: (factor: number) => void;
}>;

/** Above this many elements, panning draws a texture of the chart instead of every element each frame. */
const BIG_CHART = 3_000;
/** A big chart's additions from this many elements on are made in slices behind the overview. */
const SLICED_FROM = 500;
/** A fill resumes this long after the last wheel turn or mouse release. */
const INPUT_QUIET_MS = 250;
/** Animated moves only on small charts: animating thousands of nodes costs more than it shows. */
const ANIMATE_MAX = 300;

function themeOf(element: Element): ChartTheme {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--text', '#1b2330'),
    background: read('--surface', '#ffffff'),
    accent: read('--accent', '#2f6fde'),
  };
}

export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  elements: readonly ElementDefinition[],
  layoutSerial: number,
  highlight: Highlight,
  handlers: CanvasHandlers,
): CanvasApi {
  const cyRef = useRef<Core | undefined>(undefined);
  const overviewRef = useRef<OverviewLayer | undefined>(undefined);
  const fillingRef = useRef<Filling | undefined>(undefined);
  const sceneRef = useRef<Scene | undefined>(undefined);
  /** The definitions Cytoscape was last brought to, by id: the next pass applies only those that are new objects. */
  const drawn = useRef(new Map<string, ElementDefinition>());
  const handlersRef = useRef(handlers);
  const fittedSerial = useRef(-1);
  /** Whether the analyst is panning, zooming or dragging right now (see the instance's effect). */
  const interacting = useRef<() => boolean>(() => false);

  useEffect(() => {
    handlersRef.current = handlers;
  });

  // Created again when the chart crosses the size where panning must draw a texture: Cytoscape takes that at start.
  const big = elements.length > BIG_CHART;
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    fittedSerial.current = -1;
    drawn.current = new Map();
    sceneRef.current = undefined;
    const cy = cytoscape({
      container: element,
      style: stylesheet(themeOf(element), big),
      layout: { name: 'preset' },
      minZoom: 0.02,
      maxZoom: 4,
      boxSelectionEnabled: true,
      // no texture of the whole chart at the start of each pan or zoom: drawing it was a long frame, and Cytoscape
      // only draws a big chart when at most OVERVIEW_IN_VIEW nodes are in view, which is cheap without one
      textureOnViewport: false,
      hideEdgesOnViewport: big,
      pixelRatio: big ? 1 : 'auto',
    });
    cyRef.current = cy;
    const colours = themeOf(element);
    const overview = big
      ? new OverviewLayer(cy, element, { background: colours.background, accent: colours.accent })
      : undefined;
    overviewRef.current = overview;
    // Cytoscape's hit test and z-sort walk every element with several style reads each: on a big chart both are
    // replaced by cheaper ones giving the same answers for what a big chart needs (see their files)
    const restoreHitTest = big ? installGridHitTest(cy) : undefined;
    const restoreZOrder = big ? installKeyedZOrder(cy) : undefined;
    // While the analyst holds the mouse button or turns the wheel, a fill waits: its slices would share those frames.
    const activity = watchInputActivity(element, INPUT_QUIET_MS);
    interacting.current = activity.busy;
    let pending = 0;
    const reportSelection = (): void => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => {
        const ids = cy
          .nodes(':selected')
          .map((node) => entityOfElement(node.id()))
          .filter((id): id is EntityId => id !== undefined);
        handlersRef.current.onSelect(ids);
      });
    };
    cy.on('select unselect', 'node', reportSelection);
    let dropFrame = 0;
    let dropTimer: ReturnType<typeof setTimeout> | undefined;
    cy.on('dragfree', 'node', (event) => {
      const moved: Record<string, Point> = {};
      const target = event.target as NodeSingular;
      const nodes = target.selected() ? cy.nodes(':selected') : target;
      nodes.forEach((node) => {
        if (entityOfElement(node.id()) !== undefined) moved[node.id()] = { ...node.position() };
      });
      // The view state follows once the drop's frame is drawn: that frame is Cytoscape's own work on mouse-up,
      // and the state's and the canvas's pass for the move would make it a long one on a big chart.
      cancelAnimationFrame(dropFrame);
      dropFrame = requestAnimationFrame(() => {
        dropTimer = setTimeout(() => handlersRef.current.onMove(moved), 0);
      });
    });
    cy.on('dbltap', 'node', (event) => {
      const id = entityOfElement((event.target as NodeSingular).id());
      if (id !== undefined) handlersRef.current.onExpand(id);
    });
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    const restyle = (): void => {
      const theme = themeOf(element);
      cy.style(stylesheet(theme, big));
      overview?.setColours({ background: theme.background, accent: theme.accent });
    };
    scheme.addEventListener('change', restyle);
    return () => {
      cancelAnimationFrame(dropFrame);
      if (dropTimer !== undefined) clearTimeout(dropTimer);
      scheme.removeEventListener('change', restyle);
      activity.stop();
      restoreHitTest?.();
      restoreZOrder?.();
      cancelAnimationFrame(pending);
      fillingRef.current?.cancel();
      fillingRef.current = undefined;
      overview?.destroy();
      overviewRef.current = undefined;
      cy.destroy();
      cyRef.current = undefined;
    };
  }, [container, big]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    performance.mark('graph:elements');
    // a fill still running is overtaken: the new one below takes over what it had not added yet
    const wasFilling = fillingRef.current !== undefined;
    fillingRef.current?.cancel();
    fillingRef.current = undefined;
    const overview = overviewRef.current;
    // What changed since the last pass, by identity (comparing all thirty thousand was most of a 0.1 s frame at the
    // end of every drag on a big chart).
    const { changed, removed, structural } = diffElements(drawn.current, elements);
    const previousScene = sceneRef.current;
    const scene = !overview
      ? undefined
      : ((!structural && previousScene ? patchScene(previousScene, changed) : undefined) ??
        sceneOf(elements));
    overview?.setScene(scene);
    sceneRef.current = scene;
    // What went goes first: a group box removed takes the nodes inside it along, and those are then missing too.
    if (removed.length > 0)
      cy.batch(() => {
        for (const id of removed) cy.getElementById(id).remove();
      });
    // Only what changed can be missing from Cytoscape, unless a fill was cut short or something was removed (with
    // what hung on it): then anything can.
    const missing = (wasFilling || removed.length > 0 ? elements : changed).filter(
      (definition) => !cy.hasElementWithId(definition.data.id as string),
    );
    // On a big chart what is new is added in slices behind the overview (fillInSlices.ts), not in one long task;
    // nodes inside a group box go the one-task way, which moves them into their box.
    const sliced =
      overview !== undefined &&
      missing.length >= SLICED_FROM &&
      missing.every((definition) => definition.data.parent === undefined);
    const moves = new Map<string, Point>();
    cy.batch(() => {
      const nodes = (sliced ? [] : missing).filter((definition) => definition.group === 'nodes');
      cy.add(
        nodes.map((definition) => ({
          ...forCytoscape(definition),
          data: { ...definition.data, parent: undefined },
        })),
      );
      // Only what changed is touched: every data or class change makes Cytoscape restyle the element, and a chart
      // of ten thousand restyled for nothing is seconds of main thread.
      const fresh = new Set(nodes.map((definition) => definition.data.id as string));
      // what changed, and what was added back into a group box (it comes in unboxed)
      const boxed = nodes.filter((definition) => definition.data.parent !== undefined);
      for (const definition of [...changed, ...boxed]) {
        if (definition.group !== 'nodes') continue;
        const id = definition.data.id as string;
        // a node just added already has its data and classes; only its box's parent is set below
        if (fresh.has(id) && definition.data.parent === undefined) continue;
        // one still to come in a slice comes with all of it
        if (!cy.hasElementWithId(id)) continue;
        const node = cy.getElementById(id);
        const { parent, ...data } = definition.data as Record<string, unknown>;
        const current = node.data() as Record<string, unknown>;
        const different = Object.entries(data).filter(([key, value]) => current[key] !== value);
        if (different.length > 0) node.data(Object.fromEntries(different));
        const classes = ((definition.classes as string[] | undefined) ?? []).join(' ');
        if (node.classes().join(' ') !== classes) node.classes(classes);
        const currentParent = node.data('parent') as string | undefined;
        if (currentParent !== parent) node.move({ parent: (parent as string | undefined) ?? null });
        const at = definition.position;
        // a node the analyst just dragged is already there: only positions from elsewhere (a layout) move it
        if (at && node.isChildless()) {
          const now = node.position();
          if (Math.abs(now.x - at.x) > 0.5 || Math.abs(now.y - at.y) > 0.5) moves.set(node.id(), at);
        }
      }
      cy.add((sliced ? [] : missing).filter((definition) => definition.group === 'edges').map(forCytoscape));
      for (const definition of changed) {
        // one still to come in a slice comes with its label; one whose label did not change is left alone
        if (definition.group !== 'edges' || !cy.hasElementWithId(definition.data.id as string)) continue;
        const edge = cy.getElementById(definition.data.id as string);
        if (edge.data('label') !== definition.data['label']) edge.data('label', definition.data['label']);
      }
    });
    for (const id of removed) drawn.current.delete(id);
    for (const definition of changed) drawn.current.set(definition.data.id as string, definition);
    if (sliced) {
      overview.setFilling(true);
      const filling = fillInSlices(cy, missing, () => interacting.current());
      fillingRef.current = filling;
      void filling.done.then((complete) => {
        if (!complete) return;
        fillingRef.current = undefined;
        performance.measure('graph:filled', 'graph:elements');
        // Cytoscape sorts its elements before its first frame: that sort is done now, while the analyst is not
        // panning or zooming, and only then may Cytoscape draw (else it would be a long frame of a zoom)
        const handOver = (): void => {
          // a chart gone, or a fill started since: that one hands over when it ends
          if (cy.destroyed() || overviewRef.current !== overview || fillingRef.current) return;
          if (interacting.current()) {
            setTimeout(handOver, INPUT_QUIET_MS);
            return;
          }
          warmZOrder(cy);
          overview.setFilling(false);
        };
        handOver();
      });
    } else if (wasFilling) {
      // a fill cut short whose rest went in above in one batch: Cytoscape is complete
      overview?.setFilling(false);
    }
    const fit = fittedSerial.current !== layoutSerial;
    fittedSerial.current = layoutSerial;
    if (moves.size > 0) {
      const movedNodes = cy.collection();
      for (const id of moves.keys()) movedNodes.merge(cy.getElementById(id));
      movedNodes
        .layout({
          name: 'preset',
          positions: Object.fromEntries(moves),
          // a big chart is fitted from its positions below: Cytoscape's fit measures every element first
          fit: fit && !scene,
          padding: 40,
          animate: moves.size <= ANIMATE_MAX && !fit,
          animationDuration: 250,
        })
        .run();
    }
    if (fit && scene)
      cy.viewport(fitViewport(scene, cy.width(), cy.height(), 40, cy.minZoom(), cy.maxZoom()));
    else if (fit && moves.size === 0 && cy.nodes().nonempty()) cy.fit(undefined, 40);
    // A chart's first paint is the overview's frame drawn now, not at the next frame's turn; any other change is
    // drawn at the next frame (setScene asked for it), so this task does not draw the whole chart as well.
    if (fit) overview?.draw();
    performance.measure('graph:elements', 'graph:elements');
    // the frame after this one shows the chart: what the benchmark times as "first painted"
    requestAnimationFrame(() => {
      performance.measure('graph:painted', 'graph:elements');
      handlersRef.current.onPainted();
    });
  }, [elements, layoutSerial, big]);

  const highlighted = useRef(false);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    overviewRef.current?.setMarks(highlight);
    const wanted = highlight.path !== undefined || highlight.matches.length > 0;
    // touching every element of a big chart for nothing costs a restyle pass
    if (!wanted && !highlighted.current) return;
    highlighted.current = wanted;
    cy.batch(() => {
      cy.elements().removeClass('on-path faded match');
      const path = highlight.path;
      if (path) {
        const on = cy.collection();
        for (const id of [...path.nodes, ...path.edges]) on.merge(cy.getElementById(id));
        cy.elements().not(on).not('.group').addClass('faded');
        on.addClass('on-path');
      }
      for (const id of highlight.matches) cy.getElementById(id).addClass('match');
    });
  }, [highlight, elements]);

  return useMemo<CanvasApi>(() => {
    /** Resolves when no fill is running (a fill may be followed by another, for what changed meanwhile). */
    const filled = async (): Promise<void> => {
      while (fillingRef.current) await fillingRef.current.done;
    };
    const select = (ids: readonly string[]): void => {
      const cy = cyRef.current;
      if (!cy) return;
      if (fillingRef.current) {
        // what is selected must be in Cytoscape first
        void filled().then(() => select(ids));
        return;
      }
      cy.batch(() => {
        cy.elements(':selected').unselect();
        for (const id of ids) cy.getElementById(id).select();
      });
    };
    return {
      png: async () => {
        // Cytoscape draws the picture: on a big chart just opened it waits for every element to be in
        await filled();
        const cy = cyRef.current;
        if (!cy) throw new Error('The chart is not drawn yet');
        const element = cy.container();
        const background = element ? themeOf(element).background : '#ffffff';
        return cy.png({
          output: 'blob-promise',
          full: true,
          scale: 2,
          maxWidth: 8000,
          maxHeight: 8000,
          bg: background,
        });
      },
      fit: (ids) => {
        const cy = cyRef.current;
        if (!cy) return;
        const scene = sceneRef.current;
        // a big chart from its positions: Cytoscape's fit would measure every element first
        if ((ids === undefined || ids.length === 0) && scene)
          cy.viewport(fitViewport(scene, cy.width(), cy.height(), 40, cy.minZoom(), cy.maxZoom()));
        else if (ids === undefined || ids.length === 0) cy.fit(undefined, 40);
        else {
          const found = cy.collection();
          for (const id of ids) found.merge(cy.getElementById(id));
          cy.animate({ fit: { eles: found, padding: 80 }, duration: 250 });
        }
      },
      select,
      zoomBy: (factor) => {
        const cy = cyRef.current;
        if (!cy) return;
        cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      },
    };
  }, []);
}
