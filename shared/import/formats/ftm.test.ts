import { describe, expect, it } from 'vitest';
import { entityId } from '../../model';
import { identifierDraft } from '../mapping/identifiers';
import type { MappedRecord, SourceRecord } from '../types';
import { createFtmIndex, mapFtmRecord } from './ftm';

/** One JSONL line of an FtM export, as the parser hands it over. */
const line = (row: number, object: unknown): SourceRecord => ({ locator: { row }, fields: {}, object });

// A small Aleph-style export: a Russian company, its Amazon storefront and Instagram account, a Brazilian owner,
// the company's bank account and a payment. The Ownership comes before the Person it names.
const company = line(1, {
  id: 'co-romashka',
  schema: 'Company',
  properties: {
    name: ['ООО «Ромашка»'],
    jurisdiction: ['ru'],
    registrationNumber: ['1187746123456'],
    vatCode: ['7701234567'],
    incorporationDate: ['2018-03-05'],
    email: ['E-Mail: Prodazhi@Romashka-Shop.ru'],
    phone: ['8 (495) 123-45-67'],
    website: ['https://www.romashka-shop.ru/'],
  },
});
const ownership = line(2, {
  id: 'own-1',
  schema: 'Ownership',
  properties: { owner: ['p-joao'], asset: ['co-romashka'], percentage: ['100'] },
});
const amazonStore = line(3, {
  id: 'ua-amazon',
  schema: 'UserAccount',
  properties: {
    service: ['Amazon.de'],
    username: ['A1B2C3D4E5F6G7'],
    name: ['Romashka Store'],
    email: ['prodazhi@romashka-shop.ru'],
    owner: ['co-romashka'],
  },
});
const instagram = line(4, {
  id: 'ua-insta',
  schema: 'UserAccount',
  properties: { service: ['Instagram'], username: ['@Loja_Barata_Oficial'], name: ['Loja Barata Oficial'] },
});
const person = line(5, {
  id: 'p-joao',
  schema: 'Person',
  properties: {
    firstName: ['João'],
    lastName: ['da Conceição'],
    nationality: ['br'],
    birthDate: ['1984-11'],
    email: ['joao.conceicao@gmail.com', 'n/a'],
  },
});
const bankAccount = line(6, {
  id: 'ba-1',
  schema: 'BankAccount',
  properties: { iban: ['DE89 3704 0044 0532 0130 00'], bankName: ['Commerzbank'], holder: ['co-romashka'] },
});
const payment = line(7, {
  id: 'pay-1',
  schema: 'Payment',
  properties: { payer: ['p-joao'], payerAccount: ['ba-1'], amount: ['12500'], currency: ['EUR'] },
});
const ghostDirector = line(8, {
  id: 'dir-1',
  schema: 'Directorship',
  properties: { director: ['p-ghost'], organization: ['co-romashka'] },
});
const vessel = line(9, { id: 'v-1', schema: 'Vessel', properties: { name: ['Akademik Lomonosov'] } });
const vague = line(10, {
  id: 'ul-1',
  schema: 'UnknownLink',
  properties: { subject: ['p-joao'], object: ['ua-insta'] },
});

const file = [
  company,
  ownership,
  amazonStore,
  instagram,
  person,
  bankAccount,
  payment,
  ghostDirector,
  vessel,
  vague,
];

function importFile(records: readonly SourceRecord[]): MappedRecord[] {
  const index = createFtmIndex();
  for (const record of records) index.learn(record);
  return records.map((record) => mapFtmRecord(record, index));
}

const [
  companyOut,
  ownershipOut,
  amazonOut,
  instagramOut,
  personOut,
  bankOut,
  paymentOut,
  directorOut,
  vesselOut,
  vagueOut,
] = importFile(file) as [
  MappedRecord,
  MappedRecord,
  MappedRecord,
  MappedRecord,
  MappedRecord,
  MappedRecord,
  MappedRecord,
  MappedRecord,
  MappedRecord,
  MappedRecord,
];

const ids = {
  company: entityId('organization', 'ftm', 'co-romashka'),
  amazon: entityId('seller', 'ftm', 'ua-amazon'),
  instagram: entityId('socialAccount', 'ftm', 'ua-insta'),
  person: entityId('person', 'ftm', 'p-joao'),
  email: entityId('email', 'prodazhi@romashka-shop.ru'),
  iban: entityId('paymentAccount', 'DE89370400440532013000'),
};

describe('mapFtmRecord', () => {
  it('maps a Company to an organization keyed by its FtM id, with its contact details as identifiers', () => {
    expect(companyOut.locator).toEqual({ row: 1, path: 'ftm:co-romashka' });
    expect(companyOut.rejects).toEqual([]);
    expect(companyOut.entities).toEqual([
      {
        id: ids.company,
        kind: 'organization',
        key: 'ftm\u001fco-romashka',
        properties: {
          name: ['ООО «Ромашка»'],
          registrationNumber: ['1187746123456'],
          vatNumber: ['7701234567'],
          country: ['RU'],
          incorporationDate: ['2018-03-05'],
        },
      },
      {
        id: ids.email,
        kind: 'email',
        key: 'prodazhi@romashka-shop.ru',
        properties: { value: ['prodazhi@romashka-shop.ru'] },
      },
      // No region was chosen for the file: the company's own jurisdiction reads the Moscow number.
      {
        id: entityId('phone', '+74951234567'),
        kind: 'phone',
        key: '+74951234567',
        properties: { value: ['+74951234567'] },
      },
      expect.objectContaining({ kind: 'url' }),
    ]);
    expect(companyOut.links).toEqual([
      { kind: 'uses', from: ids.company, to: ids.email, role: 'ftm:email' },
      { kind: 'uses', from: ids.company, to: entityId('phone', '+74951234567'), role: 'ftm:phone' },
      { kind: 'uses', from: ids.company, to: companyOut.entities[3]?.id, role: 'ftm:website' },
    ]);
  });

  it('links a company and its Amazon storefront to the same e-mail node a CSV row gives that address', () => {
    const fromCsv = identifierDraft('email', 'prodazhi@romashka-shop.ru', {});
    expect(fromCsv.ok && fromCsv.draft.id).toBe(ids.email);
    expect(amazonOut.entities[0]).toEqual({
      id: ids.amazon,
      kind: 'seller',
      key: 'ftm\u001fua-amazon',
      properties: {
        storefrontName: ['Romashka Store'],
        platform: ['amazon.de'],
        sellerId: ['A1B2C3D4E5F6G7'],
      },
    });
    expect(amazonOut.links).toEqual([
      { kind: 'uses', from: ids.amazon, to: ids.email, role: 'ftm:email' },
      { kind: 'operates', from: ids.company, to: ids.amazon, role: 'ftm:owner' },
    ]);
    expect(companyOut.links.filter((link) => link.to === ids.email)).toHaveLength(1);
  });

  it('maps a UserAccount on a social network to a socialAccount that uses its handle', () => {
    const handle = entityId('username', 'loja_barata_oficial');
    expect(instagramOut.rejects).toEqual([]);
    expect(instagramOut.entities).toEqual([
      {
        id: ids.instagram,
        kind: 'socialAccount',
        key: 'ftm\u001fua-insta',
        properties: {
          displayName: ['Loja Barata Oficial'],
          platform: ['instagram'],
          handle: ['@Loja_Barata_Oficial'],
        },
      },
      {
        id: handle,
        kind: 'username',
        key: 'loja_barata_oficial',
        properties: { value: ['loja_barata_oficial'], platform: ['instagram'] },
      },
    ]);
    expect(instagramOut.links).toEqual([
      { kind: 'uses', from: ids.instagram, to: handle, role: 'ftm:username' },
    ]);
  });

  it('resolves an Ownership that comes before its owner, once pass 1 has seen the whole file', () => {
    expect(ownershipOut).toEqual({
      locator: { row: 2, path: 'ftm:own-1' },
      entities: [],
      links: [{ kind: 'operates', from: ids.person, to: ids.company, role: 'ftm:Ownership' }],
      rejects: [],
    });
  });

  it('cannot resolve that Ownership in a single pass, which is why the index comes first', () => {
    const index = createFtmIndex();
    index.learn(ownership);
    index.learn(company);
    expect(mapFtmRecord(ownership, index).rejects).toEqual([
      {
        field: 'owner',
        value: 'p-joao',
        reason: 'no entity with the FollowTheMoney id "p-joao" is in this file',
      },
    ]);
  });

  it('keeps a person whose e-mail list holds one bad value, and rejects only that value', () => {
    expect(personOut.entities[0]).toEqual({
      id: ids.person,
      kind: 'person',
      key: 'ftm\u001fp-joao',
      properties: { nationality: ['BR'], birthDate: ['1984-11'], name: ['João da Conceição'] },
    });
    expect(personOut.entities[1]?.id).toBe(entityId('email', 'joao.conceicao@gmail.com'));
    expect(personOut.rejects).toEqual([
      { field: 'email', value: 'n/a', reason: 'not an e-mail address: no @' },
    ]);
  });

  it('keys a BankAccount by its normalized IBAN, used by its holder and by the payer of a Payment', () => {
    expect(bankOut.rejects).toEqual([]);
    expect(bankOut.entities).toEqual([
      {
        id: ids.iban,
        kind: 'paymentAccount',
        key: 'DE89370400440532013000',
        properties: { value: ['DE89370400440532013000'], provider: ['iban', 'Commerzbank'] },
      },
    ]);
    expect(bankOut.links).toEqual([{ kind: 'uses', from: ids.company, to: ids.iban, role: 'ftm:holder' }]);
    expect(paymentOut.links).toEqual([
      { kind: 'uses', from: ids.person, to: ids.iban, role: 'ftm:Payment.payer' },
    ]);
    expect(paymentOut.rejects).toEqual([]);
  });

  it('rejects a reference to an id that is not in the file', () => {
    expect(directorOut.links).toEqual([]);
    expect(directorOut.rejects).toEqual([
      {
        field: 'director',
        value: 'p-ghost',
        reason: 'no entity with the FollowTheMoney id "p-ghost" is in this file',
      },
    ]);
  });

  it('rejects a schema Casegraph does not use instead of throwing', () => {
    expect(vesselOut).toEqual({
      locator: { row: 9, path: 'ftm:v-1' },
      entities: [],
      links: [],
      rejects: [
        {
          field: 'schema',
          value: 'Vessel',
          reason: 'FollowTheMoney schema Vessel is not used by Casegraph; the record was skipped',
        },
      ],
    });
  });

  it('keeps a vague UnknownLink as a weak mention', () => {
    expect(vagueOut.links).toEqual([
      { kind: 'mentions', from: ids.person, to: ids.instagram, role: 'ftm:UnknownLink' },
    ]);
  });

  it('explains a reference to an entity of a schema it skipped', () => {
    const owned = line(11, {
      id: 'own-2',
      schema: 'Ownership',
      properties: { owner: ['co-romashka'], asset: ['v-1'] },
    });
    const [out] = importFile([company, vessel, owned]).slice(2);
    expect(out?.rejects).toEqual([
      {
        field: 'asset',
        value: 'v-1',
        reason: '"v-1" is a FollowTheMoney Vessel, which Casegraph does not import as an entity',
      },
    ]);
  });

  it('rejects a line that is not an FtM entity', () => {
    const out = mapFtmRecord(line(12, { hello: 'world' }), createFtmIndex());
    expect(out.rejects).toEqual([
      {
        field: 'object',
        value: '{"hello":"world"}',
        reason: 'not a FollowTheMoney entity: it needs an "id", a "schema" and "properties"',
      },
    ]);
  });

  it('uses the region chosen for the file before the entity country for phones', () => {
    const shop = line(13, {
      id: 'co-loja',
      schema: 'Company',
      properties: { name: ['Loja Barata Comércio Ltda'], country: ['pt'], phone: ['(11) 98765-4321'] },
    });
    const out = mapFtmRecord(shop, createFtmIndex(), { region: 'BR' });
    expect(out.entities.map((entity) => entity.id)).toContain(entityId('phone', '+5511987654321'));
  });
});
