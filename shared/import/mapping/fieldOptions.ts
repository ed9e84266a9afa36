/**
 * The choices of the mapping step: every field of every slot a row can describe, labelled the way an investigator
 * reads them ("Seller › E-mail"), identifiers marked as such.
 */
import { KINDS, type EntityKind } from '../../model';
import { SLOT_KINDS } from './guessMapping';

export type FieldOption = Readonly<{ value: `${string}.${string}`; label: string; identifier: boolean }>;
export type FieldGroup = Readonly<{ slot: string; label: string; options: readonly FieldOption[] }>;

const SLOT_LABELS: Readonly<Record<string, string>> = {
  seller: 'Seller',
  listing: 'Listing',
  social: 'Social account',
  shipment: 'Shipment / seizure',
  shipper: 'Shipper',
  consignee: 'Consignee',
  person: 'Person',
  organization: 'Organization',
  product: 'Product',
};

const IDENTIFIERS: ReadonlyArray<readonly [string, string]> = [
  ['email', 'E-mail'],
  ['phone', 'Phone'],
  ['address', 'Address'],
  ['paymentAccount', 'Payment account'],
  ['url', 'URL'],
  ['domain', 'Domain'],
  ['username', 'Username / @handle'],
  ['ipAddress', 'IP address'],
  ['image', 'Image SHA-256'],
  ['image.perceptualHash', 'Image perceptual hash'],
  ['image.fileName', 'Image file name'],
];

/** `storefrontName` -> `Storefront name`. */
function humanize(prop: string): string {
  const words = prop.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function slotLabel(slot: string): string {
  return SLOT_LABELS[slot] ?? humanize(slot);
}

export function fieldGroups(): FieldGroup[] {
  return Object.entries(SLOT_KINDS).map(([slot, kind]: [string, EntityKind]) => {
    const props = KINDS[kind].props.filter((prop) => prop !== 'platform' || kind !== 'listing');
    const label = slotLabel(slot);
    return {
      slot,
      label,
      options: [
        ...props.map((prop) => ({
          value: `${slot}.${prop}` as const,
          label: `${label} › ${humanize(prop)}`,
          identifier: false,
        })),
        ...IDENTIFIERS.map(([field, name]) => ({
          value: `${slot}.${field}` as const,
          label: `${label} › ${name} (identifier)`,
          identifier: true,
        })),
      ],
    };
  });
}
