/**
 * Prices as listings, seller exports and customs lists write them: `71,90 €`, `€71.90`, `EUR 71,90`,
 * `R$ 1.299,90`, `US$ 19.99`, `₽ 2 499`, `2499 руб.`, `49,99 zł`, `ab 19,99 € inkl. MwSt.`
 *
 * The amount is read by parseNumber (same decimal rules, same refusal to guess `1,906`); the currency by
 * currency.ts (same refusal to guess `¥`). A price without a currency takes `defaultCurrency`, or has none.
 */
import { cleanCell } from './cell';
import { readCurrency } from './currency';
import { parseNumber, type DecimalSetting } from './number';
import { reject, type Rejected } from './result';

export type PriceOptions = Readonly<{
  /** Decimal separator of the amount; `'auto'` reads it from the value when the value is unambiguous. */
  decimal?: DecimalSetting;
  /** ISO 4217 code for prices written without a currency, and to decide what `$`, `¥` and `kr` mean. */
  defaultCurrency?: string;
}>;

export type ParsedPrice = Readonly<{ ok: true; amount: number; currency: string | undefined }> | Rejected;

/** "From" before a price (`ab`, `desde`, `a partir de`, `à partir de`, `от`): the price is still the price. */
const FROM = /^(?:from|ab|desde|a\s+partir\s+de|à\s+partir\s+de|от)\s+/iu;
/** Tax and shipping notes after a price, which do not change it. */
const NOTES = /\s*(?:(?:inkl|incl|zzgl)\.?\s*(?:mwst|ust|vat|versand)\.?|iva\s+incluido|ttc)\s*$/iu;
const AMOUNT = /[-−]?\d(?:[\d.,' ’]*\d)?/gu;
const RANGE_WORD = /^(?:[-–—~]|bis|a|à|até|hasta|to|до)$/iu;

/** True when only a dash or a word like `bis`/`até` (and currency signs) stands between two amounts. */
function isRangeBetween(
  first: RegExpExecArray,
  second: RegExpExecArray,
  defaultCurrency: string | undefined,
): boolean {
  const text = first.input;
  const between = text.slice(first.index + first[0].length, second.index);
  const words = between.split(/\s+/).filter((word) => word !== '' && !readCurrency(word, defaultCurrency).ok);
  // `19,99-29,99`: the dash was read as the sign of the second amount.
  if (words.length === 0) return /^[-−]/.test(second[0]);
  return words.length === 1 && RANGE_WORD.test(words[0] ?? '');
}

/** The default as an ISO code: `eur` and `€` are EUR; anything unreadable is kept upper-case as the caller gave it. */
function defaultCode(defaultCurrency: string | undefined): string | undefined {
  if (defaultCurrency === undefined) return undefined;
  const reading = readCurrency(defaultCurrency, undefined);
  return reading.ok && reading.code !== undefined ? reading.code : defaultCurrency.trim().toUpperCase();
}

/** Reads a price: the amount as a number, the currency as an ISO 4217 code (or `undefined` when it is not known). */
export function parsePrice(raw: string, options: PriceOptions = {}): ParsedPrice {
  const text = cleanCell(raw).normalize('NFKC').replace(FROM, '').replace(NOTES, '').trim();
  if (text === '') return reject('empty');
  const amounts = Array.from(text.matchAll(AMOUNT));
  const [first, second] = amounts;
  if (first === undefined) return reject(`not a price: no amount in "${text}"`);
  if (second !== undefined) {
    return reject(
      isRangeBetween(first, second, options.defaultCurrency)
        ? `a price range, not one price: "${text}"`
        : `more than one amount in "${text}"`,
    );
  }
  const prefix = text.slice(0, first.index).trim();
  const suffix = text.slice(first.index + first[0].length).trim();
  const readings = [prefix, suffix]
    .filter((token) => token !== '')
    .map((token) => ({ token, reading: readCurrency(token, options.defaultCurrency) }));
  const unknown = readings.find(({ reading }) => !reading.ok);
  if (unknown !== undefined) return reject(`unknown currency "${unknown.token}" in "${text}"`);
  const codes = new Set(readings.map(({ reading }) => (reading.ok ? reading.code : undefined)));
  if (codes.size > 1) return reject(`two different currencies in "${text}"`);
  const amount = parseNumber(first[0], options.decimal ?? 'auto');
  if (!amount.ok) return amount;
  const currency = readings.length === 0 ? defaultCode(options.defaultCurrency) : [...codes][0];
  return { ok: true, amount: amount.value, currency };
}
