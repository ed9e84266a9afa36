import { describe, expect, it } from 'vitest';
import { entityId } from '../../model';
import { identifierDraft } from '../mapping/identifiers';
import type { MappedRecord, SourceRecord } from '../types';
import { createStixIndex, mapStixRecord } from './stix';

const IDS = {
  maria: 'identity--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061',
  loja: 'identity--5f1c2a3b-7d4e-4e8f-9a0b-1c2d3e4f5a6b',
  seller: 'user-account--0d5b424b-93b8-5cd8-ac36-306e1789d63c',
  insta: 'user-account--9bd3afcf-deee-54f9-83e2-520653cb6bba',
  email: 'email-addr--2d77a846-6264-5d51-b586-e43822ea1ea3',
  domain: 'domain-name--3c10e93f-798e-5a26-a0c1-08156efab7f5',
  ip: 'ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd',
  indicator: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
  complex: 'indicator--a932fcc6-e032-476c-826f-cb970a5a1ade',
  malware: 'malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b',
} as const;

/** A brand-protection vendor's bundle: the relationships come first, as some producers write them. */
const objects: readonly unknown[] = [
  rel('relationship--01', 'indicates', IDS.indicator, IDS.seller),
  rel('relationship--02', 'owns', IDS.loja, IDS.seller),
  rel('relationship--03', 'attributed-to', IDS.insta, IDS.maria),
  rel('relationship--04', 'related-to', IDS.maria, IDS.loja),
  rel('relationship--05', 'uses', IDS.insta, IDS.domain),
  rel('relationship--06', 'uses', IDS.malware, 'user-account--00000000-0000-4000-8000-000000000000'),
  {
    type: 'identity',
    spec_version: '2.1',
    id: IDS.maria,
    name: 'Мария Иванова',
    identity_class: 'individual',
    contact_information: 'E-Mail: Maria.Ivanova@Mail.ru; Тел.: +7 999 123-45-67',
  },
  {
    type: 'identity',
    spec_version: '2.1',
    id: IDS.loja,
    name: 'Loja Barata Comércio de Roupas Ltda',
    identity_class: 'organization',
  },
  {
    type: 'user-account',
    spec_version: '2.1',
    id: IDS.seller,
    user_id: 'LOJABARATA123',
    display_name: 'Loja Barata',
    x_platform: 'Mercado Livre',
  },
  {
    type: 'user-account',
    spec_version: '2.1',
    id: IDS.insta,
    account_type: 'instagram',
    account_login: 'loja.barata.oficial',
    display_name: 'Loja Barata Oficial 🇧🇷',
  },
  { type: 'email-addr', spec_version: '2.1', id: IDS.email, value: 'a@b.co', belongs_to_ref: IDS.seller },
  { type: 'domain-name', spec_version: '2.1', id: IDS.domain, value: 'fake-nike.shop' },
  { type: 'ipv4-addr', spec_version: '2.1', id: IDS.ip, value: '203.0.113.7' },
  {
    type: 'indicator',
    spec_version: '2.1',
    id: IDS.indicator,
    pattern: "[email-addr:value = 'a@b.co'] OR [domain-name:value = 'fake-nike.shop']",
    pattern_type: 'stix',
    valid_from: '2026-01-12T09:00:00Z',
  },
  {
    type: 'indicator',
    spec_version: '2.1',
    id: IDS.complex,
    pattern: "[url:value LIKE '%nike%'] AND [domain-name:value = 'fake-nike.shop']",
    pattern_type: 'stix',
    valid_from: '2026-01-12T09:00:00Z',
  },
  { type: 'malware', spec_version: '2.1', id: IDS.malware, name: 'skimmer', is_family: false },
];

function rel(id: string, type: string, source: string, target: string): unknown {
  return {
    type: 'relationship',
    spec_version: '2.1',
    id,
    relationship_type: type,
    source_ref: source,
    target_ref: target,
  };
}

const records: SourceRecord[] = objects.map((object, i) => ({
  locator: { path: `$.objects[${i}]` },
  fields: {},
  object,
}));

const index = createStixIndex();
for (const record of records) index.learn(record);
const mapped = records.map((record) => mapStixRecord(record, index));
const byPath = new Map<string | undefined, MappedRecord>(mapped.map((out) => [out.locator.path, out]));
const out = (stixId: string): MappedRecord => {
  const found = byPath.get(stixId);
  if (found === undefined) throw new Error(`no output for ${stixId}`);
  return found;
};

const ids = {
  maria: entityId('person', 'stix', IDS.maria),
  loja: entityId('organization', 'stix', IDS.loja),
  seller: entityId('seller', 'mercadolivre.com.br', 'LOJABARATA123'),
  insta: entityId('socialAccount', 'instagram', 'loja.barata.oficial'),
  email: entityId('email', 'a@b.co'),
  domain: entityId('domain', 'fake-nike.shop'),
};

describe('mapStixRecord', () => {
  it('keeps the STIX id as the provenance path of every object', () => {
    expect(mapped.map((record) => record.locator.path)).toEqual(
      objects.map((object) => (object as { id: string }).id),
    );
  });

  it('maps an individual to a person whose contact information becomes e-mail and phone nodes', () => {
    const maria = out(IDS.maria);
    const phone = entityId('phone', '+79991234567');
    const email = entityId('email', 'maria.ivanova@mail.ru');
    expect(maria.rejects).toEqual([]);
    expect(maria.entities).toEqual([
      {
        id: ids.maria,
        kind: 'person',
        key: `stix\u001f${IDS.maria}`,
        properties: { name: ['Мария Иванова'] },
      },
      {
        id: email,
        kind: 'email',
        key: 'maria.ivanova@mail.ru',
        properties: { value: ['maria.ivanova@mail.ru'] },
      },
      { id: phone, kind: 'phone', key: '+79991234567', properties: { value: ['+79991234567'] } },
    ]);
    expect(maria.links).toEqual([
      { kind: 'uses', from: ids.maria, to: email, role: 'stix:contact_information' },
      { kind: 'uses', from: ids.maria, to: phone, role: 'stix:contact_information' },
    ]);
  });

  it('maps an organization identity', () => {
    expect(out(IDS.loja).entities).toEqual([
      {
        id: ids.loja,
        kind: 'organization',
        key: `stix\u001f${IDS.loja}`,
        properties: { name: ['Loja Barata Comércio de Roupas Ltda'] },
      },
    ]);
  });

  it('keys a marketplace user-account as a seller, exactly as a CSV seller row is keyed', () => {
    expect(out(IDS.seller)).toEqual({
      locator: { path: IDS.seller },
      entities: [
        {
          id: ids.seller,
          kind: 'seller',
          key: 'mercadolivre.com.br\u001fLOJABARATA123',
          properties: {
            platform: ['mercadolivre.com.br'],
            sellerId: ['LOJABARATA123'],
            storefrontName: ['Loja Barata'],
          },
        },
      ],
      links: [],
      rejects: [],
    });
  });

  it('maps any other user-account to a social account that uses its login as a username', () => {
    const handle = entityId('username', 'loja.barata.oficial');
    expect(out(IDS.insta).entities).toEqual([
      {
        id: ids.insta,
        kind: 'socialAccount',
        key: 'instagram\u001floja.barata.oficial',
        properties: {
          platform: ['instagram'],
          handle: ['loja.barata.oficial'],
          displayName: ['Loja Barata Oficial 🇧🇷'],
        },
      },
      {
        id: handle,
        kind: 'username',
        key: 'loja.barata.oficial',
        properties: { value: ['loja.barata.oficial'], platform: ['instagram'] },
      },
    ]);
    expect(out(IDS.insta).links).toEqual([
      { kind: 'uses', from: ids.insta, to: handle, role: 'stix:account_login' },
    ]);
  });

  it('maps observables to identifier nodes with the ids a CSV value gets', () => {
    const fromCsv = identifierDraft('email', 'a@b.co', {});
    expect(fromCsv.ok && fromCsv.draft.id).toBe(ids.email);
    expect(out(IDS.email).entities.map((entity) => entity.id)).toEqual([ids.email]);
    expect(out(IDS.email).links).toEqual([
      { kind: 'uses', from: ids.seller, to: ids.email, role: 'stix:belongs_to_ref' },
    ]);
    expect(out(IDS.domain).entities.map((entity) => entity.id)).toEqual([ids.domain]);
    expect(out(IDS.ip).entities.map((entity) => entity.id)).toEqual([entityId('ipAddress', '203.0.113.7')]);
  });

  it('turns an indicator with a simple OR pattern into the identifiers it names', () => {
    expect(out(IDS.indicator)).toEqual({
      locator: { path: IDS.indicator },
      entities: [
        { id: ids.email, kind: 'email', key: 'a@b.co', properties: { value: ['a@b.co'] } },
        { id: ids.domain, kind: 'domain', key: 'fake-nike.shop', properties: { value: ['fake-nike.shop'] } },
      ],
      links: [],
      rejects: [],
    });
  });

  it('rejects an indicator whose pattern is too complex', () => {
    expect(out(IDS.complex)).toEqual({
      locator: { path: IDS.complex },
      entities: [],
      links: [],
      rejects: [
        {
          field: 'pattern',
          value: "[url:value LIKE '%nike%'] AND [domain-name:value = 'fake-nike.shop']",
          reason: 'pattern too complex to turn into identifiers',
        },
      ],
    });
  });

  it('turns relationships into links by the kinds of their ends, resolved whatever their order', () => {
    expect(out('relationship--01').links).toEqual([
      { kind: 'uses', from: ids.seller, to: ids.email, role: 'stix:indicates' },
      { kind: 'uses', from: ids.seller, to: ids.domain, role: 'stix:indicates' },
    ]);
    expect(out('relationship--02').links).toEqual([
      { kind: 'operates', from: ids.loja, to: ids.seller, role: 'stix:owns' },
    ]);
    expect(out('relationship--03').links).toEqual([
      { kind: 'operates', from: ids.maria, to: ids.insta, role: 'stix:attributed-to' },
    ]);
    expect(out('relationship--04').links).toEqual([
      { kind: 'mentions', from: ids.maria, to: ids.loja, role: 'stix:related-to' },
    ]);
    expect(out('relationship--05').links).toEqual([
      { kind: 'uses', from: ids.insta, to: ids.domain, role: 'stix:uses' },
    ]);
    for (const id of ['relationship--01', 'relationship--02', 'relationship--03', 'relationship--04']) {
      expect(out(id).rejects).toEqual([]);
      expect(out(id).entities).toEqual([]);
    }
  });

  it('rejects references to unused types and to ids not in the bundle', () => {
    expect(out('relationship--06')).toEqual({
      locator: { path: 'relationship--06' },
      entities: [],
      links: [],
      rejects: [
        {
          field: 'source_ref',
          value: IDS.malware,
          reason: `"${IDS.malware}" is a STIX malware, which Casegraph does not use`,
        },
        {
          field: 'target_ref',
          value: 'user-account--00000000-0000-4000-8000-000000000000',
          reason:
            'no object with the STIX id "user-account--00000000-0000-4000-8000-000000000000" is in this bundle',
        },
      ],
    });
  });

  it('rejects objects of types Casegraph does not use', () => {
    expect(out(IDS.malware).rejects).toEqual([
      { field: 'type', value: 'malware', reason: 'STIX type malware is not used by Casegraph' },
    ]);
  });

  it('rejects a user-account with neither login nor user id, and an observable with an unusable value', () => {
    const bad = [
      { type: 'user-account', id: 'user-account--1', display_name: 'nobody' },
      { type: 'email-addr', id: 'email-addr--1', value: 'vendas(arroba)loja' },
    ].map((object, i): SourceRecord => ({ locator: { path: `$.objects[${i}]` }, fields: {}, object }));
    const badIndex = createStixIndex();
    for (const record of bad) badIndex.learn(record);
    const [account, email] = bad.map((record) => mapStixRecord(record, badIndex));
    expect(account?.entities).toEqual([]);
    expect(account?.rejects).toEqual([
      { field: 'account_login', value: '', reason: 'a user-account needs an account_login or a user_id' },
    ]);
    expect(email?.entities).toEqual([]);
    expect(email?.rejects).toEqual([
      { field: 'value', value: 'vendas(arroba)loja', reason: 'not an e-mail address: no @' },
    ]);
    expect(badIndex.resolve('email-addr--1')).toEqual({
      ok: false,
      reason: '"email-addr--1" gave Casegraph nothing usable (see the reject for that object)',
    });
  });
});
