/**
 * Postal addresses as comparison keys. An address key links sellers, shippers and consignees that write the same
 * place differently (`Hauptstr. 5` / `Hauptstraße 5`, `Av. Paulista, 1578` / `Avenida Paulista 1578`).
 *
 * Conservative on purpose: a false link between two operations is worse than a missed one, so the key only
 * removes differences of *spelling* — case, accents, punctuation, spaces, common abbreviations, the spacing of
 * postal codes, the Polish `ul.` that many writers leave out. It never drops a house number, a flat or a city,
 * never reorders words, never joins two runs of digits (`12 3` is not `123`), and never guesses at what a street is
 * called. Two spellings that differ in anything else stay two addresses; the analyst can still link them with
 * `sameAs`.
 *
 * One thing is dropped: a trailing country (`…, 20095 Hamburg, Deutschland`, `… 518031, P.R. China`, `…, BR`).
 * The same seller writes it on one form and leaves it out on the next, and the postal code and city before it
 * already say where the place is; the country survives in the entity's `country` property.
 */
import { cleanCell } from './cell';
import { countryOfName, isCountryCodeWord } from './countryName';
import { stripDiacritics } from './diacritics';
import { accept, reject, type Normalized } from './result';

/** Token -> the one spelling the key uses. All avenue words are one: French `av.` is an avenue, Spanish an avenida. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  st: 'street',
  rd: 'road',
  ln: 'lane',
  sq: 'square',
  hwy: 'highway',
  str: 'strasse',
  av: 'avenida',
  ave: 'avenida',
  avd: 'avenida',
  avda: 'avenida',
  avenue: 'avenida',
  bd: 'boulevard',
  bld: 'boulevard',
  blvd: 'boulevard',
  bvd: 'boulevard',
  boul: 'boulevard',
  r: 'rua',
  tv: 'travessa',
  trav: 'travessa',
  pca: 'praca',
  pza: 'plaza',
  plza: 'plaza',
  ctra: 'carretera',
  pso: 'paseo',
  pje: 'pasaje',
  rte: 'route',
  imp: 'impasse',
  fbg: 'faubourg',
  apt: 'apt',
  apto: 'apt',
  appt: 'apt',
  apartment: 'apt',
  apartamento: 'apt',
  ste: 'suite',
  fl: 'floor',
  flr: 'floor',
  rm: 'room',
  blk: 'block',
  bldg: 'building',
  twr: 'tower',
  dist: 'district',
};

/** Polish `ul.`/`ulica` ("street") opens most addresses but is as often left out; it never tells two places apart. */
const OPTIONAL_LEADING = new Set(['ul', 'ulica']);

/** Where one part of a written address ends: a comma, a line break, or a dash between spaces (`49a - 20095 Hamburg`). */
const SEGMENT_BREAK = /\s*(?:[,;\n\r]|\s[-–—]\s)\s*/;

/**
 * The address without a country written as its own last part. A two-letter code only counts after a part with a
 * digit (a postal code): `Curitiba - PR` is the state of Paraná, `80010-010, BR` is Brazil.
 */
function withoutTrailingCountry(text: string): string {
  const parts = text.split(SEGMENT_BREAK).filter((part) => part.trim() !== '');
  if (parts.length < 2) return text;
  const last = parts[parts.length - 1] ?? '';
  const before = parts[parts.length - 2] ?? '';
  const isCountry = countryOfName(last) !== undefined || (isCountryCodeWord(last) && /\d/.test(before));
  return isCountry ? parts.slice(0, -1).join(', ') : text;
}

/** Words that only announce a number or a postal code (`Nr. 5`, `nº 1500`, `CEP 01310-100`); dropped before digits. */
const NUMBER_MARKERS = new Set([
  'n',
  'no',
  'nr',
  'nro',
  'num',
  'numero',
  'nummer',
  'numer',
  'cep',
  'cp',
  'zip',
  'plz',
]);

/** Postal codes written with a hyphen: Brazil `01310-100`, Portugal `1000-001`, Poland `00-950`, US ZIP+4, Japan. */
const HYPHENATED_POSTCODE = /\b(\d{5}-\d{3}|\d{4}-\d{3}|\d{2}-\d{3}|\d{5}-\d{4}|\d{3}-\d{4})\b/g;
/**
 * The old European habit of a country letter before the postal code (`L-1855 Luxembourg`, `D-64347 Griesheim`,
 * `CH-8001 Zürich`): the same place as `1855 Luxembourg`. Upper case only, as the plates are written.
 */
const COUNTRY_LETTER_POSTCODE = /\b(?:A|B|CH|CZ|D|DK|E|F|FIN|H|I|L|N|NL|P|PL|S|SK|SLO)-(\d{4,5})\b/g;
/** UK `SW1A 1AA`, Canada `K1A 0B1`, Netherlands `1012 AB` (upper-case only, so German `1234 am` is left alone). */
const SPACED_POSTCODES = [
  /\b([A-Z]{1,2}\d[A-Z\d]?) (\d[A-Z]{2})\b/gi,
  /\b([A-Z]\d[A-Z]) (\d[A-Z]\d)\b/gi,
  /\b(\d{4}) ([A-Z]{2})\b/g,
];

const MIN_SIGNIFICANT = 6;

/** Spellings handled before punctuation is lost: `nº`, `1º andar`, `c/ Mayor`, `s/n`, postal code spacing. */
function beforePunctuation(text: string): string {
  let result = text
    .replace(/(\d)\s*[ºª°]/g, '$1')
    .replace(/(^|[^\p{L}])n\s*[º°]\.?/giu, '$1 ')
    .replace(/(^|[\s,])c\s*\/\s*(?=\p{L})/giu, '$1calle ')
    .replace(/(^|[\s,])s\s*\/\s*n(?![\p{L}\p{N}])/giu, '$1sn')
    .replace(COUNTRY_LETTER_POSTCODE, '$1')
    .replace(HYPHENATED_POSTCODE, (code) => code.replace('-', ''));
  for (const pattern of SPACED_POSTCODES) result = result.replace(pattern, '$1$2');
  return result;
}

function expand(token: string): string {
  const known = ABBREVIATIONS[token];
  if (known !== undefined) return known;
  // German compounds: `Hauptstr.` is `Hauptstraße`.
  return token.length > 3 && token.endsWith('str') ? `${token}asse` : token;
}

/** The comparison key of a postal address; see the file comment for what it does and does not unify. */
export function normalizeAddress(raw: string): Normalized {
  const cleaned = cleanCell(raw);
  if (cleaned === '') return reject('empty');
  const words = stripDiacritics(
    beforePunctuation(cleanCell(withoutTrailingCountry(raw)))
      .normalize('NFKC')
      .toLowerCase(),
  )
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '')
    .map(expand);
  while (words.length > 1 && OPTIONAL_LEADING.has(words[0] ?? '')) words.shift();
  const tokens: string[] = [];
  words.forEach((word, index) => {
    const next = words[index + 1];
    if (NUMBER_MARKERS.has(word) && next !== undefined && /^\d/.test(next)) return;
    const previous = tokens[tokens.length - 1];
    // `12 a` and `12a` are the same house; only a single letter is joined, never two runs of digits.
    if (previous !== undefined && /^\d+$/.test(previous) && /^\p{L}$/u.test(word)) {
      tokens[tokens.length - 1] = `${previous}${word}`;
      return;
    }
    tokens.push(word);
  });
  const key = tokens.join(' ');
  if (key === '') return reject('not an address: no letters or digits');
  // Counted on what was written, not on the key: `Str. 5` is too short even though its key is `strasse 5`.
  if ((cleaned.match(/[\p{L}\p{N}]/gu) ?? []).length < MIN_SIGNIFICANT) {
    return reject(`too short to be an address (fewer than ${MIN_SIGNIFICANT} letters and digits)`);
  }
  return accept(key);
}
