/**
 * Who the rights holders authorize: an honest storefront for the brand of every product it stocks, an operation's
 * storefront for nothing. So a storefront listing a brand it is not authorized for is exactly an operation's
 * (the "claimed brand not matching the seller's authorization" signal), while the brand names an operation writes
 * (`Nordvik®`, `Aurel1o`) still have to be matched to the brand they imitate.
 */
import type { Storefront } from './world';

export function authorizedBrands(front: Storefront): string[] {
  if (front.operation !== undefined) return [];
  return [...new Set(front.products.map((product) => product.brand))].sort();
}
