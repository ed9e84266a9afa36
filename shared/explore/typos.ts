/**
 * Typo tolerance without a vocabulary: every word one edit away from what was typed (a letter dropped, doubled,
 * swapped with its neighbour or mistyped), looked up exactly in the search index. A vocabulary of a million
 * listings' words would have to be loaded and kept current; a few hundred exact lookups cost one index walk.
 */

const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const CYRILLIC = 'абвгдежзийклмнопрстуфхцчшщъыьэюя';

/** Shorter words have too many neighbours to guess from (`cat` is one edit from 70 words). */
export const MIN_TYPO_LENGTH = 4;

function alphabetOf(term: string): string {
  let letters = '';
  if (/[a-z]/.test(term)) letters += LATIN;
  if (/[\u0400-\u04ff]/.test(term)) letters += CYRILLIC;
  // letters of other scripts the word itself uses
  for (const char of new Set(term)) if (!letters.includes(char)) letters += char;
  return letters;
}

/** Words one edit away (deletion, adjacent transposition, substitution, insertion), without the word itself. */
export function typoVariants(term: string): string[] {
  // a word with digits is an id, a size or a code: one digit off is another thing, not a typo
  if (term.length < MIN_TYPO_LENGTH || /\d/.test(term)) return [];
  const chars = Array.from(term);
  const alphabet = Array.from(alphabetOf(term));
  const out = new Set<string>();
  for (let i = 0; i < chars.length; i++) {
    out.add([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
    if (i + 1 < chars.length) {
      const swapped = [...chars];
      [swapped[i], swapped[i + 1]] = [chars[i + 1] ?? '', chars[i] ?? ''];
      out.add(swapped.join(''));
    }
    for (const letter of alphabet) {
      out.add([...chars.slice(0, i), letter, ...chars.slice(i + 1)].join(''));
    }
  }
  for (let i = 0; i <= chars.length; i++) {
    for (const letter of alphabet) out.add([...chars.slice(0, i), letter, ...chars.slice(i)].join(''));
  }
  out.delete(term);
  return [...out];
}
