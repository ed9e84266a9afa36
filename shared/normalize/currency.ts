/**
 * Currency symbols and words as marketplaces write them, to ISO 4217 codes.
 *
 * Ambiguous symbols are resolved by the import's default currency or left open, never guessed:
 * - `$` is USD unless the default is another dollar or peso that writes `$` (MXN on mercadolibre.com.mx, ARS,
 *   CAD…); the other dollars have their own prefixes (`MX$`, `C$`, `A$`).
 * - `¥` is JPY or CNY only when the default says which; otherwise the currency is left `undefined`.
 * - `kr` is SEK, NOK, DKK or ISK only when the default says which.
 */

/** Symbols and words (lower-case, no trailing dot) with exactly one meaning. */
const KNOWN: Readonly<Record<string, string>> = {
  '€': 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  us$: 'USD',
  u$s: 'USD',
  r$: 'BRL',
  reais: 'BRL',
  mx$: 'MXN',
  mex$: 'MXN',
  c$: 'CAD',
  ca$: 'CAD',
  a$: 'AUD',
  au$: 'AUD',
  nz$: 'NZD',
  hk$: 'HKD',
  s$: 'SGD',
  nt$: 'TWD',
  '£': 'GBP',
  '₽': 'RUB',
  руб: 'RUB',
  р: 'RUB',
  rur: 'RUB',
  zł: 'PLN',
  zl: 'PLN',
  fr: 'CHF',
  sfr: 'CHF',
  '₺': 'TRY',
  tl: 'TRY',
  '₹': 'INR',
  rs: 'INR',
  '₩': 'KRW',
  kč: 'CZK',
  ft: 'HUF',
  lei: 'RON',
  '₴': 'UAH',
  грн: 'UAH',
  '₸': 'KZT',
  's/': 'PEN',
  '฿': 'THB',
  '₫': 'VND',
  rp: 'IDR',
  rm: 'MYR',
  '₱': 'PHP',
  'jp¥': 'JPY',
  円: 'JPY',
  'cn¥': 'CNY',
  rmb: 'CNY',
  元: 'CNY',
};

/** Ambiguous symbols: the currencies each may stand for, and the reading when the default is none of them. */
const AMBIGUOUS: Readonly<Record<string, Readonly<{ candidates: ReadonlySet<string>; otherwise?: string }>>> =
  {
    $: {
      candidates: new Set([
        'USD',
        'CAD',
        'AUD',
        'NZD',
        'MXN',
        'ARS',
        'CLP',
        'COP',
        'UYU',
        'SGD',
        'HKD',
        'TWD',
      ]),
      otherwise: 'USD',
    },
    '¥': { candidates: new Set(['JPY', 'CNY']) },
    kr: { candidates: new Set(['SEK', 'NOK', 'DKK', 'ISK']) },
  };

/** ISO 4217 codes the runtime knows (Intl has them in Node, Electron and every browser). */
const ISO_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** A currency reading: an ISO code, `undefined` for an ambiguous symbol without a deciding default. */
export type CurrencyReading = Readonly<{ ok: true; code: string | undefined }> | Readonly<{ ok: false }>;

/** True for a three-letter ISO 4217 code (`EUR`, `brl`). */
export const isCurrencyCode = (text: string): boolean =>
  /^[a-z]{3}$/i.test(text) && ISO_CODES.has(text.toUpperCase());

/** The ISO 4217 code a symbol or word stands for; `defaultCurrency` decides between the readings of `$`, `¥`, `kr`. */
export function readCurrency(token: string, defaultCurrency: string | undefined): CurrencyReading {
  const key = token.trim().toLowerCase().replace(/\.$/, '');
  if (isCurrencyCode(key)) return { ok: true, code: key.toUpperCase() };
  const known = KNOWN[key];
  if (known !== undefined) return { ok: true, code: known };
  const ambiguous = AMBIGUOUS[key];
  if (ambiguous === undefined) return { ok: false };
  const fallback = defaultCurrency?.toUpperCase();
  return {
    ok: true,
    code: fallback !== undefined && ambiguous.candidates.has(fallback) ? fallback : ambiguous.otherwise,
  };
}
