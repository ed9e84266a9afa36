import { describe, expect, it } from 'vitest';
import { ParseError } from './errors';
import { collect, fixtureBytes, fixtureSource, textSource } from './fixtures/testSupport';
import { MAX_JSON_BYTES, findRecordList, parseJsonDocument, previewJsonDocument } from './json';
import { bytesSource, type ByteSource } from './source';

describe('JSON documents', () => {
  it('finds the records inside the document and flattens each one', async () => {
    const { records, errors, error } = await collect(
      parseJsonDocument(await fixtureSource('nested-items.valid.json')),
    );
    expect(error).toBeUndefined();
    expect(records.map((r) => r.locator)).toEqual([
      { path: '$.data.items[0]' },
      { path: '$.data.items[1]' },
      { path: '$.data.items[3]' },
    ]);
    expect(records[0]?.fields).toEqual({
      // 19 digits: kept exactly, where JSON.parse alone would have made it 7312456789012346000.
      id: '7312456789012345678',
      username: 'sneaker.outlet.official',
      full_name: 'Sneaker Outlet 👟',
      bio: '100% original ✅ DM for prices. WhatsApp +49 176 9876543',
      followers: '12400',
      is_verified: 'false',
      external_url: '',
      'contact.emails[]': ['sales@sneaker-outlet.shop', 'support@sneaker-outlet.shop'],
      'posts[].shortcode': ['C3xYz1', 'C3xYz2'],
      'posts[].image.url': ['https://cdn.example/p/1.jpg', 'https://cdn.example/p/2.jpg'],
    });
    expect(records[1]?.object).toMatchObject({ username: 'luxe_bags_store', followers: 3100, posts: [] });
    expect(errors).toEqual([
      {
        locator: { path: '$.data.items[2]' },
        reason: '$.data.items[2] is a text value, not a record (JSON object)',
        value: '"deleted-account"',
      },
    ]);
  });

  it('previews the records with the fields seen and where they were found', async () => {
    const preview = await previewJsonDocument(await fixtureSource('nested-items.valid.json'), 2);
    expect(preview.path).toBe('$.data.items');
    expect(preview.total).toBe(4);
    expect(preview.encoding).toBe('utf-8');
    expect(preview.rows.map((r) => r.locator.path)).toEqual(['$.data.items[0]', '$.data.items[1]']);
    expect(preview.headers).toEqual([
      'id',
      'username',
      'full_name',
      'bio',
      'followers',
      'is_verified',
      'external_url',
      'contact.emails[]',
      'posts[].shortcode',
      'posts[].image.url',
      // First seen in the second profile: the first one's phone list is empty.
      'contact.phones[]',
    ]);
    expect(preview.notes).toEqual([
      { level: 'info', message: 'The records are the 4 items at $.data.items.' },
    ]);
  });

  it('reports where a cut-off document ends', async () => {
    // The fixture cut in the middle of the second profile, as a failed transfer leaves it.
    const text = new TextDecoder().decode(await fixtureBytes('nested-items.valid.json'));
    const cut = text.slice(0, text.indexOf('"full_name": "Люкс Сумки"'));
    const { error } = await collect(parseJsonDocument(textSource('truncated.invalid.json', cut)));
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({
      file: 'truncated.invalid.json',
      row: 24,
      column: 9,
      message:
        'truncated.invalid.json is not valid JSON: unexpected end at line 24, column 9 — the file may be cut off. ' +
        'Open it in a text editor at that place, or ask for a new export.',
    });
  });

  it('reports a stray character with its line and column', async () => {
    const { error } = await collect(
      parseJsonDocument(textSource('profiles.json', '[\n  {"a": 1},\n  {"b": 2},,\n]')),
    );
    expect(error).toMatchObject({
      message:
        "profiles.json is not valid JSON: unexpected ',' at line 3, column 12. Open it in a text editor at that " +
        'place, or ask for a new export.',
    });
  });

  it('takes STIX objects from the bundle', async () => {
    const { records } = await collect(parseJsonDocument(await fixtureSource('stix-bundle.valid.json')));
    expect(records.map((r) => [r.locator.path, r.fields['type']])).toEqual([
      ['$.objects[0]', 'identity'],
      ['$.objects[1]', 'user-account'],
      ['$.objects[2]', 'email-addr'],
    ]);
  });

  it('reads a single object as one record at $', async () => {
    const { records } = await collect(
      parseJsonDocument(textSource('one.json', '{"handle": "x", "stats": {"posts": 3}}')),
    );
    expect(records).toEqual([
      {
        locator: { path: '$' },
        fields: { handle: 'x', 'stats.posts': '3' },
        object: { handle: 'x', stats: { posts: 3 } },
      },
    ]);
  });

  it('refuses documents without records', async () => {
    await expect(collect(parseJsonDocument(textSource('ids.json', '["a", "b"]')))).resolves.toMatchObject({
      error: {
        message:
          'ids.json holds a list of values, not records: expected objects like {"name": …}. Check that this is the export you meant.',
      },
    });
    await expect(collect(parseJsonDocument(textSource('n.json', '42')))).resolves.toMatchObject({
      error: {
        message: 'n.json holds a number, not records: expected a list of objects, or an object holding one.',
      },
    });
    await expect(collect(parseJsonDocument(textSource('e.json', ' \n')))).resolves.toMatchObject({
      error: {
        message: 'e.json is empty: there is no header row and no data. Check that the export finished.',
      },
    });
  });

  it('refuses a document over the size limit before reading it', async () => {
    const huge: ByteSource = {
      name: 'dump.json',
      size: MAX_JSON_BYTES + 1,
      read: () => Promise.reject(new Error('read')),
    };
    await expect(collect(parseJsonDocument(huge))).resolves.toMatchObject({
      error: {
        message:
          'dump.json is 100 MB; JSON documents over 100 MB cannot be read here, because a JSON document must be read ' +
          'whole. Ask for the data as JSON Lines (one record per line), which is read in pieces at any size.',
      },
    });
  });

  it('batches records and errors together', async () => {
    const text = JSON.stringify({ items: [{ a: 1 }, 2, { a: 3 }, { a: 4 }, { a: 5 }] });
    const { batchSizes, records, errors } = await collect(
      parseJsonDocument(bytesSource('b.json', new TextEncoder().encode(text)), { batchSize: 2 }),
    );
    expect(batchSizes).toEqual([2, 2, 1]);
    expect(records.map((r) => r.locator.path)).toEqual([
      '$.items[0]',
      '$.items[2]',
      '$.items[3]',
      '$.items[4]',
    ]);
    expect(errors.map((e) => e.locator.path)).toEqual(['$.items[1]']);
  });
});

describe('finding the list of records', () => {
  it('prefers the list with the most objects, and the shallowest on a tie', () => {
    const root = {
      meta: { warnings: [{ w: 1 }, { w: 2 }] },
      data: { items: [{ a: 1 }, { a: 2 }, { a: 3 }], pages: { all: [{ b: 1 }, { b: 2 }, { b: 3 }] } },
    };
    expect(findRecordList('x.json', root)).toMatchObject({ path: '$.data.items', single: false });
    expect(findRecordList('x.json', { 'the list': [{ a: 1 }] })).toMatchObject({ path: '$["the list"]' });
  });
});
