/**
 * Accent folding for comparison keys. NFKD splits `é` into `e` + a combining mark that is then dropped; the
 * letters that do not decompose (`ß`, `ø`, `ł`, `æ`…) are spelled out the way their own languages transliterate
 * them, so `Łódź` and `Lodz` or `Straße` and `Strasse` give the same key.
 */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
};

const NOT_DECOMPOSING = /[ßẞæÆœŒøØłŁđĐðþÞı]/g;
/**
 * Only the Latin-script accents (Combining Diacritical Marks, U+0300–U+036F). Marks of other scripts carry meaning
 * rather than accent: the dakuten of `ド` (not `ト`), Devanagari and Thai vowel signs.
 */
const COMBINING_ACCENT = /[\u0300-\u036f]/g;

/**
 * Removes accents and spells out ligatures. Cyrillic keeps its letters (`й` folds to `и`, `ё` to `е`, as Russian
 * search engines do), it is not transliterated: that would merge names that are different.
 */
export function stripDiacritics(text: string): string {
  return text
    .replace(NOT_DECOMPOSING, (letter) => SPELLED_OUT[letter] ?? letter)
    .normalize('NFKD')
    .replace(COMBINING_ACCENT, '')
    .normalize('NFC');
}
