/**
 * What marketplaces, brand scrapers, carriers, customs and social platforms call their columns, in English, German,
 * Spanish, Portuguese and French, and what each means for us.
 *
 * A target is `slot.field`; the slot `$account` stands for the row's main account (the seller in a seller export,
 * the social account in a profile dump), decided from the whole header set by `guessMapping`. Synonyms are compared
 * by `headerKey`; JSON paths are compared by their last segment too (`contact.public_email` -> `public email`).
 */
import { LISTING_HEADERS } from './headers/listings';
import { LOGISTICS_HEADERS } from './headers/logistics';
import { SELLER_HEADERS } from './headers/sellers';
import { SOCIAL_HEADERS } from './headers/social';
import type { HeaderSynonyms } from './headers/types';

export type { HeaderTarget } from './headers/types';

export const HEADER_SYNONYMS: HeaderSynonyms = [
  ...SELLER_HEADERS,
  ...LISTING_HEADERS,
  ...SOCIAL_HEADERS,
  ...LOGISTICS_HEADERS,
];
