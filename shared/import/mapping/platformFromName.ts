/**
 * The platform a file comes from, guessed from its name (`marketplace-sellers_amazon-de.csv` -> `amazon.de`,
 * `instagram-profiles.json` -> `instagram`). Only a proposal: the mapping step shows it and the investigator can
 * change it. Without it, sellers of a whole-marketplace export would have no platform to be keyed by.
 */
const PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/amazon[._-]?(de|fr|es|it|nl|pl|se|co[._-]?uk|com[._-]?br|com[._-]?mx|com)(?![a-z])/i, 'amazon.$1'],
  [/ebay[._-]?(de|fr|es|it|co[._-]?uk|com[._-]?au|com)(?![a-z])/i, 'ebay.$1'],
  [/mercado[._-]?livre/i, 'mercadolivre.com.br'],
  [/aliexpress/i, 'aliexpress.com'],
  [/allegro/i, 'allegro.pl'],
  [/etsy/i, 'etsy.com'],
  [/ozon/i, 'ozon.ru'],
  [/wildberries/i, 'wildberries.ru'],
  [/temu/i, 'temu.com'],
  [/wish/i, 'wish.com'],
  [/instagram/i, 'instagram'],
  [/tiktok/i, 'tiktok'],
  [/facebook/i, 'facebook'],
  [/telegram/i, 'telegram'],
  [/twitter|(^|[^a-z])x[._-]com/i, 'x'],
  [/vk(ontakte)?([._-]|$)/i, 'vk'],
];

export function platformFromFileName(fileName: string): string | undefined {
  for (const [pattern, platform] of PATTERNS) {
    const match = pattern.exec(fileName);
    if (match) return platform.replace('$1', (match[1] ?? '').replace(/[_-]/g, '.').toLowerCase());
  }
  return undefined;
}
