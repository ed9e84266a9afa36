import { describe, expect, it } from 'vitest';
import { mediaTypeFromName } from './mediaType';

describe('media type from a file name', () => {
  it.each([
    ['Verkäufer_Export.CSV', 'text/csv'],
    ['listings 2026-11.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['профиль.json', 'application/json'],
    ['shop.mhtml', 'multipart/related'],
    ['capture.tar.gz', 'application/octet-stream'],
    ['README', 'application/octet-stream'],
    ['.jsonl', 'application/x-ndjson'],
  ])('%s is %s', (name, type) => {
    expect(mediaTypeFromName(name)).toBe(type);
  });
});
