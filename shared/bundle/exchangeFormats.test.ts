import { describe, expect, it } from 'vitest';
import { createFtmIndex, createStixIndex, mapFtmRecord, mapStixRecord } from '../import/formats';
import type { EntityDraft, LinkDraft, SourceRecord } from '../import/types';
import { contentOf } from './content';
import { ftmEntities } from './ftmExport';
import { FTM_OUT_PROPERTIES } from './ftmOut';
import { graphmlPieces } from './graphml';
import { stixBundle } from './stixExport';
import { ENTITIES, EMAIL, IBAN, PHONE, testInput } from './testBundle';

const content = contentOf(testInput());
const record = (object: unknown, row: number): SourceRecord => ({ locator: { row }, fields: {}, object });

function reimport(
  objects: readonly unknown[],
  format: 'ftm' | 'stix',
): { entities: EntityDraft[]; links: LinkDraft[]; rejects: string[] } {
  const records = objects.map(record);
  const index = format === 'ftm' ? createFtmIndex() : createStixIndex();
  for (const r of records) index.learn(r);
  const mapped = records.map((r) =>
    format === 'ftm'
      ? mapFtmRecord(r, index as ReturnType<typeof createFtmIndex>)
      : mapStixRecord(r, index as ReturnType<typeof createStixIndex>),
  );
  return {
    entities: mapped.flatMap((m) => m.entities),
    links: mapped.flatMap((m) => m.links),
    rejects: mapped.flatMap((m) => m.rejects.map((reject) => `${reject.field}: ${reject.reason}`)),
  };
}

describe('FollowTheMoney export', () => {
  it('goes back through our own FtM importer as the same kinds and key values', () => {
    const back = reimport(ftmEntities(content), 'ftm');
    expect(back.rejects).toEqual([]);
    const ids = new Set(back.entities.map((e) => e.id));
    // parties imported from FtM get their FtM ids back, so they come back as the very same entities
    expect(ids).toContain(ENTITIES.company.id);
    expect(ids).toContain(ENTITIES.person.id);
    // identifiers are keyed by value: the same nodes as before
    for (const entity of [ENTITIES.email, ENTITIES.phone, ENTITIES.iban, ENTITIES.address, ENTITIES.url]) {
      expect(ids, entity.id).toContain(entity.id);
    }
    const seller = back.entities.find((e) => e.kind === 'seller');
    expect(seller?.properties).toMatchObject({
      sellerId: ['77123'],
      platform: ['ozon.ru'],
      storefrontName: ['<script>alert("Ромашка")</script>'],
    });
    const social = back.entities.find((e) => e.kind === 'socialAccount');
    expect(social?.properties.handle).toEqual(['loja_barata_oficial']);
    const company = back.entities.find((e) => e.id === ENTITIES.company.id);
    expect(company?.properties).toMatchObject({
      name: ['ООО «Ромашка»'],
      registrationNumber: ['1187746123456'],
      vatNumber: ['7701234567'],
    });
    const links = back.links.map((l) => `${l.kind} ${l.from} -> ${l.to}`);
    expect(links).toContain(`uses ${ENTITIES.company.id} -> ${ENTITIES.email.id}`);
    expect(links).toContain(`uses ${ENTITIES.company.id} -> ${ENTITIES.iban.id}`);
    expect(links).toContain(`operates ${ENTITIES.person.id} -> ${ENTITIES.company.id}`);
  });

  it('writes every property of the inverse table where the importer reads it (the two tables cannot drift apart)', () => {
    for (const [kind, props] of Object.entries(FTM_OUT_PROPERTIES)) {
      const values: Record<string, string> = {
        name: 'Ёлка',
        nationality: 'ru',
        birthDate: '1984-11-02',
        country: 'RU',
        registrationNumber: '77-123',
        vatNumber: 'DE123456789',
        incorporationDate: '2018-03-05',
        storefrontName: 'Ёлка "Shop"',
        platform: kind === 'seller' ? 'ozon.ru' : 'instagram',
        sellerId: 'S-1',
        displayName: 'Ёлка 🎄',
        handle: 'yolka_shop',
      };
      const properties = Object.fromEntries(
        Object.keys(props).map((p) => [p, [{ value: values[p] ?? 'x', sources: [] }]]),
      );
      const entity = {
        ...ENTITIES.person,
        id: `${kind}:x`,
        kind,
        key: 'x',
        properties,
      } as unknown as (typeof content.entities)[number];
      const back = reimport(ftmEntities({ ...content, entities: [entity], links: [] }), 'ftm');
      expect(back.rejects, kind).toEqual([]);
      const draft = back.entities.find((e) => e.kind === kind);
      for (const prop of Object.keys(props)) {
        expect(draft?.properties[prop]?.map(String), `${kind}.${prop}`).toBeDefined();
      }
    }
  });
});

describe('STIX export', () => {
  const bundle = JSON.parse(stixBundle(content)) as {
    type: string;
    id: string;
    objects: { id: string; type: string }[];
  };

  it('is a STIX 2.1 bundle with deterministic, unique ids', () => {
    expect(bundle.type).toBe('bundle');
    expect(bundle.id).toMatch(/^bundle--[0-9a-f-]{36}$/);
    const ids = bundle.objects.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(stixBundle(content)).toBe(stixBundle(contentOf(testInput())));
    for (const object of bundle.objects)
      expect(object.id).toMatch(
        /^[a-z0-9-]+--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
  });

  it('goes back through our own STIX importer as the same accounts, identifiers and links', () => {
    const back = reimport(bundle.objects, 'stix');
    expect(back.rejects).toEqual([]);
    const ids = new Set(back.entities.map((e) => e.id));
    for (const entity of [
      ENTITIES.seller,
      ENTITIES.insta,
      ENTITIES.email,
      ENTITIES.brEmail,
      ENTITIES.domain,
      ENTITIES.ip,
    ]) {
      expect(ids, entity.id).toContain(entity.id);
    }
    const org = back.entities.find((e) => e.kind === 'organization');
    expect(org?.properties.name).toEqual(['ООО «Ромашка»']);
    const links = back.links.map((l) => `${l.kind} ${l.from} -> ${l.to}`);
    expect(links).toContain(`uses ${ENTITIES.seller.id} -> ${ENTITIES.email.id}`);
    expect(links).toContain(`operates ${org?.id} -> ${ENTITIES.seller.id}`);
    // the company's phone travels in its contact information, where the importer reads it
    expect(links.some((l) => l.startsWith(`uses ${org?.id} -> phone:${PHONE}`))).toBe(true);
    expect(links.some((l) => l.includes(`email:${EMAIL}`))).toBe(true);
  });
});

describe('GraphML export', () => {
  const xml = [...graphmlPieces(content)].join('');

  it('declares every attribute it uses, with unique node and edge ids and no character XML 1.0 forbids', () => {
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    for (const used of xml.matchAll(/<data key="([^"]+)"/g)) expect(declared).toContain(used[1]);
    const nodeIds = [...xml.matchAll(/<node id="([^"]+)"/g)].map((m) => m[1]);
    const edgeIds = [...xml.matchAll(/<edge id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(nodeIds).size).toBe(13);
    expect(new Set(edgeIds).size).toBe(14);
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).toContain('&lt;script&gt;alert(&quot;Ромашка&quot;)&lt;/script&gt;');
    expect(xml).toContain(`seller:ozon.ru\u241f77123`);
    expect(xml).toContain('xmlns="http://graphml.graphdrawing.org/xmlns"');
    expect(IBAN).toBe('DE89370400440532013000');
  });
});
