/** Small stored-like entities for the case tests: only the fields the case logic reads are meaningful. */
import { entityId, type Entity, type EntityKind } from '../model';

export function testEntity(
  kind: EntityKind,
  key: string,
  properties: Readonly<Record<string, readonly (string | number)[]>>,
): Entity {
  const props = Object.fromEntries(
    Object.entries(properties).map(([name, values]) => [
      name,
      values.map((value) => ({ value, sources: [] })),
    ]),
  );
  return {
    id: entityId(kind, key),
    kind,
    key,
    properties: props,
    sources: [],
    importIds: [],
    sortName: key,
    sortTime: '',
    sortNumber: 0,
    facets: [],
    terms: [],
    termsByName: [],
    tags: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}
