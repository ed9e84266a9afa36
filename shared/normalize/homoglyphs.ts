/**
 * A look-alike skeleton of a text, for suggesting that two names may be meant to be confused (`NIKE`, `NlKE`,
 * `N1KE`, `NІKЕ` with Cyrillic `І` and `Е` all fold to `nlke`). Deliberately lossy and never used for ids: it would
 * merge `Nike` with `Nlke`, which is exactly what a counterfeiter wants and an analyst must decide.
 */
import { stripDiacritics } from './diacritics';

/** Each Latin letter and the characters that pass for it: `table[letter]` lists its look-alikes. */
type LookAlikes = Readonly<Record<string, string>>;

/** Greek and Cyrillic capitals, mapped before lower-casing: Greek `Ν` lower-cases to `ν`, which looks like v. */
const CAPITALS: LookAlikes = {
  a: 'ΑА',
  b: 'ΒВ',
  c: 'С',
  e: 'ΕЕ',
  h: 'ΗН',
  j: 'Ј',
  k: 'ΚК',
  l: 'ΙІ',
  m: 'ΜМ',
  n: 'Ν',
  o: 'ΟО',
  p: 'ΡР',
  q: 'Ԛ',
  s: 'Ѕ',
  t: 'ΤТ',
  w: 'Ԝ',
  x: 'ΧХ',
  y: 'ΥУ',
  z: 'Ζ',
};

/**
 * Small Cyrillic and Greek letters, digits and symbols. `I` lower-cases to `i`, which many fonts cannot tell from
 * `l` and `1`: all three are one letter here.
 */
const SMALL: LookAlikes = {
  a: 'аα4@',
  b: 'вьβ',
  c: 'с',
  d: 'ԁ',
  e: 'еε3',
  h: 'нһ',
  j: 'ј',
  k: 'кκ',
  l: 'iıі1|!ι',
  m: 'м',
  n: 'пη',
  o: 'оο0',
  p: 'рρ',
  q: 'ԛ',
  s: 'ѕ5$',
  t: 'тτ7',
  u: 'υ',
  v: 'ν',
  w: 'ԝω',
  x: 'хχ',
  y: 'уγ',
  z: 'ζ',
};

/** Character -> the Latin letter it passes for. */
const invert = (table: LookAlikes): ReadonlyMap<string, string> =>
  new Map(
    Object.entries(table).flatMap(([letter, chars]) => Array.from(chars, (char) => [char, letter] as const)),
  );

const CAPITAL_LETTERS = invert(CAPITALS);
const SMALL_LETTERS = invert(SMALL);

/** The look-alike skeleton of a text: compare skeletons to suggest `similar` links, never to build ids. */
export function foldHomoglyphs(text: string): string {
  const lower = stripDiacritics(
    text
      .normalize('NFKC')
      .replace(/./gu, (char) => CAPITAL_LETTERS.get(char) ?? char)
      .toLowerCase(),
  );
  return Array.from(lower, (char) => SMALL_LETTERS.get(char) ?? char)
    .join('')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/\s+/g, ' ')
    .trim();
}
