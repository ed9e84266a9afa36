/**
 * The kinds of entity Casegraph knows, and the properties each carries.
 *
 * One table drives the types (`EntityKind`, `PropOf<K>`), the labels the UI shows and the caption of an entity, so a
 * new kind or property is added in one place. Property names follow the FollowTheMoney habit of camelCase nouns so the
 * mapping to FtM and STIX stays a lookup.
 */
export const KINDS = {
  seller: {
    label: 'Seller',
    plural: 'Sellers',
    group: 'account',
    props: [
      'platform',
      'sellerId',
      'storefrontName',
      'businessName',
      'businessType',
      'registrationNumber',
      'vatNumber',
      'country',
      'rating',
      'feedbackCount',
      'storefrontUrl',
      'createdAt',
      // Brands the rights holders list this storefront as an authorized reseller of (their reseller lists).
      'authorizedBrands',
    ],
    caption: ['storefrontName', 'businessName', 'sellerId'],
  },
  socialAccount: {
    label: 'Social account',
    plural: 'Social accounts',
    group: 'account',
    props: [
      'platform',
      'handle',
      'displayName',
      'profileUrl',
      'bio',
      'externalLink',
      'followers',
      'following',
      'posts',
      'createdAt',
      'location',
    ],
    caption: ['handle', 'displayName'],
  },
  person: {
    label: 'Person',
    plural: 'People',
    group: 'party',
    props: ['name', 'nationality', 'birthDate', 'country'],
    caption: ['name'],
  },
  organization: {
    label: 'Organization',
    plural: 'Organizations',
    group: 'party',
    props: ['name', 'registrationNumber', 'vatNumber', 'country', 'incorporationDate'],
    caption: ['name', 'registrationNumber'],
  },
  listing: {
    label: 'Listing',
    plural: 'Listings',
    group: 'commerce',
    props: [
      'platform',
      'listingId',
      'url',
      'title',
      'brand',
      'model',
      'sku',
      'gtin',
      'price',
      'currency',
      'rating',
      'reviews',
      'category',
      'firstSeen',
      'capturedAt',
    ],
    caption: ['title', 'listingId'],
  },
  product: {
    label: 'Product',
    plural: 'Products',
    group: 'commerce',
    props: ['brand', 'name', 'sku', 'gtin', 'msrp', 'currency'],
    caption: ['name', 'sku', 'gtin'],
  },
  shipment: {
    label: 'Shipment',
    plural: 'Shipments',
    group: 'logistics',
    props: [
      'carrier',
      'trackingNumber',
      'originCountry',
      'destinationCountry',
      'declaredContent',
      'declaredValue',
      'currency',
      'weightKg',
      'shippedAt',
      'seizureId',
      'seizedAt',
      'seizurePort',
      'seizureOutcome',
      'quantity',
      'brandInfringed',
      'msrpValue',
    ],
    caption: ['trackingNumber', 'carrier'],
  },
  email: { label: 'E-mail', plural: 'E-mails', group: 'identifier', props: ['value'], caption: ['value'] },
  phone: {
    label: 'Phone',
    plural: 'Phones',
    group: 'identifier',
    props: ['value', 'country'],
    caption: ['value'],
  },
  address: {
    label: 'Address',
    plural: 'Addresses',
    group: 'identifier',
    props: ['value', 'full', 'country'],
    caption: ['full', 'value'],
  },
  paymentAccount: {
    label: 'Payment account',
    plural: 'Payment accounts',
    group: 'identifier',
    props: ['value', 'provider', 'holder'],
    caption: ['value'],
  },
  ipAddress: {
    label: 'IP address',
    plural: 'IP addresses',
    group: 'identifier',
    props: ['value'],
    caption: ['value'],
  },
  domain: { label: 'Domain', plural: 'Domains', group: 'identifier', props: ['value'], caption: ['value'] },
  url: { label: 'URL', plural: 'URLs', group: 'identifier', props: ['value'], caption: ['value'] },
  username: {
    label: 'Username',
    plural: 'Usernames',
    group: 'identifier',
    props: ['value', 'platform'],
    caption: ['value'],
  },
  image: {
    label: 'Image',
    plural: 'Images',
    group: 'identifier',
    props: ['value', 'fileName', 'perceptualHash', 'evidenceId'],
    caption: ['value'],
  },
} as const satisfies Record<string, KindSpec>;

/** The broad family of a kind; identifiers become shared nodes, accounts are what analysis groups into operations. */
export type KindGroup = 'account' | 'party' | 'commerce' | 'logistics' | 'identifier';

type KindSpec = Readonly<{
  label: string;
  plural: string;
  group: KindGroup;
  props: readonly string[];
  /** Properties tried in order to name an entity in lists and on the graph. */
  caption: readonly string[];
}>;

export type EntityKind = keyof typeof KINDS;

/** The property names a kind may carry. */
export type PropOf<K extends EntityKind> = (typeof KINDS)[K]['props'][number];

/** Every kind, in the order the UI lists them. */
export const ENTITY_KINDS = Object.keys(KINDS) as EntityKind[];
