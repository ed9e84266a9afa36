/**
 * The planted world the files are written from: operations and their storefronts, honest sellers, social accounts,
 * shipments and seizures, with every identifier as a value (not yet spelled). File writers spell the values in
 * each source's own noisy way; the truth is compiled from what they actually wrote.
 */
import type { Address } from './identifiers/address';
import type { Email } from './identifiers/email';
import type { Iban } from './identifiers/iban';
import type { Phone } from './identifiers/phone';
import type { CountryCode, Home, Language, MarketplaceId, SocialPlatform } from './vocab/marketplaces';
import type { Product } from './vocab/products';

/** A URL identifier; the key drops the scheme, `www.` and tracking parameters. */
export type WebUrl = Readonly<{ kind: 'url'; key: string; href: string }>;
export type Domain = Readonly<{ kind: 'domain'; key: string }>;

/** A product photo: the same bytes (SHA-256) reused across an operation's listings, and its perceptual hash. */
export type Photo = Readonly<{
  kind: 'image';
  key: string;
  perceptualHash: string;
  product: Product;
  /** What the operation's photographer called the file. */
  fileStem: string;
  /** Set on a re-encoded copy: a different SHA-256 with a near-identical perceptual hash (a look-alike). */
  variantOf?: string;
}>;

/** Any identifier the files carry. */
export type WorldIdentifier = Email | Phone | Address | Iban | WebUrl | Domain | Photo;

export type PersonName = Readonly<{ first: string; last: string; country: CountryCode | 'RU' }>;

export type Company = Readonly<{
  name: string;
  /** The name as other sources write it (upper case, legal form abbreviated, ASCII). */
  variants: readonly string[];
  country: CountryCode;
  registrationNumber: string;
  vatNumber: string;
  director: PersonName;
  /** YYYY-MM-DD */
  incorporated: string;
  /** Amazon's "Geschäftsart". */
  businessType: string;
}>;

export type Operation = Readonly<{
  index: number;
  /** `op-01`, `op-02`…: the id the truth uses. */
  id: string;
  home: Home;
  language: Language;
  marketplaces: readonly MarketplaceId[];
  companies: readonly Company[];
  domain: Domain;
  emails: readonly Email[];
  phones: readonly Phone[];
  /** Business addresses in the home country. */
  addresses: readonly Address[];
  /** A German returns address (a reshipper) given as customer-service address on amazon.de. */
  returnAddress: Address;
  ibans: readonly Iban[];
  products: readonly Product[];
  photos: readonly Photo[];
  /** The colour of its storefront banners in the screenshots. */
  colour: readonly [number, number, number];
  storefronts: number[];
  socials: number[];
  shipments: number[];
}>;

export type StorefrontContact = {
  email?: Email;
  phone?: Phone;
  address?: Address;
  /** Amazon's "Kundendienstadresse": often the returns address, sometimes the marketplace's own (the hub). */
  serviceAddress?: Address;
  iban?: Iban;
  /** Written in place of the e-mail: a value the import must reject. */
  invalidEmail?: string;
  invalidPhone?: string;
};

export type Storefront = Readonly<{
  index: number;
  platform: MarketplaceId;
  sellerId: string;
  name: string;
  url: WebUrl;
  /** Index of its operation; undefined for honest sellers. */
  operation: number | undefined;
  company: Company;
  /** Which spelling of the company name this storefront shows. */
  companySpelling: string;
  country: CountryCode;
  /** Stars out of 5. */
  rating: number;
  feedbackCount: number;
  products: readonly Product[];
  contact: StorefrontContact;
}>;

/** A piece of a bio: text, an identifier written into it, or an @mention of another account. */
export type BioPart =
  | Readonly<{ type: 'text'; text: string }>
  | Readonly<{ type: 'identifier'; label: string; value: Email | Phone | WebUrl }>
  | Readonly<{ type: 'handle'; handle: string }>;

export type Social = Readonly<{
  index: number;
  platform: SocialPlatform;
  handle: string;
  displayName: string;
  /** The platform's numeric id. */
  platformId: string;
  operation: number | undefined;
  /** The honest storefront it belongs to, for a legitimate shop's own account. */
  storefront: number | undefined;
  bio: readonly BioPart[];
  contactEmail?: Email;
  contactPhone?: Phone;
  /** The link in the profile: a storefront URL or the operation's shop domain. */
  externalUrl?: WebUrl;
  address?: Address;
  followers: number;
  following: number;
  posts: number;
  /** Unix seconds. */
  createdAt: number;
  category: string;
}>;

export type Carrier = 'DHL' | 'Correios' | 'China Post' | 'Cainiao';

export type Shipment = Readonly<{
  index: number;
  trackingNumber: string;
  carrier: Carrier;
  operation: number | undefined;
  shipperName: string;
  shipperAddress: Address;
  shipperPhone?: Phone;
  consigneeName: string;
  consigneeAddress: Address;
  origin: CountryCode;
  destination: CountryCode;
  content: string;
  declaredValue: number;
  currency: 'EUR' | 'USD' | 'BRL';
  weightKg: number;
  /** YYYY-MM-DD */
  shippedAt: string;
  product: Product | undefined;
  quantity: number;
}>;

export type Seizure = Readonly<{
  id: string;
  /** YYYY-MM-DD */
  date: string;
  port: string;
  commodity: string;
  brand: string;
  quantity: number;
  msrpValue: number;
  origin: CountryCode;
  /** The linked shipment's tracking number; undefined when customs recorded none. */
  trackingNumber: string | undefined;
  /** How the seizure list writes it (customs sometimes adds spaces or lower case). */
  trackingSpelling: string;
  operation: number | undefined;
  outcome: string;
}>;

export type Hub = Readonly<{ name: string; email: Email; address: Address }>;
export type Forwarder = Readonly<{ name: string; address: Address }>;

export type World = Readonly<{
  seed: number;
  sellers: number;
  listingsPerSeller: number;
  operations: readonly Operation[];
  storefronts: readonly Storefront[];
  socials: readonly Social[];
  shipments: readonly Shipment[];
  seizures: readonly Seizure[];
  hub: Hub;
  forwarder: Forwarder;
}>;

/** The day the investigation's data was pulled: every date in the world is before it, none depends on the clock. */
export const CAPTURED_AT = '2026-03-10';
