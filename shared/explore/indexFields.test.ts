import { describe, expect, it } from 'vitest';
import { withoutImport } from '../import/merge';
import { entityOf, IMPORT_A, IMPORT_B } from './testEntities';
import { facetNamesOf, parseFacetKey } from './facets';
import { sortSlotsOf } from './sortKeys';
import { withoutStoreOrder, withStoreOrder } from './indexFields';

describe('index fields of an imported entity', () => {
  it('gives a listing its sort keys, facets and search terms', () => {
    const listing = entityOf(
      'listing',
      ['ebay.de', '3859113377'],
      {
        platform: ['eBay.de'],
        listingId: ['3859113377'],
        title: ['Sneaker „Air Zoom“ Größe 42 – NEU 🔥'],
        brand: ['Nike'],
        price: [71.9],
        firstSeen: ['2026-09-14T08:12:00+02:00'],
        url: ['https://www.ebay.de/itm/3859113377'],
      },
      { importId: IMPORT_B },
    );
    expect(listing.sortName).toBe('sneaker „air zoom“ grosse 42 – neu 🔥');
    expect(listing.sortTime).toBe('2026-09-14T08:12:00+02:00');
    expect(listing.sortNumber).toBe(71.9);
    expect(listing.facets).toEqual([
      'listing|platform=ebay.de',
      'listing|brand=nike',
      `listing|import=${IMPORT_B}`,
    ]);
    expect(listing.terms).toEqual(
      expect.arrayContaining([
        'listing:ebay.de/itm/3859113377',
        'listing:ebay.de',
        'listing:3859113377',
        'listing:sneaker',
        'listing:grosse',
        'listing:nike',
      ]),
    );
    expect(listing.terms).not.toContain('listing:🔥');
    // each word with the name, for a table in name order filtered by it; whole URLs and hosts never lead a filter
    expect(listing.termsByName).toContainEqual(['listing:grosse', 'sneaker „air zoom“ grosse 42 – neu 🔥']);
    expect(listing.termsByName.map(([term]) => term)).toEqual(
      listing.terms.filter((t) => !t.includes('.') && !t.includes('/')),
    );
  });

  it('leaves the name order out of files people read, and puts it back the same', () => {
    const seller = entityOf('seller', ['ozon.ru', '77123'], {
      platform: ['ozon.ru'],
      storefrontName: ['ООО «Брендмаркет»'],
    });
    const written = withoutStoreOrder(seller);
    expect(written).not.toHaveProperty('termsByName');
    expect(withStoreOrder(written)).toEqual(seller);
  });

  it('finds a phone however it is dialled and an e-mail by mailbox and domain', () => {
    const phone = entityOf('phone', ['+4961552302'], { value: ['+4961552302'], country: ['DE'] });
    expect(phone.terms).toEqual(['phone:4961552302', 'phone:061552302', 'phone:61552302']);
    expect(phone.facets).toContain('phone|country=DE');
    const email = entityOf('email', ['vertrieb@kalomi-outlet.de'], { value: ['vertrieb@kalomi-outlet.de'] });
    expect(email.terms).toEqual(
      expect.arrayContaining(['email:vertrieb@kalomi-outlet.de', 'email:vertrieb', 'email:kalomi-outlet.de']),
    );
  });

  it('keeps sort keys for records without the value, so no row drops out of a sorted table', () => {
    const seller = entityOf('seller', ['ozon.ru', '77123'], { platform: ['ozon.ru'], sellerId: ['77123'] });
    expect(seller.sortTime).toBe('');
    expect(seller.sortNumber).toBe(-1);
    expect(seller.sortName).toBe('77123');
  });

  it('marks seized parcels so customs records can be narrowed to them', () => {
    const parcel = entityOf('shipment', ['dhl', 'JD014600004471'], {
      carrier: ['DHL Express'],
      trackingNumber: ['JD014600004471'],
      originCountry: ['cn'],
      seizureId: ['DE-FRA-2026-0412'],
    });
    expect(parcel.facets).toEqual(
      expect.arrayContaining([
        'shipment|carrier=dhl express',
        'shipment|origin=CN',
        'shipment|status=seized',
      ]),
    );
    expect(parseFacetKey('shipment|carrier=dhl express')).toEqual({
      kind: 'shipment',
      facet: 'carrier',
      value: 'dhl express',
    });
    expect(facetNamesOf('shipment')).toEqual([
      'carrier',
      'origin',
      'destination',
      'brand',
      'status',
      'import',
    ]);
    expect(sortSlotsOf('shipment')).toEqual(['name', 'time', 'number', 'updated']);
    expect(sortSlotsOf('email')).toEqual(['name', 'updated']);
  });

  it('updates facets when an import is undone', () => {
    const first = entityOf('seller', ['amazon.de', 'A1B2'], {
      platform: ['amazon.de'],
      storefrontName: ['Kalomi'],
    });
    const again = entityOf(
      'seller',
      ['amazon.de', 'A1B2'],
      { storefrontName: ['Kalomi'] },
      { importId: IMPORT_B },
    );
    const both = { ...first, importIds: [IMPORT_A, IMPORT_B], facets: [] };
    const left = withoutImport({ ...both, sources: [...first.sources, ...again.sources] }, IMPORT_A, 'now');
    expect(left?.facets).toEqual([`seller|import=${IMPORT_B}`]);
    expect(left?.terms).toEqual([]);
  });
});
