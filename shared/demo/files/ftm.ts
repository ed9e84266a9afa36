/**
 * `aleph-entities.ftm.jsonl`: FollowTheMoney entities from an Aleph collection — companies with their e-mail,
 * phone, address and website; directors; bank accounts; user accounts — linked by Ownership and Directorship,
 * and referring to each other by FtM id. Several mirror the operations' storefronts (the same e-mails and phones),
 * so they join the networks; a few companies have nothing to do with them.
 */
import { canonicalAddress } from '../identifiers/address';
import { spellPhone } from '../identifiers/phone';
import { webUrl } from '../identifiers/url';
import { fullName, makeCompany, randomPerson } from '../parties';
import type { DemoFile } from '../demoFile';
import { utf8 } from '../csv';
import { createRandom, type Random } from '../random';
import { createRegistry } from '../registry';
import { pushTo, type Recorder } from '../recorder';
import { COUNTRY_NAMES } from '../vocab/marketplaces';
import type { Company, Operation, PersonName, Storefront, World, WorldIdentifier } from '../world';

export const FTM_FILE = 'aleph-entities.ftm.jsonl';

type FtmEntity = Readonly<{
  id: string;
  schema: string;
  properties: Readonly<Record<string, readonly string[]>>;
}>;

/** Which operations Aleph knows about: most, not all — as in a real collection. */
export function inFtm(operation: Operation): boolean {
  return operation.index % 3 !== 2;
}

function fullAddress(value: Extract<WorldIdentifier, { kind: 'address' }>): string {
  return `${canonicalAddress(value.parts)}, ${COUNTRY_NAMES[value.country][0] ?? value.country}`;
}

type Writer = Readonly<{
  entities: FtmEntity[];
  add(
    schema: string,
    properties: Record<string, readonly string[]>,
    uses?: readonly [string, WorldIdentifier, string][],
  ): string;
}>;

function createWriter(random: Random, recorder: Recorder, owner: Operation | undefined): Writer {
  const entities: FtmEntity[] = [];
  return {
    entities,
    add: (schema, properties, uses = []) => {
      const id = random.hex(40);
      entities.push({ id, schema, properties });
      for (const [field, identifier, raw] of uses) {
        recorder.use(identifier, {
          file: FTM_FILE,
          locator: { path: id },
          field: `properties.${field}`,
          raw,
          link: 'uses',
          subject: { type: 'object', id },
        });
      }
      if (owner !== undefined) pushTo(recorder.objectIds.ftm, owner.index, id);
      return id;
    },
  };
}

function person(writer: Writer, name: PersonName): string {
  return writer.add('Person', {
    name: [fullName(name)],
    firstName: [name.first],
    lastName: [name.last],
    nationality: [name.country.toLowerCase()],
  });
}

function company(
  writer: Writer,
  value: Company,
  extra: Record<string, readonly string[]>,
  uses: readonly [string, WorldIdentifier, string][],
): string {
  return writer.add(
    'Company',
    {
      name: [value.name],
      jurisdiction: [value.country.toLowerCase()],
      registrationNumber: [value.registrationNumber],
      vatCode: [value.vatNumber],
      incorporationDate: [value.incorporated],
      ...extra,
    },
    uses,
  );
}

function operationEntities(
  random: Random,
  writer: Writer,
  operation: Operation,
  fronts: readonly Storefront[],
  hubEmail: string,
  handles: readonly [string, string][],
): void {
  const emails = fronts.flatMap((f) =>
    f.contact.email && f.contact.email.key !== hubEmail ? [f.contact.email] : [],
  );
  const phones = fronts.flatMap((f) => (f.contact.phone ? [f.contact.phone] : []));
  const addresses = fronts.flatMap((f) => (f.contact.address ? [f.contact.address] : []));
  const ibans = fronts.flatMap((f) => (f.contact.iban ? [f.contact.iban] : []));
  const companyIds = operation.companies.map((value, n) => {
    const uses: [string, WorldIdentifier, string][] = [];
    const email = emails[n % Math.max(1, emails.length)];
    if (email !== undefined) uses.push(['email', email, email.key]);
    const phone = phones[n % Math.max(1, phones.length)];
    if (phone !== undefined) uses.push(['phone', phone, spellPhone(random, phone, undefined)]);
    const address = addresses[n % Math.max(1, addresses.length)];
    if (address !== undefined) uses.push(['address', address, fullAddress(address)]);
    const website = webUrl(`https://${operation.domain.key}/`);
    uses.push(['website', website, website.href]);
    const properties: Record<string, string[]> = {};
    for (const [field, , raw] of uses) properties[field] = [raw];
    const id = company(writer, value, properties, uses);
    const director = person(writer, value.director);
    writer.add('Directorship', {
      director: [director],
      organization: [id],
      role: [value.country === 'DE' ? 'Geschäftsführer' : 'Director'],
      startDate: [value.incorporated],
    });
    writer.add('Ownership', { owner: [director], asset: [id], percentage: ['100'] });
    return id;
  });
  const mainCompany = companyIds[0];
  if (mainCompany === undefined) return;
  const iban = ibans[0];
  if (iban !== undefined) {
    const bank = writer.add('BankAccount', { iban: [iban.key], bankName: [iban.bankName] }, [
      ['iban', iban, iban.key],
    ]);
    writer.add('Ownership', { owner: [mainCompany], asset: [bank], role: ['account holder'] });
  }
  for (const front of random.sample(fronts, 2)) {
    const email = front.contact.email;
    const properties: Record<string, readonly string[]> = {
      username: [front.sellerId],
      service: [front.platform],
      owner: [mainCompany],
    };
    const uses: [string, WorldIdentifier, string][] = [];
    if (email !== undefined && email.key !== hubEmail) {
      properties.email = [email.key];
      uses.push(['email', email, email.key]);
    }
    writer.add('UserAccount', properties, uses);
  }
  for (const [service, handle] of handles.slice(0, 1)) {
    writer.add('UserAccount', { username: [handle], service: [service], owner: [mainCompany] });
  }
}

export function writeFtm(world: World, recorder: Recorder): DemoFile {
  const random = createRandom(world.seed, 'file', FTM_FILE);
  const entities: FtmEntity[] = [];
  for (const operation of world.operations.filter(inFtm)) {
    const writer = createWriter(random.fork(operation.index), recorder, operation);
    const fronts = operation.storefronts.flatMap((index) => world.storefronts[index] ?? []);
    const handles = operation.socials.flatMap((index): [string, string][] => {
      const social = world.socials[index];
      return social === undefined ? [] : [[social.platform, social.handle]];
    });
    operationEntities(
      random.fork(operation.index, 'entities'),
      writer,
      operation,
      fronts,
      world.hub.email.key,
      handles,
    );
    entities.push(...writer.entities);
  }
  // Companies in the same collection that belong to no operation.
  const registry = createRegistry();
  const unrelated = createWriter(random.fork('unrelated'), recorder, undefined);
  for (let n = 0; n < Math.max(2, Math.round(world.operations.length / 5)); n++) {
    const country = random.pick(['DE', 'PL', 'GB'] as const);
    const value = makeCompany(random, registry, country, randomPerson(random, country));
    const id = company(unrelated, value, {}, []);
    const director = person(unrelated, value.director);
    unrelated.add('Directorship', { director: [director], organization: [id], role: ['Director'] });
  }
  entities.push(...unrelated.entities);
  // Aleph exports are not grouped by network: interleave them.
  const lines = random.shuffle(entities).map((entity) => JSON.stringify(entity));
  return {
    name: FTM_FILE,
    bytes: utf8(`${lines.join('\n')}\n`),
    description:
      'FollowTheMoney entities exported from an Aleph collection (JSON Lines): Company, Person, UserAccount and ' +
      'BankAccount, linked by Directorship and Ownership, with e-mail, phone and address as properties. Several ' +
      'mirror the operations (same e-mails, phones and addresses as their storefronts); some companies are unrelated.',
  };
}
