/**
 * Who uses which identifier. Storefronts of one operation draw from its pools, and each storefront after the first
 * copies at least one strong identifier (e-mail, phone, address or payment account) from an earlier one, so every
 * operation is one connected network. Honest sellers get identifiers of their own. Some storefronts of both kinds
 * give the marketplace's support e-mail or address (the hub), and a few honest sellers' values are unusable (rejects).
 */
import { randomAddress } from './identifiers/address';
import { INVALID_EMAILS } from './identifiers/email';
import { BANKS, randomIban, type BankSpec } from './identifiers/iban';
import { INVALID_PHONES, randomPhone } from './identifiers/phone';
import { businessEmail, shopDomain } from './operations';
import type { Random } from './random';
import { unique, type Registry } from './registry';
import { MARKETPLACES, type CountryCode, type MarketplaceId } from './vocab/marketplaces';
import type { Hub, Operation, Storefront, StorefrontContact } from './world';

type LinkField = 'email' | 'phone' | 'address' | 'iban';
const LINK_FIELDS: readonly LinkField[] = ['email', 'phone', 'address', 'iban'];
const LINK_WEIGHTS: readonly number[] = [3, 3, 1, 2];

/** Only the cross-marketplace report has a payment-account column (from test purchases). */
export function hasPaymentColumn(platform: MarketplaceId): boolean {
  return MARKETPLACES[platform].sellerFile === 'report';
}

/** The Mercado Livre export has no storefront-URL column: a bio linking there would tie to nothing. */
export function hasUrlColumn(platform: MarketplaceId): boolean {
  return MARKETPLACES[platform].sellerFile !== 'mercadolivre';
}

function linkable(field: LinkField, a: Storefront, b: Storefront, hubUsers: ReadonlySet<number>): boolean {
  if (b.contact[field] === undefined) return false;
  if (field === 'email') return !hubUsers.has(a.index) && !hubUsers.has(b.index);
  if (field === 'iban') return hasPaymentColumn(a.platform) && hasPaymentColumn(b.platform);
  return true;
}

export function assignOperationContacts(
  random: Random,
  registry: Registry,
  operation: Operation,
  fronts: readonly Storefront[],
  hub: Hub,
): void {
  const amazon = fronts.filter((front) => front.platform === 'amazon.de');
  const hubUsers = new Set(amazon.filter(() => random.chance(0.12)).map((front) => front.index));
  // The first two operations always show the hub, so even the smallest world has it across two networks.
  const firstAmazon = amazon[0];
  if (operation.index < 2 && firstAmazon !== undefined) hubUsers.add(firstAmazon.index);

  fronts.forEach((front, n) => {
    const contact: StorefrontContact = front.contact;
    const usesHub = hubUsers.has(front.index);
    contact.email = usesHub
      ? hub.email
      : random.chance(0.2)
        ? businessEmail(random, registry, operation.home, front.company.director, operation.domain)
        : random.pick(operation.emails);
    contact.phone = random.chance(0.15) ? undefined : random.pick(operation.phones);
    contact.address = random.pick(operation.addresses);
    if (front.platform === 'amazon.de') {
      contact.serviceAddress =
        usesHub || random.chance(0.15)
          ? hub.address
          : random.chance(0.6)
            ? operation.returnAddress
            : contact.address;
    }
    if (hasPaymentColumn(front.platform) && random.chance(0.85)) contact.iban = random.pick(operation.ibans);

    const earlier = n > 0 ? fronts[random.int(0, n - 1)] : undefined;
    if (earlier === undefined) return;
    const fields = LINK_FIELDS.filter((field) => linkable(field, front, earlier, hubUsers));
    const weights = fields.map((field) => LINK_WEIGHTS[LINK_FIELDS.indexOf(field)] ?? 1);
    const field = random.weighted(fields, weights);
    switch (field) {
      case 'email':
        contact.email = earlier.contact.email;
        break;
      case 'phone':
        contact.phone = earlier.contact.phone;
        break;
      case 'address':
        contact.address = earlier.contact.address;
        break;
      case 'iban':
        contact.iban = earlier.contact.iban;
        break;
    }
  });
}

function honestBanks(country: CountryCode): readonly BankSpec[] {
  if (country === 'PL') return BANKS.PL;
  if (country === 'GB') return BANKS.GB;
  if (country === 'BR') return BANKS.BR;
  return BANKS.DE;
}

/** Honest sellers: every identifier their own; the first two on amazon.de give the hub e-mail and address. */
export function assignHonestContacts(
  random: Random,
  registry: Registry,
  honest: readonly Storefront[],
  hub: Hub,
): void {
  let forcedHub = 0;
  for (const front of honest) {
    const contact: StorefrontContact = front.contact;
    const country = front.country;
    const ownDomain = random.chance(0.5) ? shopDomain(random, registry, country, front.company) : undefined;
    contact.email = businessEmail(random, registry, country, front.company.director, ownDomain);
    if (random.chance(0.9)) contact.phone = unique(registry, 'phone', () => randomPhone(random, country));
    contact.address = unique(registry, 'address', () => randomAddress(random, country));
    if (front.platform === 'amazon.de') {
      const forced = forcedHub < 2;
      if (forced) forcedHub++;
      if (forced || random.chance(0.15)) contact.email = hub.email;
      contact.serviceAddress = forced || random.chance(0.35) ? hub.address : contact.address;
    }
    if (hasPaymentColumn(front.platform) && random.chance(0.7)) {
      contact.iban = unique(registry, 'iban', () => randomIban(random, honestBanks(country)));
    }
  }
}

/** Amazon first: the German export is the file most people try first, so it always shows a reject. */
function amazonFirst(fronts: readonly Storefront[]): Storefront[] {
  const first = fronts.find((front) => front.platform === 'amazon.de');
  return first === undefined ? [...fronts] : [first, ...fronts.filter((front) => front !== first)];
}

/** Replaces a few honest sellers' e-mails and phones with values the import must reject. */
export function plantInvalidValues(random: Random, honest: readonly Storefront[], hub: Hub): void {
  const count = Math.min(honest.length, Math.max(3, Math.round(honest.length * 0.08)));
  amazonFirst(random.shuffle(honest.filter((front) => front.contact.email !== hub.email)))
    .slice(0, count)
    .forEach((front, n) => {
      front.contact.invalidEmail = INVALID_EMAILS[n % INVALID_EMAILS.length];
    });
  amazonFirst(random.shuffle(honest))
    .slice(0, count)
    .forEach((front, n) => {
      front.contact.invalidPhone = INVALID_PHONES[n % INVALID_PHONES.length];
    });
}
