import { describe, expect, it } from 'vitest';
import { extractHandleFromUrl } from './profileUrl';

describe('extractHandleFromUrl', () => {
  it.each([
    [
      'https://www.instagram.com/best_replicas_store/?igsh=abc',
      { platform: 'instagram', handle: 'best_replicas_store' },
    ],
    ['instagram.com/Best_Replicas_Store', { platform: 'instagram', handle: 'Best_Replicas_Store' }],
    [
      'https://www.instagram.com/stories/moda.barata/3312345678901234567/',
      { platform: 'instagram', handle: 'moda.barata' },
    ],
    [
      'https://www.tiktok.com/@replicas.br/video/7301234567890123456',
      { platform: 'tiktok', handle: 'replicas.br' },
    ],
    [
      'https://mobile.twitter.com/ReplicasBR/status/1712345678901234567',
      { platform: 'x', handle: 'ReplicasBR' },
    ],
    ['https://x.com/ReplicasBR', { platform: 'x', handle: 'ReplicasBR' }],
    [
      'https://m.facebook.com/bestreplicas.oficial?mibextid=ZbWKwL',
      { platform: 'facebook', handle: 'bestreplicas.oficial' },
    ],
    [
      'https://www.facebook.com/profile.php?id=100012345678901',
      { platform: 'facebook', handle: '100012345678901' },
    ],
    [
      'https://www.facebook.com/people/Loja-Barata/100087654321098/',
      { platform: 'facebook', handle: '100087654321098' },
    ],
    ['t.me/replicas_opt', { platform: 'telegram', handle: 'replicas_opt' }],
    ['https://t.me/s/replicas_opt', { platform: 'telegram', handle: 'replicas_opt' }],
    ['https://vk.com/replica.shop', { platform: 'vk', handle: 'replica.shop' }],
    ['https://www.youtube.com/@ReplicaReviews/videos', { platform: 'youtube', handle: 'ReplicaReviews' }],
    [
      'https://www.instagram.com/%D0%BC%D0%B0%D0%B3%D0%B0%D0%B7%D0%B8%D0%BD/',
      { platform: 'instagram', handle: 'магазин' },
    ],
  ])('%s', (url, expected) => {
    expect(extractHandleFromUrl(url)).toEqual(expected);
  });

  it.each([
    ['https://www.instagram.com/p/C1a2B3c4D5e/'],
    ['https://www.instagram.com/reel/C1a2B3c4D5e/'],
    ['https://www.instagram.com/'],
    ['https://www.tiktok.com/tag/replicas'],
    ['https://twitter.com/intent/tweet?text=hi'],
    ['https://x.com/search?q=replicas'],
    ['https://www.facebook.com/groups/123456789/'],
    ['https://www.facebook.com/sharer/sharer.php?u=x'],
    ['https://t.me/+AbCdEfGhIjK'],
    ['https://t.me/joinchat/AAAAAE'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['https://bestreplicas.shop/best_replicas_store'],
    ['best_replicas_store'],
    [''],
  ])('%j names no account', (url) => {
    expect(extractHandleFromUrl(url)).toBeUndefined();
  });
});
