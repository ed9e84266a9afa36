/**
 * What marketplaces, brand scrapers, rights holders, carriers, customs and social platforms call their columns, in
 * English, German, Spanish, Portuguese and French (with a few Italian and Polish price words), and what each means
 * for us.
 *
 * A target is `slot.field`; the slot `$account` stands for the row's main account (the seller in a seller export,
 * the social account in a profile dump), decided from the whole header set by `guessMapping`. Synonyms are compared
 * by `headerKey`; JSON paths are compared by their last segment too (`contact.public_email` -> `public email`).
 */
import { AUTHORIZATION_HEADERS } from './headers/authorizations';
import { LISTING_HEADERS } from './headers/listings';
import { LOGISTICS_HEADERS } from './headers/logistics';
import { PRODUCT_HEADERS } from './headers/products';
import { SELLER_HEADERS } from './headers/sellers';
import { SOCIAL_HEADERS } from './headers/social';
import type { HeaderSynonyms } from './headers/types';

export type { HeaderTarget } from './headers/types';
/** Columns that make a file a list of authorized resellers, and the meanings that come first in one. */
export { AUTHORIZATION_LIST_HEADERS, AUTHORIZATION_MARKERS } from './headers/authorizations';

export const HEADER_SYNONYMS: HeaderSynonyms = [
  ...SELLER_HEADERS,
  ...LISTING_HEADERS,
  ...SOCIAL_HEADERS,
  ...LOGISTICS_HEADERS,
  ...PRODUCT_HEADERS,
  ...AUTHORIZATION_HEADERS,
];
