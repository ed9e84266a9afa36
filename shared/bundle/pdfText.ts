/**
 * Text for jsPDF's built-in fonts, which know only Windows-1252 (Latin-1 and a few signs). Embedding a Unicode font
 * would add megabytes to every bundle; instead Cyrillic is transliterated (the usual passport scheme) so a Russian
 * seller's name is still readable and searchable on paper, typographic signs become their plain forms, and anything
 * else (CJK, emoji) becomes `?`. The HTML report beside it holds the exact text; the PDF says so on its first page.
 */
import { cyrillicToLatin } from './transliterate';

const SIGNS: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
  '\u2022': '*',
  '\u00a0': ' ',
  '\u2116': 'No.',
};

function letter(char: string): string {
  const sign = SIGNS[char];
  if (sign !== undefined) return sign;
  const code = char.codePointAt(0) ?? 0;
  if ((code >= 0x20 && code < 0x7f) || (code >= 0xa1 && code <= 0xff)) return char;
  if (char === '\n') return '\n';
  if (code < 0x20 || code === 0x7f) return ' ';
  return cyrillicToLatin(char) ?? '?';
}

export function pdfText(text: string): string {
  return Array.from(text.normalize('NFC')).map(letter).join('');
}
