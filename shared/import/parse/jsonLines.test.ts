import { describe, expect, it } from 'vitest';
import { collect, fixtureSource, textSource, trickleSource } from './fixtures/testSupport';
import { MAX_LINE_CHARS, parseJsonLines, previewJsonLines } from './jsonLines';
import type { ByteSource } from './source';

describe('JSON Lines', () => {
  it('reads one record per line, keeps going past a broken line, and numbers records by line', async () => {
    const { records, errors, error } = await collect(
      parseJsonLines(await fixtureSource('profiles.valid.jsonl')),
    );
    expect(error).toBeUndefined();
    expect(records.map((r) => [r.locator, r.fields])).toEqual([
      [
        { row: 1 },
        {
          platform: 'instagram',
          handle: 'sneaker.outlet.official',
          followers: '12400',
          'emails[]': ['sales@sneaker-outlet.shop'],
        },
      ],
      // Line 2 is blank; line 3 ends with CRLF.
      [{ row: 3 }, { platform: 'tiktok', handle: 'luxe_bags_store', followers: '3100' }],
      [
        { row: 5 },
        {
          platform: 'x',
          handle: 'cheap_kicks_eu',
          followers: '455',
          'emails[]': ['kicks@mail.example'],
          id: '1790000000000000001',
        },
      ],
    ]);
    expect(records[0]?.object).toEqual({
      platform: 'instagram',
      handle: 'sneaker.outlet.official',
      followers: 12400,
      emails: ['sales@sneaker-outlet.shop'],
    });
    expect(errors).toEqual([
      {
        locator: { row: 4 },
        reason: 'not valid JSON: unexpected end at column 65 — the line may be cut off',
        value: '{"platform":"instagram","handle":"watch.deals.24","followers":87',
      },
    ]);
  });

  it('reads the same records when every chunk is a single byte', async () => {
    const source = await fixtureSource('profiles.valid.jsonl');
    expect(await collect(parseJsonLines(trickleSource(source, 1)))).toEqual(
      await collect(parseJsonLines(source)),
    );
  });

  it('rejects a line that holds something other than an object', async () => {
    const { records, errors } = await collect(
      parseJsonLines(textSource('x.jsonl', '{"a":1}\n["a","b"]\n"text"\n{"a":2}')),
    );
    expect(records.map((r) => r.locator.row)).toEqual([1, 4]);
    expect(errors).toEqual([
      { locator: { row: 2 }, reason: 'holds a list, not a record (JSON object)', value: '["a","b"]' },
      { locator: { row: 3 }, reason: 'holds a text value, not a record (JSON object)', value: '"text"' },
    ]);
  });

  it('batches records and errors together', async () => {
    const text = '{"a":1}\n{"a":\n{"a":3}\n{"a":4}\n{"a":5}\n';
    const { batchSizes } = await collect(parseJsonLines(textSource('x.jsonl', text), { batchSize: 2 }));
    expect(batchSizes).toEqual([2, 2, 1]);
  });

  it('previews the first records and warns about bad lines among them', async () => {
    const preview = await previewJsonLines(await fixtureSource('profiles.valid.jsonl'), 10);
    expect(preview.headers).toEqual(['platform', 'handle', 'followers', 'emails[]', 'id']);
    expect(preview.rows.map((r) => r.locator.row)).toEqual([1, 3, 5]);
    expect(preview.encoding).toBe('utf-8');
    expect(preview.notes).toEqual([
      {
        level: 'warning',
        message:
          'Line 4 cannot be read and will be rejected: not valid JSON: unexpected end at column 65 — the line may be cut off.',
      },
    ]);
  });

  it('refuses an empty file and one with only blank lines', async () => {
    const message =
      'profiles.jsonl is empty: there is no header row and no data. Check that the export finished.';
    expect((await collect(parseJsonLines(textSource('profiles.jsonl', '')))).error).toMatchObject({
      message,
    });
    expect((await collect(parseJsonLines(textSource('profiles.jsonl', '\n  \n\r\n')))).error).toMatchObject({
      message,
    });
  });

  it('refuses a file whose line never ends, without holding more than the limit', async () => {
    const size = MAX_LINE_CHARS + 2 * 1024 * 1024;
    const source: ByteSource = {
      name: 'minified.jsonl',
      size,
      read: (offset, length) => Promise.resolve(new Uint8Array(Math.min(length, size - offset)).fill(0x61)),
    };
    expect((await collect(parseJsonLines(source))).error).toMatchObject({
      row: 1,
      message:
        'minified.jsonl, line 1 is longer than 16 million characters: this is not JSON Lines (one record per line). ' +
        'If it is one JSON document, give it the .json ending and import it again.',
    });
  });
});
