import { describe, expect, it } from 'vitest';
import { normalizeUsername } from './username';

describe('normalizeUsername', () => {
  it.each<[string, string | undefined, string]>([
    ['@Best_Replicas_Store', 'instagram', 'best_replicas_store'],
    ['  best_replicas_store  ', 'instagram', 'best_replicas_store'],
    ['IG: @best.replicas.store', undefined, 'best.replicas.store'],
    [
      'https://www.instagram.com/best_replicas_store/?igsh=MWQ1ZGUxMzBkMA%3D%3D',
      'instagram',
      'best_replicas_store',
    ],
    ['instagram.com/Best_Replicas_Store', undefined, 'best_replicas_store'],
    ['https://www.tiktok.com/@replicas.br?_t=8k&_r=1', 'tiktok', 'replicas.br'],
    ['@ReplicasBR', 'Twitter', 'replicasbr'],
    ['https://twitter.com/ReplicasBR', 'x', 'replicasbr'],
    ['x.com/ReplicasBR/', undefined, 'replicasbr'],
    ['https://www.facebook.com/bestreplicas.oficial/', 'facebook', 'bestreplicas.oficial'],
    ['https://www.facebook.com/profile.php?id=100012345678901', 'facebook', '100012345678901'],
    ['t.me/replicas_opt', 'telegram', 'replicas_opt'],
    ['https://t.me/s/replicas_opt', 'TG', 'replicas_opt'],
    ['Telegram: @Replicas_Opt', undefined, 'replicas_opt'],
    ['vk.com/id123456789', 'vk', 'id123456789'],
    ['https://vk.com/replica.shop', 'vk.com', 'replica.shop'],
    ['https://www.youtube.com/@ReplicaReviews', undefined, 'replicareviews'],
    ['📸 @moda.barata', 'instagram', 'moda.barata'],
    ['@магазин_реплик', undefined, 'магазин_реплик'],
    ['Zapatillas-Top', 'mercadolibre.com.ar', 'zapatillas-top'],
    ['ＢｅｓｔＳｈｏｐ', undefined, 'bestshop'],
  ])('%j (platform %s) -> %j', (raw, platform, expected) => {
    expect(normalizeUsername(raw, platform)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, string | undefined, string]>([
    ['', undefined, 'empty'],
    ['   ', 'instagram', 'empty'],
    ['@', 'instagram', 'empty'],
    ['best replicas', 'instagram', 'not a valid Instagram handle: it contains spaces'],
    [
      '@best-replicas',
      'instagram',
      'not a valid Instagram handle: only letters, digits, "." and "_" are allowed',
    ],
    [
      '@магазин_реплик',
      'instagram',
      'not a valid Instagram handle: only letters, digits, "." and "_" are allowed',
    ],
    [
      'best..replicas',
      'instagram',
      'not a valid Instagram handle: it cannot start or end with "." or have ".." in it',
    ],
    ['@replicas_brasil_oficial', 'x', 'too long: X handles have at most 15 characters'],
    ['@opt', 'telegram', 'too short: Telegram handles have at least 5 characters'],
    ['@1replicas', 'telegram', 'not a valid Telegram handle: it must start with a letter'],
    ['https://www.instagram.com/p/C1a2B3c4D5e/', 'instagram', 'a link, not a profile handle'],
    ['https://bestreplicas.shop/contato', undefined, 'a link, not a profile handle'],
    ['https://www.tiktok.com/@replicas.br', 'instagram', 'a TikTok profile link, not Instagram'],
    ['🔥🔥', undefined, 'empty'],
    ['shop@best', undefined, 'not a valid user handle: only letters, digits, ".", "-" and "_" are allowed'],
  ])('%j (platform %s) is rejected: %s', (raw, platform, reason) => {
    expect(normalizeUsername(raw, platform)).toEqual({ ok: false, reason });
  });
});
