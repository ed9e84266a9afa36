import { describe, expect, it } from 'vitest';
import { entityId, type EvidenceId, type ImportId } from '@shared/model';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from './schema';
import { freshDb } from './testing/freshDb';
import { CasegraphDb } from './db';
import { withIndexFields } from '@shared/explore/indexFields';
import { mergeEntity } from '@shared/import/merge';
import { entityDraft } from '@shared/import/draft';

const source = {
  importId: 'imp-1' as ImportId,
  evidenceId: 'c'.repeat(64) as EvidenceId,
  locator: { row: 2 },
};

/** A seller as version 1 stored it: no sortName yet. */
const v1Seller = {
  id: entityId('seller', 'mercadolivre.com.br', 'MLB-889'),
  kind: 'seller',
  key: 'mercadolivre.com.br\u001fMLB-889',
  properties: { storefrontName: [{ value: 'Ótica São João', sources: [source] }] },
  sources: [source],
  importIds: ['imp-1'],
  tags: [],
  createdAt: '2026-10-01T00:00:00.000Z',
  updatedAt: '2026-10-01T00:00:00.000Z',
};

describe('schema migrations', () => {
  it('has increasing version numbers', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(CURRENT_VERSION).toBe(versions.at(-1));
  });

  it('upgrades a version-1 store without losing a record, and fills the new sort index', async () => {
    const name = 'casegraph-migration';
    const old = freshDb(SCHEMA_VERSIONS.slice(0, 1), name);
    await old.table('entities').add(v1Seller);
    await old
      .table('cases')
      .add({ id: 'case-1', title: 'Op. Lötkolben', status: 'open', updatedAt: '2026-10-02' });
    old.close();

    const current = new CasegraphDb(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_VERSION);
    const seller = await current.entities.get(v1Seller.id);
    expect(seller?.properties).toEqual(v1Seller.properties);
    expect(seller?.sortName).toBe('otica sao joao');
    const sorted = await current.entities
      .where('[kind+sortName]')
      .between(['seller', ''], ['seller', '\uffff'])
      .toArray();
    expect(sorted.map((e) => e.id)).toEqual([v1Seller.id]);
    expect((await current.cases.get('case-1' as never))?.title).toBe('Op. Lötkolben');
    await current.settings.put({ key: 'examinerName', value: 'M. Keller' });
    expect((await current.settings.get('examinerName'))?.value).toBe('M. Keller');
    current.close();
  });

  it('upgrades a version-4 store with the explore indexes: sort keys, facets and search terms', async () => {
    const name = 'casegraph-migration-v4';
    const old = freshDb(SCHEMA_VERSIONS.slice(0, 4), name);
    const listingSource = { ...source, locator: { row: 17 } };
    await old.table('entities').add({
      id: entityId('listing', 'ebay.de', '1234567890'),
      kind: 'listing',
      key: 'ebay.de\u001f1234567890',
      properties: {
        platform: [{ value: 'ebay.de', sources: [listingSource] }],
        title: [{ value: 'Sneaker „Air Zoom“ Größe 42 – NEU 🔥', sources: [listingSource] }],
        price: [{ value: 71.9, sources: [listingSource] }],
        firstSeen: [{ value: '2026-09-14', sources: [listingSource] }],
      },
      sources: [listingSource],
      importIds: ['imp-1'],
      sortName: 'sneaker „air zoom“ größe 42 – neu 🔥',
      tags: ['Probekauf'],
      createdAt: '2026-10-01T00:00:00.000Z',
      updatedAt: '2026-10-01T00:00:00.000Z',
    });
    old.close();

    const current = new CasegraphDb(name);
    await current.open();
    const byTerm = await current.entities.where('terms').startsWith('listing:gross').primaryKeys();
    expect(byTerm).toHaveLength(1);
    expect(await current.entities.where('terms').equals('listing:probekauf').count()).toBe(1);
    expect(await current.entities.where('facets').equals('listing|platform=ebay.de').count()).toBe(1);
    expect(await current.entities.where('facets').equals('listing|import=imp-1').count()).toBe(1);
    const byPrice = await current.entities
      .where('[kind+sortNumber]')
      .between(['listing', 50], ['listing', 100])
      .count();
    expect(byPrice).toBe(1);
    const byDate = await current.entities.where('[kind+sortTime]').equals(['listing', '2026-09-14']).count();
    expect(byDate).toBe(1);
    current.close();
  });

  it('upgrades a version-7 store with the name order of each word (a table filtered by a common word)', async () => {
    const name = 'casegraph-migration-v7';
    const old = freshDb(SCHEMA_VERSIONS.slice(0, 7), name);
    const stored = (platform: string, id: string, title: string) => {
      const entity = withIndexFields(
        mergeEntity(
          undefined,
          entityDraft('listing', [platform, id], { platform: [platform], title: [title] }),
          source,
          '2026-10-01T00:00:00.000Z',
        ),
      );
      // as version 7 wrote it: the name order of its words did not exist yet
      const { termsByName: _dropped, ...v7 } = entity;
      return v7;
    };
    await old
      .table('entities')
      .bulkAdd([
        stored('ebay.de', '1', 'Velora Sneaker 42'),
        stored('ozon.ru', '2', 'Кроссовки Velora'),
        stored('ebay.de', '3', 'Aurelio Sneaker'),
      ]);
    old.close();

    const current = new CasegraphDb(name);
    await current.open();
    const velora = await current.entities
      .where('termsByName')
      .between(['listing:velora'], ['listing:velora', []])
      .toArray();
    expect(velora.map((e) => e.sortName)).toEqual(['velora sneaker 42', 'кроссовки velora']);
    current.close();
  });

  it('upgrades a version-5 analysis into a summary with its networks and signals as records of their own', async () => {
    const name = 'casegraph-migration-v5';
    const old = freshDb(SCHEMA_VERSIONS.slice(0, 5), name);
    const seller = entityId('seller', 'ebay.de', 'sneaker_outlet_24');
    const shop = entityId('seller', 'ebay.de', 'sneakers-günstig');
    const member = (id: typeof seller, caption: string) => ({ id, kind: 'seller', caption });
    const network = {
      id: 'net-1',
      rank: 1,
      score: 4,
      scoreReason: 'two accounts, one IBAN',
      size: 2,
      members: [member(seller, 'Sneaker Outlet 24'), member(shop, 'Sneakers günstig 🔥')],
      ties: [],
      listings: 3,
      shipments: 0,
      seizures: 1,
    };
    const signal = {
      kind: 'seizure',
      account: shop,
      accountCaption: 'Sneakers günstig 🔥',
      reason: 'named in 1 seizure record',
      items: [],
      count: 1,
    };
    await old.table('analyses').add({
      id: 'default',
      computedAt: '2026-11-20T10:00:00Z',
      entities: 9,
      links: 8,
      signature: 'audit:12',
      loadMs: 1,
      analysisMs: 1,
      report: {
        counts: {
          entities: 9,
          links: 8,
          accounts: 2,
          accountsInNetworks: 2,
          storedSuggestions: 0,
          decisions: 0,
          suggestions: 0,
        },
        settings: {},
        networks: [network],
        hubs: [],
        suggestions: [],
        signals: [signal],
      },
    });
    old.close();

    const current = new CasegraphDb(name);
    await current.open();
    const stored = await current.analyses.get('default');
    expect(stored?.summary).toMatchObject({ networkCount: 1, signalCount: 1, signalsByKind: { seizure: 1 } });
    expect(stored && 'report' in stored).toBe(false);
    expect(stored?.signature).toBe('audit:12');
    const byMember = await current.analysisNetworks.where('memberIds').equals(shop).toArray();
    expect(byMember.map((n) => n.rank)).toEqual([1]);
    expect(await current.analysisSignals.where('account').equals(shop).count()).toBe(1);
    current.close();
  });

  it('finds who uses an identifier by its normalized value', async () => {
    const db = freshDb();
    const phone = entityId('phone', '+4961552302');
    await db.entities.add({
      id: phone,
      kind: 'phone',
      key: '+4961552302',
      properties: { value: [{ value: '+4961552302', sources: [source] }] },
      sources: [source],
      importIds: [source.importId],
      sortName: '+4961552302',
      sortTime: '',
      sortNumber: -1,
      facets: [],
      terms: [],
      termsByName: [],
      tags: [],
      createdAt: '2026-10-01T00:00:00.000Z',
      updatedAt: '2026-10-01T00:00:00.000Z',
    });
    const found = await db.entities.where('key').equals('+4961552302').toArray();
    expect(found.map((e) => e.id)).toEqual([phone]);
    expect(await db.entities.where('importIds').equals('imp-1').count()).toBe(1);
  });
});
