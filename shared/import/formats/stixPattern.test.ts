import { describe, expect, it } from 'vitest';
import { parseSimplePattern, TOO_COMPLEX } from './stixPattern';

describe('parseSimplePattern', () => {
  it.each([
    ["[email-addr:value = 'a@b.co']", [['email-addr', 'a@b.co']]],
    [
      "[email-addr:value = 'a@b.co'] OR [domain-name:value = 'fake-nike.shop']",
      [
        ['email-addr', 'a@b.co'],
        ['domain-name', 'fake-nike.shop'],
      ],
    ],
    [
      "[url:value = 'https://fake-nike.shop/sale' OR ipv4-addr:value='203.0.113.7']",
      [
        ['url', 'https://fake-nike.shop/sale'],
        ['ipv4-addr', '203.0.113.7'],
      ],
    ],
    ["  [ domain-name:value = 'loja-barata.com.br' ]  ", [['domain-name', 'loja-barata.com.br']]],
    ["[url:value = 'https://x.shop/?q=it\\'s']", [['url', "https://x.shop/?q=it's"]]],
  ])('%s', (pattern, expected) => {
    expect(parseSimplePattern(pattern)).toEqual({
      ok: true,
      comparisons: expected.map(([type, value]) => ({ type, value })),
    });
  });

  it.each([
    "[email-addr:value = 'a@b.co' AND domain-name:value = 'b.co']",
    "[email-addr:value = 'a@b.co'] FOLLOWEDBY [domain-name:value = 'b.co']",
    "[domain-name:value = 'b.co'] WITHIN 300 SECONDS",
    "[url:value LIKE '%nike%']",
    "[domain-name:value MATCHES '^fake-.*']",
    "[file:hashes.'SHA-256' = 'aec0']",
    "[email-addr:value != 'a@b.co']",
    "[email-addr:value = 'a@b.co'",
    "email-addr:value = 'a@b.co']",
    "[email-addr:value = 'a@b.co'] [domain-name:value = 'b.co']",
    "[email-addr:value = 'a@b.co'] OR",
    "[email-addr:value = 'unterminated]",
    '[]',
    '',
  ])('refuses %j', (pattern) => {
    expect(parseSimplePattern(pattern)).toEqual({ ok: false, reason: TOO_COMPLEX });
  });
});
