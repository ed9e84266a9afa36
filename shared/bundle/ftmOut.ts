/**
 * Our properties -> FollowTheMoney properties, the inverse of `PROPERTY_SOURCES` in
 * shared/import/formats/ftmProperties.ts (read: FtM -> ours). Each line here is the first FtM property the importer
 * reads for that property of ours, so writing there and reading back gives the same value. `ftmExport.test.ts`
 * exports an entity with every property listed here and re-imports it with the importer: a change on either side
 * that breaks the round trip fails that test.
 */
export const FTM_OUT_PROPERTIES = {
  person: { name: 'name', nationality: 'nationality', birthDate: 'birthDate', country: 'country' },
  organization: {
    name: 'name',
    registrationNumber: 'registrationNumber',
    vatNumber: 'vatCode',
    country: 'jurisdiction',
    incorporationDate: 'incorporationDate',
  },
  seller: { storefrontName: 'name', country: 'country', platform: 'service', sellerId: 'username' },
  socialAccount: { displayName: 'name', platform: 'service', handle: 'username' },
} as const;

/** The FtM schema each exported kind is written as (the importer's `FTM_PARTIES` and `UserAccount`, inverted). */
export const FTM_OUT_SCHEMAS = {
  person: 'Person',
  organization: 'Company',
  seller: 'UserAccount',
  socialAccount: 'UserAccount',
} as const;

export type FtmOutKind = keyof typeof FTM_OUT_SCHEMAS;

/** The contact property an identifier a party `uses` is written as (the importer's `FTM_CONTACT_PROPS`). */
export const FTM_OUT_CONTACTS = {
  email: 'email',
  phone: 'phone',
  url: 'website',
} as const;
