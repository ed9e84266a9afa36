/**
 * The social platforms whose handles and profile URLs Casegraph reads, under the short names the import mapping
 * uses for them (`instagram`, `x`…; see import/mapping/platformFromName.ts). Twitter and X are one platform: the
 * handle namespace did not change with the name.
 */
export type SocialPlatform = 'instagram' | 'tiktok' | 'x' | 'facebook' | 'telegram' | 'vk' | 'youtube';

/** Hosts (registrable domains) and spellings people use for each platform. */
const ALIASES: Readonly<Record<string, SocialPlatform>> = {
  instagram: 'instagram',
  'instagram.com': 'instagram',
  instagr: 'instagram',
  'instagr.am': 'instagram',
  ig: 'instagram',
  insta: 'instagram',
  tiktok: 'tiktok',
  'tiktok.com': 'tiktok',
  x: 'x',
  'x.com': 'x',
  twitter: 'x',
  'twitter.com': 'x',
  facebook: 'facebook',
  'facebook.com': 'facebook',
  fb: 'facebook',
  'fb.com': 'facebook',
  telegram: 'telegram',
  't.me': 'telegram',
  'telegram.me': 'telegram',
  tg: 'telegram',
  vk: 'vk',
  'vk.com': 'vk',
  'vk.ru': 'vk',
  vkontakte: 'vk',
  youtube: 'youtube',
  'youtube.com': 'youtube',
};

/** The platform a name or host stands for (`Instagram`, `twitter.com`, `TG`), or `undefined`. */
export function socialPlatform(name: string | undefined): SocialPlatform | undefined {
  return name === undefined
    ? undefined
    : ALIASES[
        name
          .trim()
          .toLowerCase()
          .replace(/^www\./, '')
      ];
}
