/**
 * Names of people, companies and storefronts as comparison keys (seller and organization ids are built from them):
 * NFKC, lower-case, no accents, no punctuation or emoji, single spaces, and no legal form (`GmbH`, `Co., Ltd.`,
 * `S.A. de C.V.`, `ООО`, `有限公司`; see legalForms.ts).
 *
 * Look-alike folding (`N1KE` -> `nlke`) is *not* part of this key: it lives in homoglyphs.ts and only feeds
 * suggestions, because `Nike` and `N1ke` are different storefronts until an analyst says otherwise.
 */
import { cleanCell } from './cell';
import { stripDiacritics } from './diacritics';
import {
  CJK_FORMS,
  DISTINCT_FORMS,
  LEADING_FORMS,
  SHORT_FORMS,
  SIZE_MARKER_HOSTS,
  SIZE_MARKERS,
} from './legalForms';
import { accept, reject, type Normalized } from './result';

type Token = Readonly<{
  key: string;
  /** Written the way a legal form is written: in capitals or with a dot or slash (`SA`, `S.A.`, `S/A`). */
  formal: boolean;
}>;

/** Everything but letters, digits, marks and the characters abbreviations are written with separate words. */
const SEPARATOR = /[^\p{L}\p{N}\p{M}./&'’]+/u;
/** `… Comércio de Roupas - ME`: a size marker after a dash at the end. */
const TRAILING_SIZE_MARKER = /\s+[-–—,]\s*(?:me|epp)\.?$/iu;

function toToken(piece: string): Token {
  const letters = piece.replace(/[^\p{L}]/gu, '');
  const capitals = letters !== '' && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  return {
    key: stripDiacritics(piece.toLowerCase()).replace(/[^\p{L}\p{N}\p{M}]/gu, ''),
    formal: /[./]/.test(piece) || capitals,
  };
}

/** `J. R. R.` and `J.R.R.`, `S. A.` and `S.A.`: runs of single letters written as initials become one word. */
function joinInitials(tokens: readonly Token[]): Token[] {
  const joined: Token[] = [];
  let runOpen = false;
  for (const token of tokens) {
    const initial = token.formal && /^\p{L}$/u.test(token.key);
    const previous = joined[joined.length - 1];
    if (initial && runOpen && previous !== undefined) {
      joined[joined.length - 1] = { key: previous.key + token.key, formal: true };
    } else {
      joined.push(token);
    }
    runOpen = initial;
  }
  return joined;
}

const endsWith = (tokens: readonly Token[], form: readonly string[]): boolean =>
  form.length < tokens.length &&
  form.every((word, i) => tokens[tokens.length - form.length + i]?.key === word);

/** Removes legal forms from the end (and the leading ones of Russian names), never the whole name. */
function withoutLegalForms(input: readonly Token[]): Token[] {
  const tokens = [...input];
  for (let changed = true; changed;) {
    changed = false;
    const last = tokens[tokens.length - 1];
    const beforeLast = tokens[tokens.length - 2];
    if (last === undefined || beforeLast === undefined) break;
    const distinct = DISTINCT_FORMS.find((form) => endsWith(tokens, form));
    const short = SHORT_FORMS.has(last.key) && last.formal;
    const size = SIZE_MARKERS.has(last.key) && SIZE_MARKER_HOSTS.has(beforeLast.key);
    const cut = distinct?.length ?? (short || size ? 1 : 0);
    if (cut > 0) {
      tokens.splice(tokens.length - cut, cut);
      changed = true;
    }
  }
  while (tokens.length > 1 && LEADING_FORMS.has(tokens[0]?.key ?? '')) tokens.shift();
  const last = tokens[tokens.length - 1];
  const cjk =
    last === undefined ? undefined : CJK_FORMS.find((form) => last.key.endsWith(form) && last.key !== form);
  if (last !== undefined && cjk !== undefined) {
    tokens[tokens.length - 1] = { ...last, key: last.key.slice(0, -cjk.length) };
  }
  const first = tokens[0];
  if (first !== undefined && first.key.startsWith('株式会社') && first.key !== '株式会社') {
    tokens[0] = { ...first, key: first.key.slice('株式会社'.length) };
  }
  return tokens;
}

/** The comparison key of a person's, company's or storefront's name. */
export function normalizeName(raw: string): Normalized {
  const cleaned = cleanCell(raw).normalize('NFKC');
  if (cleaned === '') return reject('empty');
  const tokens = cleaned
    .replace(TRAILING_SIZE_MARKER, '')
    .split(SEPARATOR)
    .map(toToken)
    .filter((token) => token.key !== '');
  const key = withoutLegalForms(joinInitials(tokens))
    .map((token) => token.key)
    .join(' ');
  return key === '' ? reject('not a name: no letters or digits') : accept(key);
}
