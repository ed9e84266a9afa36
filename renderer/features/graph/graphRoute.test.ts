import { describe, expect, it } from 'vitest';
import { entityId, type EntityId } from '@shared/model';
import { graphPath, parseGraphRoute, sourceKey } from './graphRoute';

const seller = entityId('seller', 'amazon.de', 'A1TOPLAGER');
const address = entityId('address', 'de|64283|darmstadt|rheinstr 12, hinterhaus');

describe('graph routes', () => {
  it('round-trips every kind of source through its address, ids with separators and commas included', () => {
    for (const source of [
      { type: 'entity' as const, id: seller },
      { type: 'entity' as const, id: address },
      { type: 'network' as const, id: 'net-0f3a9c2be1d44a70' },
      { type: 'case' as const, id: '5f0c1e8a-1111-4b7e-9d3c-1234567890ab' },
      { type: 'view' as const, id: '0b7e2f3c-2222-4c1d-8e9f-abcdefabcdef' },
    ])
      expect(parseGraphRoute(graphPath(source as never), () => [])).toEqual(source);
  });

  it('reads a selection from where the table left it', () => {
    const ids: EntityId[] = [seller, address];
    expect(parseGraphRoute('/graph/selection', () => ids)).toEqual({ type: 'selection', ids });
    expect(sourceKey({ type: 'selection', ids })).not.toBe(sourceKey({ type: 'selection', ids: [seller] }));
  });

  it('opens nothing for the bare section or an unknown address', () => {
    expect(parseGraphRoute('/graph', () => [])).toBeUndefined();
    expect(parseGraphRoute('/graph/planet/x', () => [])).toBeUndefined();
    expect(parseGraphRoute('/entities', () => [])).toBeUndefined();
  });
});
