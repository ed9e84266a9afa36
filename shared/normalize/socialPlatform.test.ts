import { describe, expect, it } from 'vitest';
import { socialPlatform } from './socialPlatform';

describe('socialPlatform', () => {
  it.each([
    ['instagram', 'instagram'],
    ['Instagram', 'instagram'],
    ['www.instagram.com', 'instagram'],
    ['IG', 'instagram'],
    ['twitter', 'x'],
    ['twitter.com', 'x'],
    ['x.com', 'x'],
    ['t.me', 'telegram'],
    ['TG', 'telegram'],
    ['vk.ru', 'vk'],
    ['amazon.de', undefined],
    [undefined, undefined],
  ])('%j -> %j', (name, expected) => {
    expect(socialPlatform(name)).toBe(expected);
  });
});
