/** The graph's addresses: what each opens, and the address of a chart to link to. */
import type { CaseId, EntityId, ViewId } from '@shared/model';
import type { GraphSource } from '@renderer/data/hooks/useGraph';

export function parseGraphRoute(path: string, selection: () => readonly EntityId[]): GraphSource | undefined {
  const [, section, type, rawId] = path.split('/');
  if (section !== 'graph') return undefined;
  if (type === 'selection') return { type: 'selection', ids: selection() };
  if (rawId === undefined || rawId === '') return undefined;
  const id = decodeURIComponent(rawId);
  switch (type) {
    case 'entity':
      return { type: 'entity', id: id as EntityId };
    case 'network':
      return { type: 'network', id };
    case 'case':
      return { type: 'case', id: id as CaseId };
    case 'view':
      return { type: 'view', id: id as ViewId };
    default:
      return undefined;
  }
}

export function graphPath(source: GraphSource): string {
  switch (source.type) {
    case 'selection':
      return '/graph/selection';
    default:
      return `/graph/${source.type}/${encodeURIComponent(source.id)}`;
  }
}

/** Equal sources open the same chart; a selection is compared by its ids. */
export function sourceKey(source: GraphSource): string {
  return source.type === 'selection' ? `selection:${source.ids.join('\n')}` : `${source.type}:${source.id}`;
}
