import { describe, expect, it } from 'vitest';
import { formatSha256Sums, parseSha256Sums } from './sha256sums';

const a = 'a'.repeat(64);
const b = 'b'.repeat(64);

describe('SHA256SUMS', () => {
  it('writes GNU sha256sum lines sorted by path, and reads them back', () => {
    const text = formatSha256Sums([
      { path: 'report.html', sha256: a },
      { path: 'evidence/x-Skrinshot vitriny, v2.png', sha256: b },
    ]);
    expect(text).toBe(`${b}  evidence/x-Skrinshot vitriny, v2.png\n${a}  report.html\n`);
    expect(parseSha256Sums(text)).toEqual({
      lines: [
        { path: 'evidence/x-Skrinshot vitriny, v2.png', sha256: b },
        { path: 'report.html', sha256: a },
      ],
      problems: [],
    });
  });

  it('refuses paths GNU would have to escape and reports lines that are not sums', () => {
    expect(() => formatSha256Sums([{ path: 'a\\b', sha256: a }])).toThrow(/cannot be listed/);
    expect(() => formatSha256Sums([{ path: 'a\nb', sha256: a }])).toThrow(/cannot be listed/);
    expect(parseSha256Sums(`${a} report.html\n`).problems).toEqual([
      'line 1 of SHA256SUMS is not "<hash>  <path>"',
    ]);
  });
});
