/** People and companies: the front companies of operations and the businesses of honest sellers. */
import { assertNever } from '../assertNever';
import { randomDay } from './dates';
import { randomRegistrationNumber, randomVatNumber } from './identifiers/registration';
import type { Random } from './random';
import { unique, type Registry } from './registry';
import type { CountryCode } from './vocab/marketplaces';
import { COMPANY_WORDS } from './vocab/names';
import { asciiFold, CN_TRADE_WORDS, PEOPLE } from './vocab/people';
import type { Company, PersonName } from './world';

export function randomPerson(random: Random, country: CountryCode | 'RU'): PersonName {
  const pool = PEOPLE[country];
  return { first: random.pick(pool.first), last: random.pick(pool.last), country };
}

export function fullName(person: PersonName): string {
  // Chinese names are written family name first.
  return person.country === 'CN' ? `${person.last} ${person.first}` : `${person.first} ${person.last}`;
}

/** Legal-form spellings that sources swap for one another. */
const LEGAL_FORM_VARIANTS: readonly (readonly [string, string])[] = [
  ['Co., Ltd.', 'CO.,LTD'],
  ['Co., Ltd.', 'Co Ltd'],
  ['UG (haftungsbeschränkt)', 'UG'],
  ['GmbH', 'GMBH'],
  ['Sp. z o.o.', 'Sp z oo'],
  ['Sp. z o.o.', 'sp. z o.o.'],
  ['Ltda', 'LTDA.'],
  ['Limited', 'Ltd'],
  ['Eireli', 'EIRELI'],
];

/** The same company name as other sources write it; the first is the registered name. */
export function companyVariants(name: string): string[] {
  const variants = new Set<string>([name]);
  for (const [from, to] of LEGAL_FORM_VARIANTS) if (name.includes(from)) variants.add(name.replace(from, to));
  variants.add(name.toUpperCase());
  variants.add(asciiFold(name));
  return [...variants];
}

type Template = Readonly<{ name: string; businessType: string }>;

function companyTemplate(random: Random, country: CountryCode, attempt: number): Template {
  const person = randomPerson(random, country === 'LU' ? 'DE' : country);
  // After a few collisions the name gets a second word, which widens the space enough for 100k sellers.
  const extra = attempt > 3 ? ` ${random.pick(COMPANY_WORDS.DE)}${random.int(2, 99)}` : '';
  switch (country) {
    case 'DE':
    case 'LU': {
      const word = random.pick(COMPANY_WORDS.DE) + extra;
      return random.pick<Template>([
        { name: `${person.last}${extra} Handels GmbH`, businessType: 'Kapitalgesellschaft' },
        { name: `${word} Trading UG (haftungsbeschränkt)`, businessType: 'Kapitalgesellschaft' },
        { name: `${person.last}${extra} Import & Export e.K.`, businessType: 'Einzelunternehmen' },
        { name: `${word} Vertriebs GmbH`, businessType: 'Unternehmen im Privatbesitz' },
      ]);
    }
    case 'CN': {
      const word = random.pick(CN_TRADE_WORDS) + extra;
      const town = random.pick(COMPANY_WORDS.CN_TOWN);
      return random.pick<Template>([
        { name: `${town} ${word} Trading Co., Ltd.`, businessType: 'Kapitalgesellschaft' },
        { name: `${town} ${word} E-Commerce Co., Ltd.`, businessType: 'Kapitalgesellschaft' },
        { name: `${town} ${word} Technology Co., Ltd.`, businessType: 'Unternehmen im Privatbesitz' },
        { name: `${word} International (HK) Limited`, businessType: 'Kapitalgesellschaft' },
      ]);
    }
    case 'BR': {
      const word = random.pick(COMPANY_WORDS.BR) + extra;
      return random.pick<Template>([
        { name: `${word} Comércio de Roupas Ltda`, businessType: 'Kapitalgesellschaft' },
        { name: `${person.last}${extra} Importadora Eireli`, businessType: 'Einzelunternehmen' },
        { name: `${word} Distribuidora de Acessórios Ltda`, businessType: 'Kapitalgesellschaft' },
      ]);
    }
    case 'PL': {
      const word = random.pick(COMPANY_WORDS.PL) + extra;
      return random.pick<Template>([
        { name: `${word} Trade Sp. z o.o.`, businessType: 'Kapitalgesellschaft' },
        { name: `${person.last}${extra} Handel Sp. z o.o.`, businessType: 'Kapitalgesellschaft' },
        { name: `P.H.U. ${word} ${person.first} ${person.last}`, businessType: 'Einzelunternehmen' },
      ]);
    }
    case 'GB': {
      const word = random.pick(COMPANY_WORDS.GB) + extra;
      return random.pick<Template>([
        { name: `${word} Trading Ltd`, businessType: 'Kapitalgesellschaft' },
        { name: `${person.last}${extra} & Sons Ltd`, businessType: 'Personengesellschaft' },
        { name: `${word} Retail Ltd`, businessType: 'Kapitalgesellschaft' },
      ]);
    }
    default:
      return assertNever(country, 'country');
  }
}

/** A company with a name no other company in the world has. */
export function makeCompany(
  random: Random,
  registry: Registry,
  country: CountryCode,
  director: PersonName,
): Company {
  const template = unique(registry, 'company', (attempt) => {
    const made = companyTemplate(random, country, attempt);
    return { ...made, key: made.name.toLowerCase() };
  });
  return {
    name: template.name,
    variants: companyVariants(template.name),
    country,
    registrationNumber: randomRegistrationNumber(random, country),
    vatNumber: randomVatNumber(random, country),
    director,
    incorporated: randomDay(random, '2012-01-01', '2024-12-31'),
    businessType: template.businessType,
  };
}
