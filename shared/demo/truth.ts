/**
 * What the generator planted, exactly: the answer key that link-analysis tests score precision and recall against.
 *
 * Identifiers are listed with their `normalized` key (lower-case e-mail, E.164 phone, IBAN without spaces, the demo's
 * address key, URL without scheme and `www.`, image SHA-256) and every `raw` spelling the files contain, and with
 * each place they were written (`occurrences`), so a test can check both that normalization merges the spellings
 * and that analysis joins the right accounts.
 */
import type { SourceLocator } from '../model';
import type { Currency, Home, MarketplaceId, SocialPlatform } from './vocab/marketplaces';

/** A storefront, as a seller file identifies it. */
export type StorefrontRef = Readonly<{ platform: MarketplaceId; sellerId: string }>;
export type SocialRef = Readonly<{ platform: SocialPlatform; handle: string }>;

/** The identifier kinds the demo plants (all are Casegraph identifier kinds). */
export type DemoIdentifierKind =
  'email' | 'phone' | 'address' | 'paymentAccount' | 'url' | 'domain' | 'image';

/** Whose record an identifier was written in. */
export type TruthSubject =
  | Readonly<{ type: 'storefront'; platform: MarketplaceId; sellerId: string }>
  | Readonly<{ type: 'social'; platform: SocialPlatform; handle: string }>
  | Readonly<{ type: 'shipment'; trackingNumber: string }>
  /** A FollowTheMoney entity or STIX object, by its id. */
  | Readonly<{ type: 'object'; id: string }>;

/** One place an identifier was written. */
export type TruthOccurrence = Readonly<{
  file: string;
  locator: SourceLocator;
  /** The column, or the JSON field path within the record. */
  field: string;
  /** Exactly what the file holds there (for `mentions`, a substring of the free text). */
  raw: string;
  /** `uses` for a field that names the identifier, `mentions` for one found in free text. */
  link: 'uses' | 'mentions';
  subject: TruthSubject;
}>;

export type TruthIdentifier = Readonly<{
  kind: DemoIdentifierKind;
  normalized: string;
  /** Every distinct spelling in the files. */
  raw: readonly string[];
  /** The storefronts whose rows carry it (at least two for a shared identifier). */
  storefronts: readonly StorefrontRef[];
  socialAccounts: readonly SocialRef[];
  occurrences: readonly TruthOccurrence[];
}>;

/** A social account of an operation and the identifiers that tie it to the operation's storefronts. */
export type TruthSocialAccount = SocialRef &
  Readonly<{
    via: readonly Readonly<{ kind: DemoIdentifierKind; normalized: string; link: 'uses' | 'mentions' }>[];
  }>;

export type TruthImage = Readonly<{
  sha256: string;
  perceptualHash: string;
  product: string;
  /** Set on a re-encoded copy: the SHA-256 of the photo it looks like. */
  variantOf?: string;
}>;

export type TruthSeizure = Readonly<{ seizureId: string; trackingNumber: string }>;

export type TruthOperation = Readonly<{
  id: string;
  home: Home;
  /** Registered names of its front companies. */
  companies: readonly string[];
  marketplaces: readonly MarketplaceId[];
  storefronts: readonly StorefrontRef[];
  socialAccounts: readonly TruthSocialAccount[];
  /** Identifiers carried by the rows of two or more of its storefronts: the links analysis should find. */
  sharedIdentifiers: readonly TruthIdentifier[];
  /** Product photos its listings reuse, with their look-alike re-encodings. */
  images: readonly TruthImage[];
  /** Tracking numbers of its parcels in the carrier extract. */
  waybills: readonly string[];
  seizures: readonly TruthSeizure[];
  /** Ids of the FollowTheMoney entities and STIX objects that describe it. */
  ftmIds: readonly string[];
  stixIds: readonly string[];
  /** Evidence files (screenshots, saved pages, imprints) captured from its storefronts. */
  evidence: readonly string[];
}>;

export type TruthHubRole =
  'marketplace support e-mail' | 'marketplace support address' | 'freight forwarder address';

/** A value shared by unrelated parties: it must be weighted down, never allowed to merge networks. */
export type TruthHub = Readonly<{
  role: TruthHubRole;
  kind: DemoIdentifierKind;
  normalized: string;
  raw: readonly string[];
  storefronts: readonly StorefrontRef[];
  /** Operations whose storefronts or parcels carry it. */
  operations: readonly string[];
  honestSellers: readonly StorefrontRef[];
  trackingNumbers: readonly string[];
}>;

export type TruthReject = Readonly<{
  kind: 'email' | 'phone';
  file: string;
  locator: SourceLocator;
  field: string;
  value: string;
  subject: StorefrontRef;
}>;

export type TruthDuplicate = Readonly<{
  file: string;
  locators: readonly SourceLocator[];
  subject: TruthSubject;
}>;

/** A product of the rights holders' catalog, as the catalog file lists it. */
export type TruthProduct = Readonly<{
  brand: string;
  name: string;
  /** The article number (the rights holder's model number, which listings show as their model). */
  sku: string;
  gtin: string;
  msrp: number;
  currency: 'EUR';
  locator: SourceLocator;
}>;

/** A listing priced far under the recommended retail price of the product it offers. */
export type TruthUnderpricedListing = Readonly<{
  platform: MarketplaceId;
  listingId: string;
  /** Where the listings scrape holds it. */
  locator: SourceLocator;
  storefront: StorefrontRef;
  /** The operation behind the storefront; absent for an honest shop clearing old stock. */
  operation?: string;
  /** The catalog product it offers, by GTIN — whatever EAN the listing itself shows (often none, or a made-up one). */
  gtin: string;
  /** The price as displayed, as a number, in `currency` (the marketplace's, even where the currency cell is empty). */
  price: number;
  currency: Currency;
  /** `price` in euros at `TruthPricing.eurRates`, to the cent. */
  priceEur: number;
  msrp: number;
  /** `priceEur / msrp`, to three decimals. */
  ratio: number;
}>;

/** The "listing price far under the rights holder's price" signal, answered. */
export type TruthPricing = Readonly<{
  catalogFile: string;
  listingsFile: string;
  /** Far under means below this share of the MSRP (the analysis default, `signals.underpricedRatio`). */
  threshold: number;
  /** Units of each currency per euro: the fixed rates the listings were priced with. MSRPs are in euros. */
  eurRates: Readonly<Record<Currency, number>>;
  catalog: readonly TruthProduct[];
  /**
   * Every listing under the threshold, in scrape order. Not the same as the operations' listings: a few
   * counterfeits ask nearly full price, and an honest shop may clear stock at under half.
   */
  underpriced: readonly TruthUnderpricedListing[];
}>;

/** A storefront whose listings claim a catalog brand its rights holder has not authorized it for. */
export type TruthUnauthorizedSeller = Readonly<{
  storefront: StorefrontRef;
  /** The operation behind it; absent for an honest seller (none in the demo: they are authorized for their stock). */
  operation?: string;
  /** The catalog brands it offers without authorization. */
  brands: readonly string[];
  /** How its listings write them, as the scrape holds them (`Nordvik®`, `NORDVIK`, `Aurel1o`). */
  claimed: readonly string[];
  /** Its listings that do so. */
  listingIds: readonly string[];
}>;

/** The "claimed brand not matching the seller's authorization" signal, answered. */
export type TruthAuthorization = Readonly<{
  file: string;
  /** Every storefront the resellers list names, with the brands it is authorized for. */
  authorized: readonly Readonly<{ storefront: StorefrontRef; brands: readonly string[] }>[];
  unauthorized: readonly TruthUnauthorizedSeller[];
}>;

export type DemoTruth = Readonly<{
  seed: number;
  sellers: number;
  listingsPerSeller: number;
  operations: readonly TruthOperation[];
  honestSellers: readonly StorefrontRef[];
  /** Social accounts that promote no operation (some belong to honest shops). */
  unrelatedSocialAccounts: readonly SocialRef[];
  hubs: readonly TruthHub[];
  /** Tracking numbers in the carrier extract that belong to no operation. */
  otherWaybills: readonly string[];
  /** Seizures with no operation (and no tracking number). */
  otherSeizures: readonly string[];
  pricing: TruthPricing;
  authorization: TruthAuthorization;
  noise: Readonly<{
    duplicates: readonly TruthDuplicate[];
    rejects: readonly TruthReject[];
    /** Lines of JSONL files that are not valid JSON (1-based). */
    brokenLines: readonly Readonly<{ file: string; line: number }>[];
  }>;
}>;
