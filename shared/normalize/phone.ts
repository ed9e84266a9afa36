/**
 * Phone numbers as comparison keys: E.164 (`+4961552302`), so `+49 (0) 6155 2302`, `0049 6155 2302` and
 * `06155 2302` (region DE) are one node.
 *
 * The `max` metadata of libphonenumber-js, not the default `min`: `min` checks only the length of a number, so it
 * accepts `12345` as a German number, and a junk number shared by a few sellers would become a false link between
 * them. `max` checks each country's number ranges. It costs about 150 KB of bundled metadata, which a desktop app
 * that must work offline carries gladly.
 *
 * Extensions (`ext. 12`, `доб. 123`, `;ext=5`) are dropped: they name a desk behind the same line, and the line is
 * what links two sellers. The raw value stays in provenance.
 */
import {
  findPhoneNumbersInText,
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import { cleanCell } from './cell';
import { accept, reject, type Normalized } from './result';

/** An ISO 3166-1 alpha-2 region libphonenumber knows (`DE`, `BR`, `GB` — not `UK`). */
export type { CountryCode } from 'libphonenumber-js/max';

/** Narrows a setting or a column value (`'DE'`) to a region phone numbers can be read with. Case-sensitive. */
export function isCountryCode(value: string): value is CountryCode {
  return isSupportedCountry(value);
}

/** `wa.me/5511987654321`, `api.whatsapp.com/send?phone=5511987654321`: always international, without the `+`. */
const WHATSAPP_LINK = /(?:wa\.me\/|whatsapp\.com\/send\/?\?phone=)\+?(\d{6,15})/i;

/** `Tel.:`, `Phone:`, `tel:`, `☎️`, `WhatsApp`: whatever stands before the first digit, `+` or `(`. */
const LEADING_LABEL = /^[^\d+(（＋]+/u;

/** `0049…`, `00 7…`: the international call prefix used in most of the world. */
const DOUBLE_ZERO = /^00\s*(?=[1-9])/;

/** Separators that suggest a cell lists several numbers. */
const LIST_SEPARATOR = /[,;/|]|\s(?:or|oder|ou|o|или)\s/iu;

const LENGTH_PROBLEMS: Readonly<Record<string, string>> = {
  TOO_SHORT: 'too short',
  TOO_LONG: 'too long',
  INVALID_LENGTH: 'of an impossible length',
};

function parseValid(text: string, region: CountryCode | undefined): PhoneNumber | undefined {
  const parsed = parsePhoneNumberFromString(text, region);
  return parsed?.isValid() === true ? parsed : undefined;
}

function whyNot(text: string, region: CountryCode | undefined): string {
  const digits = text.replace(/\D/g, '');
  if (digits.length === 0) return 'not a phone number: no digits';
  if (digits.length < 5) return 'too short to be a phone number';
  const international = text.startsWith('+');
  if (!international && region === undefined) {
    return 'no country code (+…) and no default region to read it with';
  }
  if (LIST_SEPARATOR.test(text) && findPhoneNumbersInText(text, region).length > 1) {
    return 'more than one phone number in one value: split the cell';
  }
  const problem = validatePhoneNumberLength(text, region);
  if (problem === 'INVALID_COUNTRY') return 'unknown country calling code';
  const where = parsePhoneNumberFromString(text, region)?.country ?? region;
  const lengthProblem = problem === undefined ? undefined : LENGTH_PROBLEMS[problem];
  if (lengthProblem !== undefined) {
    return `${lengthProblem} for a phone number${where === undefined ? '' : ` of ${where}`}`;
  }
  return `not a valid phone number${where === undefined ? '' : ` of ${where}`}`;
}

/**
 * The E.164 form of a phone number. `defaultRegion` reads numbers written without a country code (`(11) 98765-4321`
 * with `BR`); numbers with `+` or `00` carry their own.
 */
export function normalizePhone(raw: string, defaultRegion?: CountryCode): Normalized {
  const cleaned = cleanCell(raw).normalize('NFKC');
  if (cleaned === '') return reject('empty');
  const whatsapp = WHATSAPP_LINK.exec(cleaned)?.[1];
  const text = whatsapp === undefined ? cleaned.replace(LEADING_LABEL, '') : `+${whatsapp}`;
  if (text === '') return reject('not a phone number: no digits');

  // Read `00` as the international prefix, except that a region's own reading comes first: in most places the
  // two agree, and where they do not (the US dials 011) a valid reading under the region is the safer one.
  const candidates = DOUBLE_ZERO.test(text) ? [text, text.replace(DOUBLE_ZERO, '+')] : [text];
  for (const candidate of candidates) {
    const parsed = parseValid(candidate, defaultRegion);
    if (parsed !== undefined) return accept(parsed.number);
  }
  return reject(whyNot(candidates[candidates.length - 1] ?? text, defaultRegion));
}
