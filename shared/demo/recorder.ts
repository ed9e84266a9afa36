/**
 * Collects, while files are written, where each identifier went and how it was spelled, and which listings, catalog
 * products and reseller authorizations went into which rows. The truth is compiled from these records rather than
 * from the plan, so it describes the files exactly — including a value that a writer left out of a row.
 */
import type { SourceLocator } from '../model';
import type { DemoTruth, StorefrontRef, TruthDuplicate, TruthOccurrence, TruthReject } from './truth';
import type { Currency } from './vocab/marketplaces';
import type { Product } from './vocab/products';
import type { WorldIdentifier } from './world';

export type Recorded = TruthOccurrence & Readonly<{ identifier: WorldIdentifier }>;

/** A listing as the scrape wrote it, with what pricing and brand checks need to know about it. */
export type RecordedListing = Readonly<{
  file: string;
  locator: SourceLocator;
  listingId: string;
  storefront: StorefrontRef;
  /** Index of the operation behind the storefront; undefined for an honest seller. */
  operation: number | undefined;
  /** The genuine product it offers or imitates. */
  product: Product;
  /** The brand cell as written (`Nordvik®`, `Aurel1o` on counterfeits). */
  claimedBrand: string;
  /** The price as a number, in `currency`. */
  amount: number;
  currency: Currency;
}>;

/** One row of the rights holders' product catalog. */
export type RecordedCatalogEntry = Readonly<{ file: string; locator: SourceLocator; product: Product }>;

/** One row of the authorized-resellers list: a storefront the rights holder of `brand` authorized. */
export type RecordedAuthorization = Readonly<{
  file: string;
  locator: SourceLocator;
  storefront: StorefrontRef;
  brand: string;
}>;

export type Recorder = Readonly<{
  occurrences: Recorded[];
  rejects: TruthReject[];
  duplicates: TruthDuplicate[];
  brokenLines: DemoTruth['noise']['brokenLines'][number][];
  /** Operation index -> ids of the FollowTheMoney entities / STIX objects that describe it. */
  objectIds: Readonly<{ ftm: Map<number, string[]>; stix: Map<number, string[]> }>;
  /** Operation index -> evidence files captured from its storefronts. */
  evidence: Map<number, string[]>;
  listings: RecordedListing[];
  catalog: RecordedCatalogEntry[];
  authorizations: RecordedAuthorization[];
  use(identifier: WorldIdentifier, occurrence: TruthOccurrence): void;
}>;

export function createRecorder(): Recorder {
  const occurrences: Recorded[] = [];
  return {
    occurrences,
    rejects: [],
    duplicates: [],
    brokenLines: [],
    objectIds: { ftm: new Map(), stix: new Map() },
    evidence: new Map(),
    listings: [],
    catalog: [],
    authorizations: [],
    use: (identifier, occurrence) => {
      occurrences.push({ ...occurrence, identifier });
    },
  };
}

/** Appends to a list kept in a map, creating it on first use. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
