import { describe, expect, it } from 'vitest';
import { addPropertyValue, caption, type Entity } from './entity';
import { entityId, kindOfId, linkId, type EvidenceId, type ImportId } from './ids';
import { addSource, describeLocator, type SourceRef } from './provenance';
import { isAccountKind, isEntityKind, isIdentifierKind } from './guards';

const fileA: SourceRef = {
  importId: 'imp-a' as ImportId,
  evidenceId: 'a'.repeat(64) as EvidenceId,
  locator: { row: 17 },
};
const fileB: SourceRef = {
  importId: 'imp-b' as ImportId,
  evidenceId: 'b'.repeat(64) as EvidenceId,
  locator: { sheet: 'Listings', row: 4 },
};

describe('deterministic ids', () => {
  it('gives the same identifier the same id, whichever file it came from', () => {
    expect(entityId('email', 'shop@example.com')).toBe(entityId('email', 'shop@example.com'));
    expect(entityId('email', 'shop@example.com')).not.toBe(entityId('username', 'shop@example.com'));
  });

  it('keeps composite keys unambiguous', () => {
    expect(entityId('seller', 'a:b', 'c')).not.toBe(entityId('seller', 'a', 'b:c'));
  });

  it('reads the kind back from an id, even when the value has colons', () => {
    expect(kindOfId(entityId('url', 'https://shop.example/item?id=1'))).toBe('url');
    expect(kindOfId(entityId('ipAddress', '2001:db8::1'))).toBe('ipAddress');
  });

  it('refuses empty key parts', () => {
    expect(() => entityId('phone', '')).toThrow(/non-empty/);
    expect(() => entityId('seller')).toThrow(/non-empty/);
  });

  it('keys links by kind and both ends', () => {
    const from = entityId('seller', 'amazon.de', 'A1');
    const to = entityId('phone', '+4961552302');
    expect(linkId('uses', from, to)).toBe(linkId('uses', from, to));
    expect(linkId('uses', from, to)).not.toBe(linkId('mentions', from, to));
    expect(linkId('uses', from, to)).not.toBe(linkId('uses', to, from));
  });
});

describe('property values keep every source', () => {
  it('adds a second source to a value both files agree on', () => {
    const once = addPropertyValue(undefined, 'Müller Handels GmbH', fileA);
    const twice = addPropertyValue(once, 'Müller Handels GmbH', fileB);
    expect(twice).toHaveLength(1);
    expect(twice[0]?.sources).toEqual([fileA, fileB]);
  });

  it('keeps disagreeing values side by side', () => {
    const values = addPropertyValue(addPropertyValue(undefined, 4.5, fileA), '4.7', fileB);
    expect(values.map((v) => v.value)).toEqual([4.5, '4.7']);
  });

  it('treats a number and its string form as one value', () => {
    const values = addPropertyValue(addPropertyValue(undefined, 4.5, fileA), '4.5', fileB);
    expect(values).toHaveLength(1);
  });

  it('does not record the same place twice', () => {
    expect(addSource([fileA], { ...fileA, locator: { row: 17 } })).toEqual([fileA]);
  });

  it('describes where a value came from', () => {
    expect(describeLocator(fileB.locator)).toBe('sheet Listings, row 4');
    expect(describeLocator({ path: '$.data[2].email' })).toBe('$.data[2].email');
    expect(describeLocator({})).toBe('whole file');
  });
});

describe('captions and kinds', () => {
  const seller: Entity = {
    id: entityId('seller', 'ozon.ru', '77123'),
    kind: 'seller',
    key: 'ozon.ru\u001f77123',
    properties: {
      sellerId: [{ value: '77123', sources: [fileA] }],
      storefrontName: [{ value: '  ', sources: [fileA] }],
      businessName: [{ value: 'ООО «Брендмаркет» 🛍️', sources: [fileA] }],
    },
    sources: [fileA],
    importIds: [fileA.importId],
    sortName: 'ооо «брендмаркет» 🛍️',
    sortTime: '',
    sortNumber: -1,
    facets: [],
    terms: [],
    termsByName: [],
    tags: [],
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
  };

  it('names an entity by the first caption property with a real value', () => {
    expect(caption(seller)).toBe('ООО «Брендмаркет» 🛍️');
  });

  it('falls back to the id key when nothing names it', () => {
    expect(caption({ ...seller, properties: {} })).toBe('ozon.ru\u001f77123');
  });

  it('tells identifiers from accounts', () => {
    expect(isIdentifierKind('paymentAccount')).toBe(true);
    expect(isIdentifierKind('seller')).toBe(false);
    expect(isAccountKind('socialAccount')).toBe(true);
    expect(isAccountKind('listing')).toBe(false);
    expect(isEntityKind('toString')).toBe(false);
    expect(isEntityKind('shipment')).toBe(true);
  });
});
