/**
 * The simple STIX patterns that name observables outright — `[email-addr:value = 'a@b.co']`, several of them
 * joined with OR, inside one bracket or across brackets — turned into the (type, value) pairs they name.
 *
 * Anything more (AND, FOLLOWEDBY, qualifiers, LIKE/MATCHES, other properties, NOT) describes a *set* of things,
 * not a thing, and cannot become an identifier node without guessing; such patterns are refused as a whole.
 */

/** One `type:value = '…'` comparison of a simple pattern. */
export type PatternComparison = Readonly<{ type: string; value: string }>;

export type PatternResult =
  Readonly<{ ok: true; comparisons: readonly PatternComparison[] }> | Readonly<{ ok: false; reason: string }>;

export const TOO_COMPLEX = 'pattern too complex to turn into identifiers';

const OBJECT_TYPE = /^[a-z0-9][a-z0-9-]*/;

export function parseSimplePattern(pattern: string): PatternResult {
  const comparisons: PatternComparison[] = [];
  let rest = pattern.trim();
  // Brackets only group: with nothing but OR anywhere, `[a] OR [b]` and `[a OR b]` name the same observables.
  let depth = 0;
  let expectOperand = true;
  while (rest !== '') {
    if (expectOperand) {
      if (rest.startsWith('[')) {
        depth += 1;
        rest = rest.slice(1).trimStart();
        continue;
      }
      const comparison = readComparison(rest);
      if (comparison === undefined) return { ok: false, reason: TOO_COMPLEX };
      comparisons.push(comparison.comparison);
      rest = comparison.rest;
      expectOperand = false;
      continue;
    }
    if (rest.startsWith(']')) {
      if (depth === 0) return { ok: false, reason: TOO_COMPLEX };
      depth -= 1;
      rest = rest.slice(1).trimStart();
      continue;
    }
    const or = /^OR(?![A-Za-z0-9_])\s*/.exec(rest);
    if (or === null) return { ok: false, reason: TOO_COMPLEX };
    rest = rest.slice(or[0].length);
    expectOperand = true;
  }
  if (depth !== 0 || expectOperand || comparisons.length === 0) return { ok: false, reason: TOO_COMPLEX };
  return { ok: true, comparisons };
}

/** `type:value = 'text'` at the start of `text`, or undefined when the start is anything else. */
function readComparison(text: string): { comparison: PatternComparison; rest: string } | undefined {
  const type = OBJECT_TYPE.exec(text)?.[0];
  if (type === undefined) return undefined;
  const operator = /^:value\s*=\s*'/.exec(text.slice(type.length));
  if (operator === null) return undefined;
  let i = type.length + operator[0].length;
  let value = '';
  // STIX string literals escape only the quote and the backslash.
  while (i < text.length) {
    const char = text.charAt(i);
    if (char === '\\') {
      const next = text.charAt(i + 1);
      if (next !== "'" && next !== '\\') return undefined;
      value += next;
      i += 2;
      continue;
    }
    if (char === "'") return { comparison: { type, value }, rest: text.slice(i + 1).trimStart() };
    value += char;
    i += 1;
  }
  return undefined;
}
