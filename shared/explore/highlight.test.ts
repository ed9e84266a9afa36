import { describe, expect, it } from 'vitest';
import { highlightMatch } from './highlight';
import { queryParts } from './searchTokens';
import { entityOf } from './testEntities';

function marked(text: string, ranges: readonly (readonly [number, number])[]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += `${text.slice(at, start)}[${text.slice(start, end)}]`;
    at = end;
  }
  return out + text.slice(at);
}

describe('search highlights', () => {
  it('marks the start of words in the original text, accents and all', () => {
    const listing = entityOf('listing', ['ebay.de', '1'], {
      title: ['Sneaker „Air Zoom“ Größe 42 – NEU 🔥'],
      brand: ['Nike'],
    });
    const hit = highlightMatch(listing, queryParts('gross air'));
    expect(hit?.label).toBe('Title');
    expect(hit && marked(hit.text, hit.ranges)).toBe('Sneaker „[Air] Zoom“ [Größ]e 42 – NEU 🔥');
  });

  it('does not mark a match inside a word', () => {
    const seller = entityOf('seller', ['amazon.de', 'A1'], {
      storefrontName: ['Kalomi Outlet'],
      businessName: ['Outdoor Kalomi GmbH'],
    });
    const hit = highlightMatch(seller, queryParts('out'));
    expect(hit && marked(hit.text, hit.ranges)).toBe('Kalomi [Out]let');
  });

  it('finds e-mails whole and a phone by the digits typed', () => {
    const email = entityOf('email', ['vertrieb@kalomi-outlet.de'], { value: ['vertrieb@kalomi-outlet.de'] });
    const byDomain = highlightMatch(email, queryParts('kalomi-outlet.de'));
    expect(byDomain && marked(byDomain.text, byDomain.ranges)).toBe('vertrieb@[kalomi-outlet.de]');
    const phone = entityOf('phone', ['+4961552302'], { value: ['+4961552302'] });
    const byDigits = highlightMatch(phone, queryParts('06155 2302'));
    expect(byDigits?.ranges).toEqual([[0, 11]]);
    expect(highlightMatch(phone, queryParts('0711 1234'))).toBeUndefined();
  });

  it('reports the field of a Cyrillic name and of a note', () => {
    const seller = entityOf('seller', ['ozon.ru', '77123'], { businessName: ['ООО «Брендмаркет»'] });
    const hit = highlightMatch(seller, queryParts('брендм'));
    expect(hit?.label).toBe('Business name');
    expect(hit && marked(hit.text, hit.ranges)).toBe('ООО «[Брендм]аркет»');
    const noted = { ...seller, note: 'Test purchase arrived 2026-11-03, fake hologram' };
    expect(highlightMatch(noted, queryParts('hologram'))?.label).toBe('Note');
    expect(highlightMatch(noted, queryParts('zzz'))).toBeUndefined();
  });
});
