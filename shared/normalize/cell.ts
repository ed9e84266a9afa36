/**
 * The clean-up every raw cell gets before a normalizer looks at it. Spreadsheets and scrapes leave invisible
 * characters behind (a BOM at the start of a file's first cell, zero-width spaces from copied web pages, NBSP from
 * HTML), and Excel users type a leading apostrophe to keep `'0049…` or `'1906` as text.
 */

/** Zero-width characters and the BOM: invisible, never part of a value. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Every Unicode space (NBSP, narrow NBSP, thin space, ideographic space…) and line breaks. */
const ANY_SPACE = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

/** Trims, drops invisible characters, turns every kind of space into one ASCII space, drops a leading `'`. */
export function cleanCell(raw: string): string {
  const text = raw.replace(INVISIBLE, '').replace(ANY_SPACE, ' ').trim();
  return text.startsWith("'") ? text.slice(1).trim() : text;
}

/** True when a cell holds nothing but spaces and invisible characters. */
export const isBlank = (raw: string): boolean => cleanCell(raw) === '';
