import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { scoId, uuid4, uuid5 } from './uuid';

describe('UUIDs for STIX', () => {
  it('computes RFC 4122 version-5 UUIDs', () => {
    // The example of Python's uuid module documentation.
    expect(uuid5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    );
  });

  it('derives an observable id from its value, whatever the seed', () => {
    expect(scoId('email-addr', { value: 'a@b.example' })).toBe(scoId('email-addr', { value: 'a@b.example' }));
    expect(scoId('email-addr', { value: 'a@b.example' })).toMatch(
      /^email-addr--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('makes seeded version-4 UUIDs', () => {
    const a = uuid4(createRandom(1, 'u'));
    expect(a).toBe(uuid4(createRandom(1, 'u')));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
