/**
 * Builds the whole world from a seed, in linear time: operations, storefronts (shuffled, so files do not list an
 * operation's storefronts together), contacts, social accounts, shipments and seizures.
 */
import { address } from './identifiers/address';
import { email } from './identifiers/email';
import { assignHonestContacts, assignOperationContacts, plantInvalidValues } from './contacts';
import {
  crossesCustoms,
  makeSeizure,
  makeShipment,
  operationShipmentPlans,
  type ShipmentPlan,
} from './logistics';
import { makeOperation, operationSizes } from './operations';
import { makeCompany, randomPerson } from './parties';
import { createRandom, type Random } from './random';
import { createRegistry } from './registry';
import { makeOperationSocials, makeUnrelatedSocials } from './social';
import { makeStorefrontIdentity } from './storefronts';
import { MARKETPLACE_IDS, MARKETPLACES, type MarketplaceId } from './vocab/marketplaces';
import { PRODUCTS } from './vocab/products';
import type { Forwarder, Hub, Operation, Seizure, Shipment, Social, Storefront, World } from './world';

export type WorldOptions = Readonly<{ seed: number; sellers: number; listingsPerSeller: number }>;

/** The marketplace's support desk that many unrelated sellers name as their own contact. */
export const HUB: Hub = {
  name: 'Marketplace Seller Services S.à r.l.',
  email: email('seller-support@marketplace-service.eu'),
  address: address('LU', {
    style: 'LU',
    number: '38',
    street: 'Avenue John F. Kennedy',
    postcode: '1855',
    town: 'Luxembourg',
  }),
};

/** The freight forwarder near Frankfurt airport that receives parcels for operations and honest importers alike. */
export const FORWARDER: Forwarder = {
  name: 'Rhein-Main Cargo Logistics GmbH',
  address: address('DE', {
    style: 'DE',
    street: 'Langer Kornweg',
    number: '34',
    postcode: '65451',
    town: 'Kelsterbach',
  }),
};

type Slot = Readonly<{ platform: MarketplaceId; operation: Operation | undefined }>;

function slotsFor(
  random: Random,
  operations: readonly Operation[],
  sizes: readonly number[],
  sellers: number,
): Slot[] {
  const slots: Slot[] = [];
  let used = 0;
  for (const operation of operations) {
    const size = sizes[operation.index] ?? 0;
    for (let n = 0; n < size; n++) {
      // Each chosen marketplace gets one storefront first, so an operation really spans them all.
      const platform = operation.marketplaces[n] ?? random.pick(operation.marketplaces);
      slots.push({ platform, operation });
    }
    used += size;
  }
  const honestWeights = MARKETPLACE_IDS.map((id) =>
    id === 'amazon.de' ? 3.5 : id === 'ebay.de' ? 2 : id === 'mercadolivre.com.br' ? 2 : 1.25,
  );
  for (let n = 0; used + n < sellers; n++) {
    // The first two honest sellers are on amazon.de, where the hub lives.
    slots.push({
      platform: n < 2 ? 'amazon.de' : random.weighted(MARKETPLACE_IDS, honestWeights),
      operation: undefined,
    });
  }
  return random.shuffle(slots);
}

export function buildWorld(options: WorldOptions): World {
  const { seed, sellers, listingsPerSeller } = options;
  const registry = createRegistry();
  registry.claim('email', HUB.email.key);
  registry.claim('address', HUB.address.key);
  registry.claim('address', FORWARDER.address.key);
  registry.claim('company', HUB.name.toLowerCase());
  registry.claim('company', FORWARDER.name.toLowerCase());

  const sizes = operationSizes(createRandom(seed, 'sizes'), sellers);
  const idWidth = Math.max(2, String(sizes.length).length);
  const operations = sizes.map((size, index) =>
    makeOperation(createRandom(seed, 'operation', index), registry, index, size, idWidth),
  );

  const storefrontRandom = createRandom(seed, 'storefronts');
  const slots = slotsFor(storefrontRandom, operations, sizes, sellers);
  const storefronts: Storefront[] = slots.map((slot, index) => {
    const random = storefrontRandom.fork(index);
    const identity = makeStorefrontIdentity(random, registry, slot.platform);
    const operation = slot.operation;
    const country = operation?.home ?? MARKETPLACES[slot.platform].country;
    const company =
      operation !== undefined
        ? random.pick(operation.companies)
        : makeCompany(random, registry, country, randomPerson(random, country));
    operation?.storefronts.push(index);
    return {
      index,
      platform: slot.platform,
      sellerId: identity.sellerId,
      name: identity.name,
      url: identity.url,
      operation: operation?.index,
      company,
      companySpelling: operation !== undefined ? random.pick(company.variants) : company.name,
      country,
      rating: operation !== undefined ? random.int(36, 49) / 10 : random.int(42, 50) / 10,
      feedbackCount: random.skewed(3, 4000),
      products: operation?.products ?? random.sample(PRODUCTS, random.int(1, 3)),
      contact: {},
    };
  });

  const contactRandom = createRandom(seed, 'contacts');
  const frontsOf = (operation: Operation): Storefront[] =>
    operation.storefronts.flatMap((index) => storefronts[index] ?? []);
  for (const operation of operations) {
    assignOperationContacts(
      contactRandom.fork(operation.index),
      registry,
      operation,
      frontsOf(operation),
      HUB,
    );
  }
  const honest = storefronts.filter((front) => front.operation === undefined);
  assignHonestContacts(contactRandom.fork('honest'), registry, honest, HUB);
  plantInvalidValues(contactRandom.fork('invalid'), honest, HUB);

  const socialRandom = createRandom(seed, 'socials');
  const socials: Social[] = [];
  for (const operation of operations) {
    const made = makeOperationSocials(
      socialRandom.fork(operation.index),
      registry,
      operation,
      frontsOf(operation),
      HUB.email.key,
      socials.length,
    );
    for (const social of made) operation.socials.push(social.index);
    socials.push(...made);
  }
  socials.push(
    ...makeUnrelatedSocials(
      socialRandom.fork('unrelated'),
      registry,
      Math.max(3, Math.round(operations.length * 0.8)),
      honest,
      HUB.email.key,
      socials.length,
    ),
  );

  const shipRandom = createRandom(seed, 'shipments');
  const shipments: Shipment[] = [];
  const seizures: Seizure[] = [];
  for (const operation of operations) {
    const random = shipRandom.fork(operation.index);
    const plans = operationShipmentPlans(random, registry, operation, frontsOf(operation));
    const made = plans.map((plan) => {
      const shipment = makeShipment(random, registry, plan, FORWARDER, shipments.length);
      shipments.push(shipment);
      operation.shipments.push(shipment.index);
      return shipment;
    });
    const seizable = made.filter(crossesCustoms);
    const seized = seizable.filter(() => random.chance(0.4));
    // The first two operations always have a seizure: journey 1 needs a parcel stopped at the border.
    const fallback = seizable[seizable.length - 1];
    if (seized.length === 0 && operation.index < 2 && fallback !== undefined) seized.push(fallback);
    for (const shipment of seized) seizures.push(makeSeizure(random, registry, shipment, 'DE'));
  }
  const otherRandom = shipRandom.fork('other');
  const otherCount = Math.max(3, Math.round(honest.length * 0.3));
  for (let n = 0; n < otherCount; n++) {
    const front = honest[n % Math.max(1, honest.length)];
    const shipperCompany =
      front?.company ?? makeCompany(otherRandom, registry, 'DE', randomPerson(otherRandom, 'DE'));
    const plan: ShipmentPlan = {
      operation: undefined,
      shipper: { name: shipperCompany.name, address: front?.contact.address ?? FORWARDER.address },
      origin: front?.country ?? 'DE',
      destinations: ['DE'],
      viaForwarder: n === 0 || otherRandom.chance(0.3),
    };
    shipments.push(makeShipment(otherRandom, registry, plan, FORWARDER, shipments.length));
  }
  // Seizures customs could not tie to a parcel in the carrier's extract: no tracking number at all.
  const unlinked = Math.max(1, Math.round(seizures.length * 0.2));
  for (let n = 0; n < unlinked; n++) seizures.push(makeSeizure(otherRandom, registry, undefined, 'DE'));

  return {
    seed,
    sellers,
    listingsPerSeller,
    operations,
    storefronts,
    socials,
    shipments,
    seizures,
    hub: HUB,
    forwarder: FORWARDER,
  };
}
