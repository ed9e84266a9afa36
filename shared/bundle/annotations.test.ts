import { describe, expect, it } from 'vitest';
import { createAnnotationsFile, parseAnnotationsFile } from './annotations';
import type { Annotation } from './types';

const manifest = {
  case: {
    id: 'c0ffee00',
    title: 'Ромашка — "fake" Nike',
    reference: 'CG-2026-017',
    status: 'open' as const,
    owner: 'Анна',
    tags: [],
    summary: '',
  },
};
const annotations: Annotation[] = [
  {
    id: 'a2',
    target: { type: 'evidence', id: 'a'.repeat(64), label: 'Скриншот 🛒.png' },
    flag: 'question',
    comment: 'Дата съёмки? <script>alert(1)</script>, "quoted"',
    at: '2026-11-29T10:05:00.000Z',
  },
  {
    id: 'a1',
    target: { type: 'entity', id: 'seller:ozon.ru\u001f77123', label: 'Ромашка' },
    flag: 'confirmed',
    comment: '',
    at: '2026-11-29T10:00:00.000Z',
  },
];
const file = createAnnotationsFile({
  manifestSha256: 'b'.repeat(64),
  manifest,
  reviewer: 'Jürgen O’Brien',
  createdAt: '2026-11-29T11:00:00.000Z',
  annotations: annotations.map((a) => ({
    ...a,
    manifestSha256: 'b'.repeat(64),
    targetId: a.target.id,
    reviewer: 'x',
  })),
});

describe('annotations file', () => {
  it('round-trips, sealed by the hash of its canonical JSON, annotations in time order', () => {
    const parsed = parseAnnotationsFile(file);
    expect(parsed.format).toBe('casegraph-annotations');
    expect(parsed.bundle).toEqual({
      manifestSha256: 'b'.repeat(64),
      caseId: 'c0ffee00',
      caseReference: 'CG-2026-017',
      caseTitle: 'Ромашка — "fake" Nike',
    });
    expect(parsed.annotations.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(parsed.annotations[1]).toEqual(annotations[0]);
    expect(parsed.sha256).toMatch(/^[0-9a-f]{64}$/);
    // key order does not matter to the seal
    const reordered = JSON.stringify(
      Object.fromEntries(Object.entries(JSON.parse(file) as object).reverse()),
    );
    expect(parseAnnotationsFile(reordered).sha256).toBe(parsed.sha256);
  });

  it('refuses a file changed after the reviewer saved it', () => {
    const edited = file.replace('"flag": "question"', '"flag": "confirmed"');
    expect(edited).not.toBe(file);
    expect(() => parseAnnotationsFile(edited, 'review.json')).toThrow(
      /review\.json was changed after the reviewer saved it/,
    );
  });

  it('refuses another format, a newer version and a broken file in words', () => {
    expect(() => parseAnnotationsFile('{"format":"casegraph-bundle","version":1}')).toThrow(
      /not a Casegraph annotations file/,
    );
    expect(() => parseAnnotationsFile(file.replace('"version": 1', '"version": 2'))).toThrow(
      /newer Casegraph/,
    );
    expect(() => parseAnnotationsFile(file.slice(0, 50))).toThrow(/not JSON/);
    expect(() => parseAnnotationsFile(file.replace('"flag": "question"', '"flag": "maybe"'))).toThrow(
      /annotations\.0\.flag|annotations\.1\.flag/,
    );
  });
});
