/** Messages between the graph page and the layout worker. */
import type { LayoutEdge, LayoutNode, LayoutResult } from '@shared/graph/layout';

export type LayoutRequest = Readonly<{
  type: 'layout';
  job: number;
  nodes: readonly LayoutNode[];
  edges: readonly LayoutEdge[];
}>;

export type LayoutResponse =
  | Readonly<{ type: 'progress'; job: number; done: number; total: number }>
  | Readonly<{ type: 'done'; job: number; result: LayoutResult; ms: number }>
  | Readonly<{ type: 'error'; job: number; message: string }>;
