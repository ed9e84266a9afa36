/**
 * `data/graph.graphml`: the case's entities and links for Gephi, yEd, Cytoscape desktop or Python's networkx. Kept
 * to what `networkx.read_graphml` reads: one flat directed graph, every attribute declared with a `<key>` and a
 * type, unique node and edge ids. Node ids are `n0, n1…` in the entities' order: a Casegraph id holds a control
 * character XML cannot carry, so it travels as the `casegraphId` attribute instead.
 */
import { caption } from '../model';
import type { BundleContent } from './content';
import { rolesOf } from './tables';
import { xmlText } from './xmlText';

type Key = Readonly<{ id: string; for: 'node' | 'edge'; type: 'string' | 'double' }>;

const KEYS: readonly Key[] = [
  { id: 'casegraphId', for: 'node', type: 'string' },
  { id: 'kind', for: 'node', type: 'string' },
  { id: 'label', for: 'node', type: 'string' },
  { id: 'key', for: 'node', type: 'string' },
  { id: 'role', for: 'node', type: 'string' },
  { id: 'tags', for: 'node', type: 'string' },
  { id: 'linkCasegraphId', for: 'edge', type: 'string' },
  { id: 'linkKind', for: 'edge', type: 'string' },
  { id: 'linkRole', for: 'edge', type: 'string' },
  { id: 'score', for: 'edge', type: 'double' },
];

const data = (key: string, value: string): string => `<data key="${key}">${xmlText(value)}</data>`;

export function* graphmlPieces(content: BundleContent): Iterable<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const key of KEYS) {
    yield `  <key id="${key.id}" for="${key.for}" attr.name="${key.id}" attr.type="${key.type}"/>\n`;
  }
  yield `  <graph id="${xmlText(content.case.reference || 'case')}" edgedefault="directed">\n`;
  const roles = rolesOf(content);
  const nodeIds = new Map<string, string>();
  for (const [index, entity] of content.entities.entries()) {
    const id = `n${index}`;
    nodeIds.set(entity.id, id);
    const role = roles.get(entity.id);
    yield `    <node id="${id}">${data('casegraphId', entity.id)}${data('kind', entity.kind)}${data('label', caption(entity))}${data('key', entity.key)}${role === undefined ? '' : data('role', role)}${entity.tags.length === 0 ? '' : data('tags', entity.tags.join(', '))}</node>\n`;
  }
  let edge = 0;
  for (const link of content.links) {
    const source = nodeIds.get(link.from);
    const target = nodeIds.get(link.to);
    if (source === undefined || target === undefined) continue;
    yield `    <edge id="e${edge++}" source="${source}" target="${target}">${data('linkCasegraphId', link.id)}${data('linkKind', link.kind)}${link.role === undefined ? '' : data('linkRole', link.role)}${link.score === undefined || !Number.isFinite(link.score) ? '' : `<data key="score">${String(link.score)}</data>`}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
