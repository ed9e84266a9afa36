/**
 * Column and field labels from property names: `storefrontName` -> `Storefront name`. Abbreviations an
 * investigator reads as such are spelled the way they are printed (`Seller ID`, `GTIN`, `VAT number`).
 */
const SPECIAL: Readonly<Record<string, string>> = {
  sellerId: 'Seller ID',
  listingId: 'Listing ID',
  seizureId: 'Seizure ID',
  gtin: 'GTIN',
  sku: 'SKU',
  msrp: 'MSRP',
  msrpValue: 'MSRP value',
  vatNumber: 'VAT number',
  url: 'URL',
  profileUrl: 'Profile URL',
  storefrontUrl: 'Storefront URL',
  externalLink: 'External link',
  weightKg: 'Weight (kg)',
  createdAt: 'Account created',
  perceptualHash: 'Perceptual hash',
  value: 'Value',
  full: 'Full address',
};

export function propertyLabel(prop: string): string {
  const special = SPECIAL[prop];
  if (special) return special;
  const spaced = prop.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
