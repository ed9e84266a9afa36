/**
 * How a property's raw text becomes a stored value. Most properties are text; these are not, and a value that
 * cannot be read as its type is rejected with a reason instead of being stored wrong.
 */
export type PropertyType = 'text' | 'number' | 'price' | 'date' | 'url' | 'country';

const TYPES: Readonly<Record<string, PropertyType>> = {
  rating: 'number',
  feedbackCount: 'number',
  followers: 'number',
  following: 'number',
  posts: 'number',
  reviews: 'number',
  quantity: 'number',
  weightKg: 'number',
  price: 'price',
  declaredValue: 'price',
  msrp: 'price',
  msrpValue: 'price',
  createdAt: 'date',
  firstSeen: 'date',
  capturedAt: 'date',
  shippedAt: 'date',
  seizedAt: 'date',
  incorporationDate: 'date',
  birthDate: 'date',
  url: 'url',
  storefrontUrl: 'url',
  profileUrl: 'url',
  externalLink: 'url',
  country: 'country',
  originCountry: 'country',
  destinationCountry: 'country',
  nationality: 'country',
};

export function propertyType(prop: string): PropertyType {
  return TYPES[prop] ?? 'text';
}
