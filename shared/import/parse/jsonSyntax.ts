/**
 * JSON text, checked by hand where `JSON.parse` falls short:
 *
 * - where a syntax error is. Engines word and place their errors differently ("at position 5312" in Node, "line
 *   14 column 3" in Firefox), and the investigator needs a line and a column on every one of them;
 * - integers too long for a JavaScript number. TikTok and X account ids have 19 digits; `JSON.parse` rounds them,
 *   and two different accounts could become one node. Such literals are turned into strings before parsing.
 */

/** A syntax error's place, 1-based, and what was found there. */
export type JsonSyntaxProblem = Readonly<{
  line: number;
  column: number;
  /** The text ended before the document did: the usual sign of a file cut off in transfer. */
  atEnd: boolean;
  /** The character found where it does not belong (undefined at the end). */
  found: string | undefined;
}>;

type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose' | 'done';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** The first syntax error in `text`, or `undefined` if it is valid JSON. Linear, without recursion. */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  const stack: ('{' | '[')[] = [];
  let expect: Expect = 'value';
  let pos = 0;
  const fail = (at: number): JsonSyntaxProblem => problemAt(text, at);
  const afterValue = (): Expect => (stack.length > 0 ? 'commaOrClose' : 'done');
  for (;;) {
    while (pos < text.length && WHITESPACE.has(text[pos] ?? '')) pos += 1;
    if (pos >= text.length) return expect === 'done' ? undefined : fail(pos);
    const ch = text[pos] ?? '';
    switch (expect) {
      case 'done':
        return fail(pos);
      case 'colon':
        if (ch !== ':') return fail(pos);
        pos += 1;
        expect = 'value';
        continue;
      case 'commaOrClose': {
        const open = stack[stack.length - 1];
        if (ch === ',') {
          pos += 1;
          expect = open === '{' ? 'key' : 'value';
        } else if ((ch === '}' && open === '{') || (ch === ']' && open === '[')) {
          pos += 1;
          stack.pop();
          expect = afterValue();
        } else {
          return fail(pos);
        }
        continue;
      }
      case 'key':
      case 'keyOrClose': {
        if (expect === 'keyOrClose' && ch === '}') {
          pos += 1;
          stack.pop();
          expect = afterValue();
          continue;
        }
        if (ch !== '"') return fail(pos);
        const end = stringEnd(text, pos);
        if (typeof end !== 'number') return fail(end.at);
        pos = end;
        expect = 'colon';
        continue;
      }
      case 'value':
      case 'valueOrClose': {
        if (expect === 'valueOrClose' && ch === ']') {
          pos += 1;
          stack.pop();
          expect = afterValue();
          continue;
        }
        if (ch === '{' || ch === '[') {
          stack.push(ch);
          pos += 1;
          expect = ch === '{' ? 'keyOrClose' : 'valueOrClose';
          continue;
        }
        if (ch === '"') {
          const end = stringEnd(text, pos);
          if (typeof end !== 'number') return fail(end.at);
          pos = end;
          expect = afterValue();
          continue;
        }
        const literal = ['true', 'false', 'null'].find((word) => word[0] === ch);
        if (literal !== undefined) {
          for (let i = 0; i < literal.length; i++) if (text[pos + i] !== literal[i]) return fail(pos + i);
          pos += literal.length;
          expect = afterValue();
          continue;
        }
        NUMBER.lastIndex = pos;
        const match = NUMBER.exec(text);
        if (match === null) return fail(ch === '-' ? pos + 1 : pos);
        pos += match[0].length;
        expect = afterValue();
        continue;
      }
    }
  }
}

/** The index just after a string's closing quote, or where the string goes wrong. */
function stringEnd(text: string, start: number): number | { at: number } {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) return i + 1;
    if (ch < 0x20) return { at: i };
    if (ch === 0x5c) {
      const next = text[i + 1];
      if (next === undefined) return { at: i + 1 };
      if (next === 'u') {
        for (let k = 2; k < 6; k++)
          if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) return { at: Math.min(i + k, text.length) };
        i += 5;
      } else if (ESCAPES.has(next)) {
        i += 1;
      } else {
        return { at: i + 1 };
      }
    }
  }
  return { at: text.length };
}

function problemAt(text: string, at: number): JsonSyntaxProblem {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  const atEnd = at >= text.length;
  return { line, column: at - lineStart + 1, atEnd, found: atEnd ? undefined : text[at] };
}

/** "unexpected end at line 14, column 3 — the file may be cut off" / "unexpected ',' at line 3, column 17". */
export function describeJsonProblem(problem: JsonSyntaxProblem, withLine: boolean = true): string {
  const place = withLine ? `line ${problem.line}, column ${problem.column}` : `column ${problem.column}`;
  if (problem.atEnd) return `unexpected end at ${place} — the ${withLine ? 'file' : 'line'} may be cut off`;
  const found = problem.found ?? '';
  const shown = /^[\x21-\x7e]$/.test(found)
    ? `'${found}'`
    : `character U+${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return `unexpected ${shown} at ${place}`;
}

const LONG_DIGITS = /\d{16}/;
const MAX_SAFE_DIGITS = String(Number.MAX_SAFE_INTEGER);

/**
 * The text with every integer literal beyond `Number.MAX_SAFE_INTEGER` put in quotes, so it is kept digit for digit
 * as a string. Text inside strings is left alone. Cheap when there is nothing to do (one regular-expression test).
 */
export function quoteLongIntegers(text: string): string {
  if (!LONG_DIGITS.test(text)) return text;
  const parts: string[] = [];
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) {
      const end = stringEnd(text, i);
      i = typeof end === 'number' ? end : text.length;
      continue;
    }
    const isStart = ch === 0x2d || (ch >= 0x30 && ch <= 0x39);
    if (!isStart) {
      i += 1;
      continue;
    }
    NUMBER.lastIndex = i;
    const literal = NUMBER.exec(text)?.[0] ?? text[i] ?? '';
    if (isUnsafeInteger(literal)) {
      parts.push(text.slice(copied, i), `"${literal}"`);
      copied = i + literal.length;
    }
    i += Math.max(1, literal.length);
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

function isUnsafeInteger(literal: string): boolean {
  if (/[.eE]/.test(literal)) return false;
  const digits = literal.startsWith('-') ? literal.slice(1) : literal;
  if (digits.length !== MAX_SAFE_DIGITS.length) return digits.length > MAX_SAFE_DIGITS.length;
  return digits > MAX_SAFE_DIGITS;
}
