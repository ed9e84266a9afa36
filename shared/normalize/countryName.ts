/**
 * Country names as people write them at the end of an address (`Deutschland`, `P.R. China`, `Brasil`, `UK`), mapped
 * to ISO 3166-1 alpha-2 codes. The names come from the platform's own CLDR data (`Intl.DisplayNames`) in the
 * languages our sources are written in, plus the informal spellings CLDR does not list.
 */
import { stripDiacritics } from './diacritics';

/** Languages of the marketplaces, carriers and customs offices whose files we read. */
const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'tr', 'ru', 'zh', 'ja'] as const;

/** Spellings seen in real exports that CLDR's display names do not produce. */
const ALIASES: Readonly<Record<string, string>> = {
  prc: 'CN',
  'p r china': 'CN',
  'pr china': 'CN',
  'peoples republic of china': 'CN',
  'people s republic of china': 'CN',
  'mainland china': 'CN',
  usa: 'US',
  'u s a': 'US',
  'united states of america': 'US',
  uk: 'GB',
  'u k': 'GB',
  'great britain': 'GB',
  england: 'GB',
  brd: 'DE',
  'federal republic of germany': 'DE',
  'bundesrepublik deutschland': 'DE',
  turkey: 'TR',
  holland: 'NL',
  'hong kong sar': 'HK',
  'hong kong sar china': 'HK',
};

/** Lower case, no accents, letters and digits separated by single spaces: `People's Rep.` -> `people s rep`. */
export function countryNameKey(text: string): string {
  return stripDiacritics(text.normalize('NFKC').toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

let names: Map<string, string> | undefined;

/** Built on first use: about 3,000 names, a few tens of milliseconds, so module load stays free. */
function countryNames(): Map<string, string> {
  if (names !== undefined) return names;
  const built = new Map<string, string>();
  for (const language of LANGUAGES) {
    const display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (const code of isoCodes()) {
      const name = display.of(code);
      // First code wins: the Soviet Union (SU) shares its Russian name with Russia (RU), which comes first.
      const key = name === undefined || name === code ? '' : countryNameKey(name);
      if (key !== '' && !built.has(key)) built.set(key, code);
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) built.set(alias, code);
  names = built;
  return built;
}

/**
 * Codes CLDR names that are not countries today: unknown, European Union, Eurozone, United Nations, Outlying Oceania,
 * and withdrawn codes whose names some languages give as today's country (DD as "Deutschland", SU as "Россия").
 */
const NOT_COUNTRIES = new Set('ZZ EU EZ UN QO DD SU YU CS ZR TP BU NT YD FX DY HV NH RH VD AN'.split(' '));

let codes: ReadonlySet<string> | undefined;

/** Every two-letter code CLDR names: the assigned ISO 3166-1 alpha-2 codes (and a few user-assigned like XK). */
function isoCodes(): ReadonlySet<string> {
  if (codes !== undefined) return codes;
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const found = new Set<string>();
  for (let first = 65; first <= 90; first += 1) {
    for (let second = 65; second <= 90; second += 1) {
      const code = String.fromCharCode(first, second);
      const name = english.of(code);
      if (name !== undefined && name !== code && !NOT_COUNTRIES.has(code)) found.add(code);
    }
  }
  codes = found;
  return found;
}

/** The ISO code of a written country name (`Deutschland` -> `DE`), or undefined when it names no country. */
export function countryOfName(text: string): string | undefined {
  const key = countryNameKey(text);
  return key === '' ? undefined : countryNames().get(key);
}

/** True for an assigned two-letter country code in any case (`de`, `BR`). */
export function isCountryCodeWord(text: string): boolean {
  const upper = text.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(upper) && isoCodes().has(upper);
}
