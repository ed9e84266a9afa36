/**
 * Cyrillic in Latin letters (the scheme of Russian passports, ICAO 9303), for the places that cannot carry Cyrillic:
 * the PDF's built-in fonts and file names inside the ZIP (many unzip tools mangle non-ASCII names). The exact text is
 * always kept beside it (report.html, the manifest's `name`).
 */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  і: 'i',
  ї: 'i',
  є: 'ie',
  ґ: 'g',
  ў: 'u',
};

/** One character in Latin letters, or undefined when it is not Cyrillic. */
export function cyrillicToLatin(char: string): string | undefined {
  const lower = char.toLowerCase();
  const latin = CYRILLIC[lower];
  if (latin === undefined) return undefined;
  if (char === lower || latin === '') return latin;
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}
