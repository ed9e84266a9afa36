import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../hash';
import type { EntityId, ImportId } from '../model';
import { mappingFromFieldRefs } from './mapping/mappingFromFieldRefs';
import { importFilesIntoMemory, type MemorySource } from './memoryImport';
import { bytesSource } from './parse';

const encoder = new TextEncoder();

const SELLERS = `Seller ID;Storefront name;Business name;E-Mail;Phone;Business address
A1OV4GWZO2A4CG;Top Lager;Nordlicht Vertriebs GmbH;Lena.Fischer95@gmail.com;+49 30 83986051;Industriestraße 77b, 64347 Griesheim
AGFRNQ6QDJX1PV;Schnäppchen Store;Nordlicht Vertriebs GmbH;lena.fischer95@gmail.com;030 83986051;Industriestr. 77b, 64347 Griesheim
A3BADROW;Broken Row;;not-an-email;;
`;
const PROFILES = `{"username":"the.top_lager","full_name":"Top Lager Official","biography":"📩 lena.fischer95@gmail.com","followers":48232}
`;

function file(name: string, text: string | Uint8Array): MemorySource {
  const bytes = typeof text === 'string' ? encoder.encode(text) : text;
  return { name, source: bytesSource(name, bytes) };
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const fixed = { now: () => '2026-03-01T10:00:00.000Z', region: 'DE' };

describe('in-memory import', () => {
  it('runs the app’s pipeline and merge: one e-mail node for both files, each source kept', async () => {
    const store = await importFilesIntoMemory(
      [file('marketplace-sellers_amazon-de.csv', SELLERS), file('instagram-profiles.jsonl', PROFILES)],
      fixed,
    );
    const email = store.entities.get('email:lena.fischer95@gmail.com' as EntityId);
    const sellersSha = sha256Hex(encoder.encode(SELLERS));
    const profilesSha = sha256Hex(encoder.encode(PROFILES));
    expect(email?.sources.map((s) => [s.evidenceId, s.locator.row])).toEqual([
      [sellersSha, 2],
      [sellersSha, 3],
      [profilesSha, 1],
    ]);
    expect(email?.importIds).toHaveLength(2);
    expect(store.evidenceNames.get(sellersSha as never)).toBe('marketplace-sellers_amazon-de.csv');
    const kinds = [...store.links.values()].map((l) => `${l.kind} ${l.role ?? ''}`).sort();
    expect(kinds).toEqual([
      'mentions biography',
      'uses Business address',
      'uses Business address',
      'uses E-Mail',
      'uses E-Mail',
      'uses Phone',
      'uses Phone',
    ]);
    // The two spellings of the phone and of the address are one node each.
    expect(store.entities.has('phone:+493083986051' as EntityId)).toBe(true);
    expect([...store.entities.keys()].filter((id) => id.startsWith('address:'))).toHaveLength(1);
  });

  it('reports each file as check-file does: format, rows, rejects; evidence files give no records', async () => {
    const store = await importFilesIntoMemory(
      [file('marketplace-sellers_amazon-de.csv', SELLERS), file('storefront.png', PNG)],
      { ...fixed, importId: (_, i) => `import-${i}` as ImportId },
    );
    expect(
      store.files.map((f) => [f.name, f.format, f.rowsRead, f.rowsRejected, f.rejects, f.importId]),
    ).toEqual([
      ['marketplace-sellers_amazon-de.csv', 'csv', 3, 1, 1, 'import-0'],
      ['storefront.png', 'evidence', 0, 0, 0, 'import-1'],
    ]);
    expect(store.files[1]?.evidenceId).toBe(sha256Hex(PNG));
  });

  it('merges a second import of the same file into the same store as the app does: new sources, no new records', async () => {
    const first = await importFilesIntoMemory([file('marketplace-sellers_amazon-de.csv', SELLERS)], fixed);
    const entities = first.entities.size;
    const links = first.links.size;
    await importFilesIntoMemory([file('marketplace-sellers_amazon-de.csv', SELLERS)], {
      ...fixed,
      into: first,
    });
    expect(first.entities.size).toBe(entities);
    expect(first.links.size).toBe(links);
    const seller = first.entities.get('seller:amazon.de\u001fA1OV4GWZO2A4CG' as EntityId);
    expect(seller?.importIds).toHaveLength(2);
    expect(seller?.sources).toHaveLength(2);
  });

  it('uses the mapping it is given instead of guessing one', async () => {
    const mapping = mappingFromFieldRefs(
      { 'Seller ID': 'seller.sellerId', 'Storefront name': 'seller.storefrontName', Phone: 'seller.phone' },
      'ebay.de',
      { region: 'DE' },
    );
    const store = await importFilesIntoMemory([{ ...file('export.csv', SELLERS), mapping }], fixed);
    expect([...store.entities.keys()].filter((id) => id.startsWith('seller:')).sort()).toEqual([
      'seller:ebay.de\u001fA1OV4GWZO2A4CG',
      'seller:ebay.de\u001fA3BADROW',
      'seller:ebay.de\u001fAGFRNQ6QDJX1PV',
    ]);
    expect([...store.entities.keys()].some((id) => id.startsWith('email:'))).toBe(false);
  });

  it('trusts a given SHA-256 as the evidence id, as the app trusts its hashing worker', async () => {
    const sha256 = 'ab'.repeat(32);
    const store = await importFilesIntoMemory(
      [{ ...file('marketplace-sellers_amazon-de.csv', SELLERS), sha256 }],
      fixed,
    );
    expect(store.files[0]?.evidenceId).toBe(sha256);
    expect(store.evidenceNames.get(sha256 as never)).toBe('marketplace-sellers_amazon-de.csv');
  });
});
