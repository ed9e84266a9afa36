import { describe, expect, it } from 'vitest';
import { entityDraft } from '@shared/import/draft';
import { mergeEntity } from '@shared/import/merge';
import type { EntityKind, EvidenceId, ImportId } from '@shared/model';
import { freshDb } from '../testing/freshDb';
import { searchEntities } from './search';

const source = {
  importId: 'imp-1' as ImportId,
  evidenceId: 'e'.repeat(64) as EvidenceId,
  locator: { row: 2 },
};
const make = (kind: EntityKind, key: string[], properties: Record<string, (string | number)[]>) =>
  mergeEntity(undefined, entityDraft(kind, key, properties), source, '2026-11-20T10:00:00.000Z');

async function investigation() {
  const db = freshDb();
  await db.entities.bulkPut([
    make('seller', ['amazon.de', 'A2KALOMI'], {
      platform: ['amazon.de'],
      storefrontName: ['Kalomi Outlet'],
      businessName: ['Kalomi Handels GmbH'],
    }),
    make('seller', ['ozon.ru', '77123'], { platform: ['ozon.ru'], businessName: ['ООО «Брендмаркет» 🛍️'] }),
    make('socialAccount', ['instagram', 'kalomi_outlet'], {
      platform: ['instagram'],
      handle: ['kalomi_outlet'],
      displayName: ['Kalomi 🔥 Sneakers'],
    }),
    make('email', ['vertrieb@kalomi-outlet.de'], { value: ['vertrieb@kalomi-outlet.de'] }),
    make('phone', ['+4961552302'], { value: ['+4961552302'] }),
    make('url', ['https://kalomi-outlet.de/impressum'], { value: ['https://kalomi-outlet.de/impressum'] }),
    ...Array.from({ length: 60 }, (_, i) =>
      make('listing', ['amazon.de', `B0${i}`], {
        platform: ['amazon.de'],
        title: [`Nike Air Max ${90 + (i % 5)} Größe ${38 + (i % 8)}`],
        brand: ['Nike'],
      }),
    ),
    make('listing', ['ebay.de', '1'], { title: ['<img src=x onerror=alert(1)> Rolex Submariner'] }),
  ]);
  return db;
}

describe('search', () => {
  it('finds each kind by a name prefix, grouped, with the matching field marked', async () => {
    const db = await investigation();
    const result = await searchEntities(db, 'kalo');
    expect(result.groups.map((g) => g.kind)).toEqual(['seller', 'socialAccount', 'email', 'url']);
    const seller = result.groups[0]?.hits[0];
    expect(seller?.caption).toBe('Kalomi Outlet');
    expect(seller?.highlight).toMatchObject({ label: 'Storefront name', ranges: [[0, 4]] });
  });

  it('finds a phone typed the way a German would dial it', async () => {
    const db = await investigation();
    for (const typed of ['06155 2302', '+49 (0)6155-2302', '0049 6155 2302', '6155']) {
      const result = await searchEntities(db, typed);
      expect(
        result.groups.map((g) => g.kind),
        typed,
      ).toEqual(['phone']);
    }
  });

  it('finds pasted e-mails and URLs whole, and Cyrillic names', async () => {
    const db = await investigation();
    expect((await searchEntities(db, 'VERTRIEB@kalomi-outlet.de')).groups[0]?.kind).toBe('email');
    expect((await searchEntities(db, 'https://www.kalomi-outlet.de/impressum')).groups[0]?.kind).toBe('url');
    const cyrillic = await searchEntities(db, 'брендмар');
    expect(cyrillic.groups[0]?.hits[0]?.caption).toBe('ООО «Брендмаркет» 🛍️');
  });

  it('needs every word, caps a big group and says there are more', async () => {
    const db = await investigation();
    const result = await searchEntities(db, 'nike gross 91', { perKind: 5 });
    const listings = result.groups.find((g) => g.kind === 'listing');
    expect(listings?.hits).toHaveLength(5);
    expect(listings?.more).toBe(true);
    for (const hit of listings?.hits ?? []) expect(hit.caption).toMatch(/^Nike Air Max 91 Größe/);
    expect((await searchEntities(db, 'nike kalomi')).groups).toEqual([]);
  });

  it('tolerates a typo and says which word it searched instead', async () => {
    const db = await investigation();
    const result = await searchEntities(db, 'kalmoi');
    expect(result.corrected).toEqual({ typed: 'kalmoi', used: 'kalomi' });
    expect(result.groups[0]?.hits[0]?.caption).toBe('Kalomi Outlet');
    expect((await searchEntities(db, 'zzzz')).groups).toEqual([]);
    const two = await searchEntities(db, 'outlte kalmoi');
    expect(two.corrected).toEqual({ typed: 'outlte kalmoi', used: 'outlet kalomi' });
    expect(two.groups[0]?.hits[0]?.caption).toBe('Kalomi Outlet');
    // an id one digit off is another listing, not a typo
    expect((await searchEntities(db, 'B099')).groups).toEqual([]);
  });

  it('treats hostile text as text', async () => {
    const db = await investigation();
    const result = await searchEntities(db, 'rolex');
    expect(result.groups[0]?.hits[0]?.caption).toBe('<img src=x onerror=alert(1)> Rolex Submariner');
    expect(await searchEntities(db, '   ')).toEqual({ query: '   ', groups: [] });
  });
});
