/**
 * Parcels and seizures. An operation's shipments name one of its front companies as shipper, from an address and
 * with a phone its storefronts also use; many go to one freight forwarder near Frankfurt airport (the second hub).
 * Some are seized by customs, and the seizure list cites their tracking numbers.
 */
import { assertNever } from '../assertNever';
import { addDays, randomDay } from './dates';
import { randomAddress, type Address } from './identifiers/address';
import { fullName, randomPerson } from './parties';
import type { Random } from './random';
import { unique, type Registry } from './registry';
import { MARKETPLACES, type CountryCode } from './vocab/marketplaces';
import { PRODUCTS, type Product } from './vocab/products';
import type { Carrier, Forwarder, Operation, Seizure, Shipment, Storefront } from './world';

/** UPU S10 check digit: weights 8 6 4 2 3 5 9 7 over the serial. */
export function s10CheckDigit(serial: string): number {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  let sum = 0;
  for (let i = 0; i < serial.length; i++) sum += Number(serial.charAt(i)) * (weights[i] ?? 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

function trackingNumber(random: Random, carrier: Carrier, domestic: boolean): string {
  switch (carrier) {
    case 'China Post': {
      const serial = random.digits(8, true);
      return `${random.pick(['LX', 'LY', 'RB', 'RR', 'LZ'])}${serial}${s10CheckDigit(serial)}CN`;
    }
    case 'Correios': {
      const serial = random.digits(8, true);
      return `${random.pick(['LB', 'NX', 'QB', 'NL'])}${serial}${s10CheckDigit(serial)}BR`;
    }
    case 'Cainiao':
      return `LP00${random.digits(12, true)}`;
    case 'DHL':
      // DHL Paket numbers for parcels within Germany, DHL Express waybills across borders.
      return domestic ? `00340434${random.digits(12, true)}` : random.digits(10);
    default:
      return assertNever(carrier, 'carrier');
  }
}

function carrierFor(random: Random, origin: CountryCode): Carrier {
  if (origin === 'CN') return random.pick<Carrier>(['China Post', 'Cainiao']);
  if (origin === 'BR') return 'Correios';
  return 'DHL';
}

const PORTS: Readonly<Record<CountryCode, readonly string[]>> = {
  DE: ['Frankfurt am Main, Flughafen', 'Leipzig/Halle, Flughafen', 'Köln/Bonn, Flughafen', 'Hamburg, Hafen'],
  GB: ['London Heathrow', 'East Midlands Airport'],
  PL: ['Warszawa-Okęcie', 'Małaszewicze'],
  BR: ['Aeroporto de Guarulhos', 'Porto de Santos'],
  CN: ['Shenzhen Bao’an'],
  LU: ['Luxembourg-Findel'],
};

const SEIZURE_PREFIX: Readonly<Record<CountryCode, string>> = {
  DE: 'DE-ZOLL',
  GB: 'GB-BF',
  PL: 'PL-KAS',
  BR: 'BR-RFB',
  CN: 'CN-GACC',
  LU: 'LU-ADA',
};

type Party = Readonly<{ name: string; address: Address }>;

function buyer(random: Random, registry: Registry, country: CountryCode): Party {
  return {
    name: fullName(randomPerson(random, country)),
    address: unique(registry, 'address', () => randomAddress(random, country)),
  };
}

export type ShipmentPlan = Readonly<{
  operation: Operation | undefined;
  shipper: Party & Readonly<{ phone?: Shipment['shipperPhone'] }>;
  origin: CountryCode;
  destinations: readonly CountryCode[];
  /** Force the forwarder as consignee (used to guarantee the hub is visible). */
  viaForwarder: boolean;
  /** A fixed consignee: the operation itself, for stock it imports from its supplier. */
  consignee?: Party;
}>;

export function makeShipment(
  random: Random,
  registry: Registry,
  plan: ShipmentPlan,
  forwarder: Forwarder,
  index: number,
): Shipment {
  const destination = plan.viaForwarder ? 'DE' : random.pick(plan.destinations);
  const carrier = carrierFor(random, plan.origin);
  const product: Product | undefined =
    plan.operation !== undefined
      ? random.pick(plan.operation.products)
      : random.chance(0.5)
        ? random.pick(PRODUCTS)
        : undefined;
  const quantity = plan.operation !== undefined ? random.int(5, 60) : random.int(1, 4);
  const useForwarder =
    plan.viaForwarder || (plan.consignee === undefined && destination === 'DE' && random.chance(0.45));
  const consignee: Party = useForwarder
    ? forwarder
    : (plan.consignee ??
      (plan.operation !== undefined && destination === 'DE' && random.chance(0.4)
        ? {
            name: random.pick(['Retourenlager', 'Lager', 'Warenannahme']),
            address: plan.operation.returnAddress,
          }
        : buyer(random, registry, destination)));
  const consigneeName =
    useForwarder && plan.operation !== undefined && random.chance(0.5)
      ? `${forwarder.name} c/o ${fullName(randomPerson(random, 'DE'))}`
      : consignee.name;
  const tracking = unique(registry, 'tracking', () => ({
    key: trackingNumber(random, carrier, plan.origin === destination),
  })).key;
  const weight = (product?.weightKg ?? 0.5) * quantity * (random.int(90, 115) / 100);
  return {
    index,
    trackingNumber: tracking,
    carrier,
    operation: plan.operation?.index,
    shipperName: plan.shipper.name,
    shipperAddress: plan.shipper.address,
    ...(plan.shipper.phone !== undefined ? { shipperPhone: plan.shipper.phone } : {}),
    consigneeName,
    consigneeAddress: consignee.address,
    origin: plan.origin,
    destination,
    content:
      product !== undefined && plan.operation !== undefined
        ? random.pick(product.declared)
        : random.pick(['Books', 'Documents', 'Spare parts', 'Gift']),
    // Counterfeiters declare a fraction of the value to stay under customs thresholds.
    declaredValue: plan.operation !== undefined ? random.int(500, 4500) / 100 : random.int(1000, 30000) / 100,
    currency: plan.origin === 'BR' ? 'BRL' : plan.origin === 'CN' ? 'USD' : 'EUR',
    weightKg: Math.round(weight * 100) / 100,
    shippedAt: randomDay(random, '2026-01-05', '2026-03-02'),
    product,
    quantity,
  };
}

const CUSTOMS_UNION: ReadonlySet<CountryCode> = new Set<CountryCode>(['DE', 'PL', 'LU']);

/** Only a parcel that enters a customs territory from outside can be seized at its border. */
export function crossesCustoms(shipment: Pick<Shipment, 'origin' | 'destination'>): boolean {
  if (shipment.origin === shipment.destination) return false;
  return !(CUSTOMS_UNION.has(shipment.origin) && CUSTOMS_UNION.has(shipment.destination));
}

/** Factories get names of their own, so that a supplier never looks like an operation's front company. */
function supplierName(random: Random, registry: Registry): string {
  return unique(registry, 'company', (attempt) => {
    const word = random.pick([
      'Xinghe',
      'Dafeng',
      'Jinlong',
      'Huamei',
      'Yuanda',
      'Tengfei',
      'Hongxing',
      'Fuda',
    ]);
    const kind = random.pick([
      'Garment Factory',
      'Leather Products Factory',
      'Electronics Factory',
      'Watch Co.',
    ]);
    const name = `${random.pick(['Putian', 'Dongguan', 'Guangzhou', 'Yiwu'])} ${word}${attempt > 3 ? ` ${random.int(2, 99)}` : ''} ${kind}`;
    return { key: name.toLowerCase(), name };
  }).name;
}

/**
 * The parcels of one operation. Operations in China and Brazil ship their goods out themselves: a front company
 * is the shipper, from an address and phone its storefronts also use. Operations in Germany and Poland import from
 * a supplier in China — they are the consignee, at an address of their storefronts — and send parcels on.
 */
export function operationShipmentPlans(
  random: Random,
  registry: Registry,
  operation: Operation,
  fronts: readonly Storefront[],
): ShipmentPlan[] {
  const usedAddresses = [
    ...new Map(
      fronts.flatMap((f) => (f.contact.address ? [f.contact.address] : [])).map((a) => [a.key, a]),
    ).values(),
  ];
  const usedPhones = [
    ...new Map(
      fronts.flatMap((f) => (f.contact.phone ? [f.contact.phone] : [])).map((p) => [p.key, p]),
    ).values(),
  ];
  const addresses = usedAddresses.length > 0 ? usedAddresses : operation.addresses;
  const destinations = [...new Set(operation.marketplaces.map((id) => MARKETPLACES[id].country))];
  const importer = operation.home === 'DE' || operation.home === 'PL';
  const supplier: Party = {
    name: supplierName(random, registry),
    address: unique(registry, 'address', () => randomAddress(random, 'CN')),
  };
  const forwarded = importer ? 1 : 0;
  const count = Math.max(importer ? 2 : 1, Math.round(fronts.length * 0.8));
  return Array.from({ length: count }, (_, n): ShipmentPlan => {
    const company = random.pick(operation.companies);
    if (importer && n % 2 === 0) {
      return {
        operation,
        shipper: supplier,
        origin: 'CN',
        destinations: [operation.home],
        viaForwarder: false,
        consignee: { name: random.pick(company.variants), address: random.pick(addresses) },
      };
    }
    const phone = usedPhones.length > 0 && random.chance(0.7) ? random.pick(usedPhones) : undefined;
    return {
      operation,
      shipper: {
        name: random.pick(company.variants),
        address: random.pick(addresses),
        ...(phone !== undefined ? { phone } : {}),
      },
      origin: operation.home,
      destinations,
      viaForwarder: n === forwarded && operation.index < 2,
    };
  });
}

/** A seizure of `shipment`, or with no shipment one that customs could not tie to any parcel. */
export function makeSeizure(
  random: Random,
  registry: Registry,
  shipment: Shipment | undefined,
  fallbackCountry: CountryCode,
): Seizure {
  const country = shipment?.destination ?? fallbackCountry;
  const product = shipment?.product ?? random.pick(PRODUCTS);
  const quantity = shipment?.quantity ?? random.int(20, 400);
  const id = unique(registry, 'seizure', () => ({
    key: `${SEIZURE_PREFIX[country]}-2026-${random.digits(6, true)}`,
  })).key;
  const tracking = shipment?.trackingNumber;
  const spelling =
    tracking === undefined
      ? ''
      : random.chance(0.15)
        ? tracking.replace(/^([A-Z]{2})(\d{3})(\d{3})(\d{3})([A-Z]{2})$/, '$1 $2 $3 $4 $5').toLowerCase()
        : tracking;
  return {
    id,
    date: addDays(shipment?.shippedAt ?? randomDay(random, '2026-01-10', '2026-03-05'), random.int(2, 9)),
    port: random.pick(PORTS[country]),
    commodity: product.commodity,
    brand: product.brand,
    quantity,
    msrpValue: quantity * product.msrp,
    origin: shipment?.origin ?? random.pick<CountryCode>(['CN', 'CN', 'BR', 'PL']),
    trackingNumber: tracking,
    trackingSpelling: spelling,
    operation: shipment?.operation,
    outcome: random.pick(['destroyed', 'detained', 'pending', 'abandoned by importer']),
  };
}
