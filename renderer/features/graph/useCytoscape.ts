/**
 * The one owner of the Cytoscape instance: creates it on the container, keeps its elements equal to the view's
 * (added, removed, updated in one batch, positions handed over as a `preset` layout), applies highlights, follows
 * the theme, and reports what the analyst does on the canvas. Components never touch Cytoscape themselves.
 */
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { stylesheet, type ChartTheme } from '@shared/graph/stylesheet';
import { entityOfElement } from '@shared/graph/elements';
import type { Point } from '@shared/graph/model';
import type { EntityId } from '@shared/model';

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
  const handlersRef = useRef(handlers);
  const fittedSerial = useRef(-1);

  useEffect(() => {
    handlersRef.current = handlers;
  });

  // Created again when the chart crosses the size where panning must draw a texture: Cytoscape takes that at start.
  const big = elements.length > BIG_CHART;
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    fittedSerial.current = -1;
    const cy = cytoscape({
      container: element,
      style: stylesheet(themeOf(element), big),
      layout: { name: 'preset' },
      minZoom: 0.02,
      maxZoom: 4,
      boxSelectionEnabled: true,
      textureOnViewport: big,
      hideEdgesOnViewport: big,
      pixelRatio: big ? 1 : 'auto',
    });
    cyRef.current = cy;
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
    cy.on('dragfree', 'node', (event) => {
      const moved: Record<string, Point> = {};
      const target = event.target as NodeSingular;
      const nodes = target.selected() ? cy.nodes(':selected') : target;
      nodes.forEach((node) => {
        if (entityOfElement(node.id()) !== undefined) moved[node.id()] = { ...node.position() };
      });
      handlersRef.current.onMove(moved);
    });
    cy.on('dbltap', 'node', (event) => {
      const id = entityOfElement((event.target as NodeSingular).id());
      if (id !== undefined) handlersRef.current.onExpand(id);
    });
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    const restyle = (): void => {
      cy.style(stylesheet(themeOf(element), big));
    };
    scheme.addEventListener('change', restyle);
    return () => {
      scheme.removeEventListener('change', restyle);
      cancelAnimationFrame(pending);
      cy.destroy();
      cyRef.current = undefined;
    };
  }, [container, big]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    performance.mark('graph:elements');
    const wanted = new Map(elements.map((definition) => [definition.data.id as string, definition]));
    const moves = new Map<string, Point>();
    cy.batch(() => {
      cy.elements()
        .filter((existing) => !wanted.has(existing.id()))
        .remove();
      const nodes = elements.filter((definition) => definition.group === 'nodes');
      // hasElementWithId, not getElementById: a collection per element is most of the cost on big charts
      const added = nodes.filter((definition) => !cy.hasElementWithId(definition.data.id as string));
      cy.add(added.map((definition) => ({ ...definition, data: { ...definition.data, parent: undefined } })));
      // Only what changed is touched: every data or class change makes Cytoscape restyle the element, and a chart
      // of ten thousand restyled for nothing is seconds of main thread.
      const fresh = new Set(added.map((definition) => definition.data.id as string));
      for (const definition of nodes) {
        // a node just added already has its data and classes; only its box's parent is set below
        if (fresh.has(definition.data.id as string) && definition.data.parent === undefined) continue;
        const node = cy.getElementById(definition.data.id as string);
        const { parent, ...data } = definition.data as Record<string, unknown>;
        const current = node.data() as Record<string, unknown>;
        const changed = Object.entries(data).filter(([key, value]) => current[key] !== value);
        if (changed.length > 0) node.data(Object.fromEntries(changed));
        const classes = ((definition.classes as string[] | undefined) ?? []).join(' ');
        if (node.classes().join(' ') !== classes) node.classes(classes);
        const currentParent = node.data('parent') as string | undefined;
        if (currentParent !== parent) node.move({ parent: (parent as string | undefined) ?? null });
        const at = definition.position;
        if (at && node.isChildless()) {
          const now = node.position();
          if (Math.abs(now.x - at.x) > 0.5 || Math.abs(now.y - at.y) > 0.5) moves.set(node.id(), at);
        }
      }
      const edges = elements.filter((definition) => definition.group === 'edges');
      const newEdges = edges.filter((definition) => !cy.hasElementWithId(definition.data.id as string));
      cy.add(newEdges);
      if (newEdges.length !== edges.length)
        for (const definition of edges) {
          const edge = cy.getElementById(definition.data.id as string);
          if (edge.data('label') !== definition.data['label']) edge.data('label', definition.data['label']);
        }
    });
    const fit = fittedSerial.current !== layoutSerial;
    fittedSerial.current = layoutSerial;
    if (moves.size > 0) {
      const movedNodes = cy.nodes().filter((node) => moves.has(node.id()));
      movedNodes
        .layout({
          name: 'preset',
          positions: Object.fromEntries(moves),
          fit,
          padding: 40,
          animate: moves.size <= ANIMATE_MAX && !fit,
          animationDuration: 250,
        })
        .run();
    } else if (fit && cy.nodes().nonempty()) cy.fit(undefined, 40);
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

  return useMemo<CanvasApi>(
    () => ({
      png: async () => {
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
        if (ids === undefined || ids.length === 0) cy.fit(undefined, 40);
        else {
          const found = cy.collection();
          for (const id of ids) found.merge(cy.getElementById(id));
          cy.animate({ fit: { eles: found, padding: 80 }, duration: 250 });
        }
      },
      select: (ids) => {
        const cy = cyRef.current;
        if (!cy) return;
        cy.batch(() => {
          cy.elements(':selected').unselect();
          for (const id of ids) cy.getElementById(id).select();
        });
      },
      zoomBy: (factor) => {
        const cy = cyRef.current;
        if (!cy) return;
        cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      },
    }),
    [],
  );
}
