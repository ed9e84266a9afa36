/** The identity of a storefront on its marketplace: name, seller id and page URL, unique per marketplace. */
import { assertNever } from '../assertNever';
import { webUrl } from './identifiers/url';
import type { Random } from './random';
import { unique, type Registry } from './registry';
import { MARKETPLACES, type MarketplaceId } from './vocab/marketplaces';
import { SHOP_EMOJI, SHOP_WORDS, shopLanguage } from './vocab/names';
import { slugify } from './vocab/people';
import type { WebUrl } from './world';

export type StorefrontIdentity = Readonly<{ sellerId: string; name: string; url: WebUrl }>;

const ALNUM_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function shopName(random: Random, platform: MarketplaceId, attempt: number): string {
  const words = SHOP_WORDS[shopLanguage(MARKETPLACES[platform].language)];
  const joiner = random.pick(['', ' ', '-']);
  let name = `${random.pick(words.front)}${joiner}${random.pick(words.back)}${random.pick(words.suffix)}`;
  if (attempt > 2) name += ` ${random.int(2, 999)}`;
  // Emoji are an Amazon storefront habit; the importer must carry them through unharmed.
  if (platform === 'amazon.de' && random.chance(0.15)) {
    const emoji = random.pick(SHOP_EMOJI);
    name = random.chance(0.5) ? `${emoji} ${name} ${emoji}` : `${name} ${emoji}`;
  }
  return name.trim();
}

function sellerIdFor(random: Random, platform: MarketplaceId, name: string): string {
  switch (platform) {
    case 'amazon.de':
      return `A${random.chars(ALNUM_UPPER, random.int(12, 13))}`;
    case 'ebay.de':
    case 'ebay.co.uk':
      return `${slugify(name, random.pick(['', '_', '-']))}${random.chance(0.4) ? random.int(1, 99) : ''}`;
    case 'allegro.pl':
      return `${slugify(name, '')}${random.chance(0.5) ? random.int(1, 999) : ''}`;
    case 'mercadolivre.com.br':
      return random.digits(9);
    default:
      return assertNever(platform, 'marketplace');
  }
}

function pageUrl(platform: MarketplaceId, sellerId: string, name: string): WebUrl {
  switch (platform) {
    case 'amazon.de':
      return webUrl(`https://www.amazon.de/sp?seller=${sellerId}`);
    case 'ebay.de':
      return webUrl(`https://www.ebay.de/str/${sellerId}`);
    case 'ebay.co.uk':
      return webUrl(`https://www.ebay.co.uk/str/${sellerId}`);
    case 'allegro.pl':
      return webUrl(`https://allegro.pl/uzytkownik/${sellerId}`);
    case 'mercadolivre.com.br':
      // Mercado Livre pages are addressed by the nickname, not the numeric id.
      return webUrl(`https://www.mercadolivre.com.br/perfil/${slugify(name, '_').toUpperCase()}`);
    default:
      return assertNever(platform, 'marketplace');
  }
}

export function makeStorefrontIdentity(
  random: Random,
  registry: Registry,
  platform: MarketplaceId,
): StorefrontIdentity {
  const named = unique(registry, `shop:${platform}`, (attempt) => {
    const name = shopName(random, platform, attempt);
    return { name, key: slugify(name) };
  });
  const id = unique(registry, `seller:${platform}`, (attempt) => {
    const made = sellerIdFor(random, platform, named.name);
    return { key: attempt > 3 ? `${made}${random.int(100, 999)}` : made };
  });
  return { sellerId: id.key, name: named.name, url: pageUrl(platform, id.key, named.name) };
}
