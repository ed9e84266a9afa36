/**
 * The knobs of link analysis, with defaults an investigator can start from. Every weight is adjustable because what
 * counts as "strong" differs between cases (a shared phone is decisive in a marketplace case and weak in a call-centre
 * one); the defaults follow DESIGN.md: payment accounts and phones are strong, e-mails and web addresses nearly so,
 * postal addresses medium, a city or a country nothing, and a value found in free text counts less than a field.
 */
import type { IdentifierKind } from '../model';

export type AnalysisSettings = Readonly<{
  /** What one shared identifier of each kind adds to a pair of accounts (used in a field on both sides). */
  identifierWeights: Readonly<Record<IdentifierKind, number>>;
  /** An address with no digit in it (a city, a region, a country): says where, not who. */
  vagueAddressWeight: number;
  /** A product photo (the same image bytes) on listings of both accounts. */
  listingPhotoWeight: number;
  /** Both accounts are parties (shipper, consignee, seller) of the same shipment. */
  shipmentWeight: number;
  /** A party `operates` an account (FollowTheMoney ownership, a STIX `uses`): one actor by the source's word. */
  operatesWeight: number;
  /** Multiplies a weight when either side only mentions the identifier in free text (a bio) rather than a field. */
  mentionsFactor: number;
  /** A pair of accounts is strong, and joins them into one network, when its summed weight reaches this. */
  strongThreshold: number;
  /** An identifier used by more accounts than this is a hub: folded (it joins nobody) and listed. */
  hubThreshold: number;
  /**
   * An identifier is also a hub when, leaving it out, its accounts fall into at least this many separate groups
   * and no group holds more than `bridgeHubMaxShare` of them: a marketplace's support address on the rows of four
   * unrelated operations is used by only six accounts, far below any count threshold, but ties nothing together
   * that belongs together. 0 turns the rule off.
   */
  bridgeHubMinGroups: number;
  bridgeHubMaxShare: number;
  /** …and when, on average, at most this share of the storefronts of the networks it touches use it (see bridgeHubs.ts). */
  bridgeHubMaxCoverage: number;
  /** Stops the leave-one-out check of one identifier after visiting this many accounts (a giant component). */
  bridgeHubVisitBudget: number;
  suggestions: SuggestionSettings;
  signals: SignalSettings;
}>;

export type SuggestionSettings = Readonly<{
  /** Perceptual hashes this many bits apart or fewer are the same picture (64-bit hashes; 0–15). */
  photoMaxDistance: number;
  /** Listing titles at least this similar (Jaccard of character 4-grams, 0..1) are near duplicates. */
  textMinSimilarity: number;
  /** A text near-identical on the listings of more sellers than this is a product name, not a copy. */
  textMaxSellers: number;
  /** Shorter names (after folding) are too generic to suggest anything (`Shop`, `Top`). */
  nameMinLength: number;
  /** Skip a blocking key shared by more records than this: it is a generic value, and comparing all is O(n²). */
  maxBlockSize: number;
  /** E-mail local parts too generic to say two mailboxes belong to one person. */
  genericLocalParts: readonly string[];
  /** Shorter local parts are too likely to collide by chance. */
  localPartMinLength: number;
  /** Suggestions below this score are not reported. */
  minScore: number;
  /** The report keeps the best this many (a list of a hundred thousand helps nobody; the count says how many). */
  maxReported: number;
}>;

export type SignalSettings = Readonly<{
  /** A listing priced under this share of the rights holder's price (MSRP) is suspicious. */
  underpricedRatio: number;
  /** An account younger than this many days at its newest listing… */
  youngAccountDays: number;
  /** …with at least this many listings is suspicious. */
  youngAccountListings: number;
  /**
   * The analyst's exchange rates, as the value of one unit in a common reference currency (`{ EUR: 1, PLN: 0.23 }`),
   * to compare a listing's price with the rights holder's in another currency. None by default: a price in another
   * currency is skipped rather than converted at a rate nobody chose.
   */
  exchangeRates: Readonly<Record<string, number>>;
}>;

export const DEFAULT_ANALYSIS_SETTINGS: AnalysisSettings = {
  identifierWeights: {
    paymentAccount: 1,
    phone: 1,
    email: 0.8,
    domain: 0.7,
    url: 0.7,
    username: 0.6,
    ipAddress: 0.4,
    address: 0.5,
    // An image used by an account itself (a profile picture); photos on listings use listingPhotoWeight.
    image: 0.5,
  },
  vagueAddressWeight: 0,
  listingPhotoWeight: 0.4,
  shipmentWeight: 0.5,
  operatesWeight: 1,
  mentionsFactor: 0.5,
  strongThreshold: 1,
  hubThreshold: 25,
  bridgeHubMinGroups: 3,
  bridgeHubMaxShare: 0.5,
  bridgeHubMaxCoverage: 0.5,
  bridgeHubVisitBudget: 200_000,
  suggestions: {
    photoMaxDistance: 6,
    textMinSimilarity: 0.8,
    textMaxSellers: 3,
    nameMinLength: 4,
    maxBlockSize: 200,
    genericLocalParts: [
      'info',
      'service',
      'support',
      'contact',
      'kontakt',
      'contato',
      'contacto',
      'sales',
      'vendas',
      'ventas',
      'shop',
      'store',
      'loja',
      'tienda',
      'admin',
      'office',
      'mail',
      'hello',
      'help',
      'noreply',
      'no-reply',
      'orders',
      'order',
      'kundenservice',
      'customerservice',
      'atendimento',
      'biuro',
      'sklep',
    ],
    localPartMinLength: 5,
    minScore: 0.5,
    maxReported: 5000,
  },
  signals: { underpricedRatio: 0.5, youngAccountDays: 90, youngAccountListings: 20, exchangeRates: {} },
};

/** Deep-partial settings, as a settings form or a test passes them. */
export type AnalysisSettingsInput = Partial<
  Omit<AnalysisSettings, 'identifierWeights' | 'suggestions' | 'signals'>
> &
  Readonly<{
    identifierWeights?: Partial<Record<IdentifierKind, number>>;
    suggestions?: Partial<SuggestionSettings>;
    signals?: Partial<SignalSettings>;
  }>;

/** The defaults with the given values over them. */
export function resolveSettings(input: AnalysisSettingsInput = {}): AnalysisSettings {
  const d = DEFAULT_ANALYSIS_SETTINGS;
  return {
    ...d,
    ...input,
    identifierWeights: { ...d.identifierWeights, ...input.identifierWeights },
    suggestions: { ...d.suggestions, ...input.suggestions },
    signals: { ...d.signals, ...input.signals },
  };
}
