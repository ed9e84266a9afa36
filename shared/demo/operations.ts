/**
 * Counterfeit operations: how many there are, where they sell, and the pools of identifiers (e-mails, phones,
 * addresses, payment accounts, product photos) their storefronts draw from — the reuse that link analysis finds.
 */
import { assertNever } from '../assertNever';
import { randomAddress } from './identifiers/address';
import { email, FREEMAIL, type Email } from './identifiers/email';
import { BANKS, randomIban, type BankSpec } from './identifiers/iban';
import { randomPhone } from './identifiers/phone';
import { domain } from './identifiers/url';
import { makeCompany, randomPerson } from './parties';
import type { Random } from './random';
import { unique, type Registry } from './registry';
import {
  HOME_MARKETS,
  type CountryCode,
  type Home,
  type Language,
  type MarketplaceId,
} from './vocab/marketplaces';
import { CN_TRADE_WORDS, slugify } from './vocab/people';
import { PRODUCTS } from './vocab/products';
import type { Company, Domain, Operation, PersonName, Photo } from './world';

/** Below this the world cannot hold two operations and the honest sellers and hubs the tests rely on. */
export const MIN_SELLERS = 10;
/** The share of storefronts that belong to operations; the rest are honest sellers. */
export const OPERATION_SHARE = 0.7;

/** Sizes of the operations (3–9 storefronts each) that together run `round(sellers * OPERATION_SHARE)` storefronts. */
export function operationSizes(random: Random, sellers: number): number[] {
  let remaining = Math.round(sellers * OPERATION_SHARE);
  const sizes: number[] = [];
  while (remaining >= 3) {
    let size: number;
    if (remaining <= 9) size = remaining >= 6 && sizes.length < 2 ? Math.floor(remaining / 2) : remaining;
    else size = random.int(3, Math.min(9, remaining - 3));
    sizes.push(size);
    remaining -= size;
  }
  return sizes;
}

/** The first homes are fixed so that even the smallest world has a German and a Chinese operation on amazon.de. */
export function operationHome(random: Random, index: number): Home {
  const fixed: readonly Home[] = ['DE', 'CN', 'BR', 'PL'];
  return fixed[index] ?? random.weighted<Home>(['CN', 'DE', 'BR', 'PL'], [4, 2.5, 1.5, 2]);
}

/** Marketplaces of an operation: its home's primary ones plus extras, at least two, at most `size`. */
export function operationMarketplaces(random: Random, home: Home, size: number): MarketplaceId[] {
  const { primary, extra } = HOME_MARKETS[home];
  const wanted = Math.min(size, random.int(2, 3));
  return [...primary, ...random.sample(extra, Math.max(0, wanted - primary.length))];
}

function socialLanguage(home: Home): Language {
  switch (home) {
    case 'DE':
      return 'de';
    case 'CN':
      return 'en';
    case 'BR':
      return 'pt';
    case 'PL':
      return 'ru';
    default:
      return assertNever(home, 'home');
  }
}

/** A shop domain of its own, named after the company. */
export function shopDomain(
  random: Random,
  registry: Registry,
  country: CountryCode,
  company: Company,
): Domain {
  const tlds: Readonly<Record<CountryCode, readonly string[]>> = {
    DE: ['de', 'shop', 'de', 'store'],
    CN: ['com', 'shop', 'store', 'top'],
    BR: ['com.br', 'com.br', 'shop'],
    PL: ['pl', 'eu', 'shop'],
    GB: ['co.uk', 'com', 'shop'],
    LU: ['lu', 'eu'],
  };
  return unique(registry, 'domain', (attempt) => {
    const words = slugify(company.name).split('-').slice(0, 2).join('-');
    const stem = random.pick([words, `${words}-outlet`, `${words}${random.int(1, 99)}`, `${words}-store`]);
    return domain(`${stem}${attempt > 2 ? random.int(100, 999) : ''}.${random.pick(tlds[country])}`);
  });
}

/** An e-mail of an operation or a business: at its own domain, or at a free-mail provider. */
export function businessEmail(
  random: Random,
  registry: Registry,
  country: CountryCode,
  person: PersonName,
  shop: Domain | undefined,
): Email {
  return unique(registry, 'email', (attempt) => {
    const suffix = attempt > 0 ? String(random.int(1, 9999)) : '';
    const freemail = FREEMAIL[country === 'LU' ? 'DE' : country];
    if (shop !== undefined && random.chance(0.5)) {
      const local = random.pick([
        'info',
        'kontakt',
        'service',
        'sales',
        'contato',
        'biuro',
        'shop',
        'support',
      ]);
      return email(`${local}${suffix}@${shop.key}`);
    }
    if (country === 'CN' && random.chance(0.5)) {
      return random.chance(0.5)
        ? email(`${random.digits(random.int(9, 10))}@qq.com`)
        : email(`${slugify(random.pick(CN_TRADE_WORDS), '')}${random.int(2008, 2024)}${suffix}@163.com`);
    }
    const local = `${slugify(person.first, '')}${random.pick(['.', '_', ''])}${slugify(person.last, '')}`;
    return email(`${local}${suffix || String(random.int(1, 99))}@${random.pick(freemail)}`);
  });
}

function banksFor(home: Home): readonly BankSpec[] {
  switch (home) {
    case 'DE':
      return BANKS.DE;
    case 'CN':
      // Sellers abroad favour neobanks that open accounts online.
      return [...BANKS.LT, ...BANKS.DE.filter((bank) => bank.name === 'N26 Bank')];
    case 'BR':
      return BANKS.BR;
    case 'PL':
      return [...BANKS.PL, ...BANKS.LT];
    default:
      return assertNever(home, 'home');
  }
}

function photos(random: Random, operationIndex: number): Photo[] {
  const out: Photo[] = [];
  for (const product of random.sample(PRODUCTS, random.int(2, 3))) {
    const count = random.int(1, 2);
    for (let n = 0; n < count; n++) {
      const photo: Photo = {
        kind: 'image',
        key: random.hex(64),
        perceptualHash: random.hex(16),
        product,
        fileStem: `${slugify(`${product.brand} ${product.name}`, '_')}_${operationIndex + 1}${n + 1}`,
      };
      out.push(photo);
      // A re-encoded copy: other bytes, the same picture — found only by perceptual hash.
      if (random.chance(0.4)) {
        const flip = random.int(0, 15);
        const digit = Number.parseInt(photo.perceptualHash.charAt(flip), 16) ^ (1 << random.int(0, 3));
        out.push({
          ...photo,
          key: random.hex(64),
          perceptualHash: `${photo.perceptualHash.slice(0, flip)}${digit.toString(16)}${photo.perceptualHash.slice(flip + 1)}`,
          fileStem: `${photo.fileStem}_edit`,
          variantOf: photo.key,
        });
      }
    }
  }
  return out;
}

export function makeOperation(
  random: Random,
  registry: Registry,
  index: number,
  size: number,
  idWidth: number,
): Operation {
  const home = operationHome(random, index);
  const country: CountryCode = home;
  const directorCountry = home === 'PL' && random.chance(0.6) ? 'RU' : home;
  const companies = Array.from({ length: size >= 5 && random.chance(0.6) ? 2 : 1 }, () =>
    makeCompany(random, registry, country, randomPerson(random, directorCountry)),
  );
  const first = companies[0];
  if (first === undefined) throw new Error('An operation needs a company');
  const shop = shopDomain(random, registry, country, first);
  const people = companies.map((company) => company.director);
  const phones = Array.from({ length: random.int(1, 3) }, () =>
    unique(registry, 'phone', () =>
      randomPhone(random, random.chance(0.2) && home === 'CN' ? 'DE' : country),
    ),
  );
  const operationPhotos = photos(random, index);
  return {
    index,
    id: `op-${String(index + 1).padStart(idWidth, '0')}`,
    home,
    language: socialLanguage(home),
    marketplaces: operationMarketplaces(random, home, size),
    companies,
    domain: shop,
    emails: Array.from({ length: random.int(1, 3) }, () =>
      businessEmail(random, registry, country, random.pick(people), shop),
    ),
    phones,
    addresses: Array.from({ length: random.int(1, 2) }, () =>
      unique(registry, 'address', () => randomAddress(random, country)),
    ),
    returnAddress: unique(registry, 'address', () => randomAddress(random, 'DE')),
    ibans: Array.from({ length: random.int(1, 2) }, () =>
      unique(registry, 'iban', () => randomIban(random, banksFor(home))),
    ),
    products: [...new Set(operationPhotos.map((photo) => photo.product))],
    photos: operationPhotos,
    colour: [random.int(40, 200), random.int(40, 200), random.int(40, 200)],
    storefronts: [],
    socials: [],
    shipments: [],
  };
}
