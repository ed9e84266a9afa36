/**
 * The overview canvas laid over Cytoscape's on a big chart (shared/graph/overview.ts draws it). While it shows,
 * Cytoscape draws nothing: its frames are skipped, because one Cytoscape frame of ten thousand nodes and twenty
 * thousand links is a second or more of main thread here, where the overview's is tens of milliseconds. Cytoscape
 * still takes every click, drag and wheel (the overview lets them through), so panning, zooming, selecting and
 * dragging work the same; the overview follows its viewport and selection.
 *
 * It shows while Cytoscape is still being filled (fillInSlices.ts) and whenever more nodes are in view than
 * Cytoscape draws quickly; zoomed in past that, Cytoscape draws again, with shapes, icons and labels.
 */
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { drawScene, nodesInView, type Scene } from '@shared/graph/overview';
import { PATH_COLOUR } from '@shared/graph/look';

/** Above this many nodes in view the overview draws instead of Cytoscape. */
export const OVERVIEW_IN_VIEW = 600;

type Skippable = { skipFrame?: boolean };

export type OverviewMarks = Readonly<{
  path?: Readonly<{ nodes: readonly string[]; edges: readonly string[] }>;
  matches: readonly string[];
}>;

export class OverviewLayer {
  private readonly canvas: HTMLCanvasElement;
  private scene: Scene | undefined;
  private filling = false;
  private crowded = false;
  private frame = 0;
  private marks: OverviewMarks = { matches: [] };
  private colours: Readonly<{ background: string; accent: string }>;
  private readonly onViewport = (): void => {
    this.update();
  };
  /**
   * The selected nodes, kept from Cytoscape's events: asking it for `:selected` walks every element, and the overview
   * draws every frame of a pan.
   */
  private readonly selected = new Set<string>();
  private readonly onSelect = (event: EventObject): void => {
    const id = (event.target as NodeSingular).id();
    if (event.type === 'select') this.selected.add(id);
    else this.selected.delete(id);
    this.request();
  };

  /**
   * A node being dragged while the overview shows moves on it too. In place: the scene is this layer's to draw, and
   * a copy of every position per mouse move is not worth it (the chart's next pass replaces the scene anyway).
   */
  private readonly onDrag = (event: EventObject): void => {
    const scene = this.scene;
    if (!scene || !this.active) return;
    const node = event.target as NodeSingular;
    const i = scene.index.get(node.id());
    if (i === undefined) return;
    const at = node.position();
    scene.x[i] = at.x;
    scene.y[i] = at.y;
    this.request();
  };

  constructor(
    private readonly cy: Core,
    container: HTMLElement,
    colours: Readonly<{ background: string; accent: string }>,
  ) {
    this.colours = colours;
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'graph-overview';
    Object.assign(this.canvas.style, {
      position: 'absolute',
      inset: '0',
      width: '100%',
      height: '100%',
      pointerEvents: 'none',
      zIndex: '10',
      display: 'none',
    });
    container.appendChild(this.canvas);
    // Cytoscape's render loop asks this before every frame: while the overview shows, its frames are skipped
    // (the request stays pending, so it draws as soon as the overview steps aside).
    const renderer = (cy as unknown as { renderer: () => Skippable }).renderer();
    Object.defineProperty(renderer, 'skipFrame', {
      configurable: true,
      get: () => this.active,
      set: () => undefined,
    });
    cy.on('viewport resize', this.onViewport);
    cy.on('select unselect', 'node', this.onSelect);
    cy.on('drag', 'node', this.onDrag);
  }

  get active(): boolean {
    return this.scene !== undefined && (this.filling || this.crowded);
  }

  /** The chart as it now is; undefined when the chart is small enough for Cytoscape alone. */
  setScene(scene: Scene | undefined): void {
    this.scene = scene;
    this.update();
  }

  setFilling(filling: boolean): void {
    this.filling = filling;
    this.update();
  }

  /** The theme changed (light or dark). */
  setColours(colours: Readonly<{ background: string; accent: string }>): void {
    this.colours = colours;
    this.request();
  }

  setMarks(marks: OverviewMarks): void {
    this.marks = marks;
    this.request();
  }

  /** Whether the overview should show at this viewport, and a frame for it or for Cytoscape. */
  private update(): void {
    const scene = this.scene;
    const was = this.active;
    this.crowded =
      scene !== undefined &&
      nodesInView(scene, { zoom: this.cy.zoom(), pan: this.cy.pan() }, this.cy.width(), this.cy.height()) >
        OVERVIEW_IN_VIEW;
    this.canvas.style.display = this.active ? 'block' : 'none';
    if (this.active) this.request();
    else if (was) this.cy.forceRender();
  }

  private request(): void {
    if (!this.active || this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /** Draws now (the first paint of a chart cannot wait for the next frame's callback order). */
  draw(): void {
    const scene = this.scene;
    if (!scene || !this.active) return;
    const width = this.cy.width();
    const height = this.cy.height();
    const ratio = 1;
    if (this.canvas.width !== width * ratio || this.canvas.height !== height * ratio) {
      this.canvas.width = width * ratio;
      this.canvas.height = height * ratio;
    }
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    const indexes = (ids: readonly string[], of: ReadonlyMap<string, number>): number[] =>
      ids.flatMap((id) => {
        const i = of.get(id);
        return i === undefined ? [] : [i];
      });
    const edgeIndex = new Map(scene.edgeIds.map((id, i) => [id, i]));
    const path = this.marks.path;
    drawScene(ctx, scene, { zoom: this.cy.zoom(), pan: this.cy.pan() }, width, height, ratio, {
      selected: indexes([...this.selected], scene.index),
      ...(path
        ? { path: { nodes: indexes(path.nodes, scene.index), edges: indexes(path.edges, edgeIndex) } }
        : {}),
      matches: indexes(this.marks.matches, scene.index),
      accent: this.colours.accent,
      pathColour: PATH_COLOUR,
      background: this.colours.background,
    });
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.cy.off('viewport resize', this.onViewport);
    this.cy.off('select unselect', 'node', this.onSelect);
    this.cy.off('drag', 'node', this.onDrag);
    this.canvas.remove();
  }
}
