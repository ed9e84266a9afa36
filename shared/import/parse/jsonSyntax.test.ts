import { describe, expect, it } from 'vitest';
import { describeJsonProblem, findJsonSyntaxError, quoteLongIntegers } from './jsonSyntax';

describe('finding a JSON syntax error', () => {
  it.each([
    ['{"a": [1, 2.5e3, -0.1, true, false, null, "x\\n\\u00e9"], "b": {}}'],
    ['  [ ]  '],
    ['"just a string"'],
  ])('accepts %s', (text) => {
    expect(findJsonSyntaxError(text)).toBeUndefined();
  });

  it.each([
    ['', 1, 1, true, undefined],
    ['{"a": 1,}', 1, 9, false, '}'],
    ['[1, 2', 1, 6, true, undefined],
    ['{"a" 1}', 1, 6, false, '1'],
    ['{"a": tru}', 1, 10, false, '}'],
    ['{"a": "x\ny"}', 1, 9, false, '\n'],
    ['[1] 2', 1, 5, false, '2'],
    ['{"a": -}', 1, 8, false, '}'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, false, '"'],
    ['["\\x"]', 1, 4, false, 'x'],
    ['{"a": "unfinished', 1, 18, true, undefined],
    ['{"a": [1, 2]]', 1, 13, false, ']'],
  ])('finds the problem in %j at line %i, column %i', (text, line, column, atEnd, found) => {
    expect(findJsonSyntaxError(text)).toEqual({ line, column, atEnd, found });
  });

  it('survives deep nesting without recursion', () => {
    expect(findJsonSyntaxError('['.repeat(100_000))).toEqual({
      line: 1,
      column: 100_001,
      atEnd: true,
      found: undefined,
    });
  });

  it('describes a problem for the investigator', () => {
    expect(describeJsonProblem({ line: 14, column: 3, atEnd: true, found: undefined })).toBe(
      'unexpected end at line 14, column 3 — the file may be cut off',
    );
    expect(describeJsonProblem({ line: 3, column: 17, atEnd: false, found: ',' })).toBe(
      "unexpected ',' at line 3, column 17",
    );
    expect(describeJsonProblem({ line: 1, column: 9, atEnd: false, found: '\n' }, false)).toBe(
      'unexpected character U+000A at column 9',
    );
    expect(describeJsonProblem({ line: 1, column: 41, atEnd: true, found: undefined }, false)).toBe(
      'unexpected end at column 41 — the line may be cut off',
    );
  });
});

describe('keeping long integers exact', () => {
  it.each([
    ['{"id": 7312456789012345678, "n": 12}', '{"id": "7312456789012345678", "n": 12}'],
    [
      '[9007199254740991, 9007199254740992, -9007199254740993]',
      '[9007199254740991, "9007199254740992", "-9007199254740993"]',
    ],
    ['{"s": "12345678901234567890", "f": 12345678901234567890.5, "e": 1234567890123456789e3}', null],
    ['{"s": "a\\"12345678901234567890"}', null],
    ['{"n": 42}', null],
  ])('%s', (text, expected) => {
    expect(quoteLongIntegers(text)).toBe(expected ?? text);
  });

  it('gives JSON.parse the digits, not a rounded number', () => {
    const parsed = JSON.parse(quoteLongIntegers('{"id": 7312456789012345678}')) as { id: unknown };
    expect(parsed.id).toBe('7312456789012345678');
    expect(String(JSON.parse('7312456789012345678'))).toBe('7312456789012346000');
  });
});
