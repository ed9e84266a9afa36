/**
 * How the columns of a file become entities. One row may describe several things at once — a listing, the seller
 * who sells it, that seller's e-mail and phone — so a mapping names *slots* (the things a row describes, each of one
 * kind) and maps each column to a field of a slot.
 *
 * A field is either a property of the slot's kind (`listing.price`, `seller.storefrontName`) or an identifier kind
 * (`seller.email`, `seller.phone`, `seller.paymentAccount`): identifiers become their own shared nodes, linked from
 * the slot with `uses`. Free-text properties can also be scanned for identifiers (`mentions` links).
 */
import type { EntityKind, LinkKind } from '../../model';

export type SlotName = string;

export type EntitySlot = Readonly<{
  /** A name unique within the mapping: `seller`, `listing`, `social`, `shipper`, `consignee`. */
  slot: SlotName;
  kind: EntityKind;
  /** The platform or carrier when the file itself does not say (a whole export from amazon.de). */
  platform?: string;
}>;

export type ColumnMapping = Readonly<{
  /** The column header, or the JSON field path, exactly as the parser reports it. */
  column: string;
  slot: SlotName;
  /** A property of the slot's kind, or an identifier kind (`email`, `phone`, `address`, …). */
  field: string;
  /** Why the identifier is used, kept on the link (`customer service`, `business address`); defaults to the column. */
  role?: string;
  /** Splits a cell holding several values (`a@x.com; b@y.com`); identifiers only. */
  split?: string;
  /** Also scan this free text for e-mails, phones, URLs and @handles (weaker `mentions` links). */
  scanText?: boolean;
}>;

/** A link between two slots of the same row (`seller sells listing`, `shipper ships shipment`). */
export type SlotRelation = Readonly<{ from: SlotName; kind: LinkKind; to: SlotName; role?: string }>;

export type ImportOptions = Readonly<{
  /** Region for phone numbers written without a country code (ISO 3166 alpha-2, e.g. `DE`). */
  region?: string;
  /** Decimal separator of numbers and prices; `auto` decides per column from the data. */
  decimal?: ',' | '.' | 'auto';
  /** How to read dates like 04/03/2026. */
  dateOrder?: 'DMY' | 'MDY' | 'YMD';
  /** Currency for prices written without one. */
  currency?: string;
}>;

export type Mapping = Readonly<{
  slots: readonly EntitySlot[];
  columns: readonly ColumnMapping[];
  relations: readonly SlotRelation[];
  options: ImportOptions;
}>;

/** A mapping saved under a name, chosen again automatically when a file with the same headers comes back. */
export type MappingTemplate = Readonly<{
  name: string;
  /** Headers of the file it was made for, normalized; the match is on this set. */
  headers: readonly string[];
  mapping: Mapping;
  createdAt: string;
  updatedAt: string;
}>;

/**
 * The compact form used in tests and fixtures: `slot.field`, e.g. `seller.email`, `listing.price`, `social.bio`.
 * A column mapped to `ignore` is left out.
 */
export type FieldRef = `${SlotName}.${string}`;
