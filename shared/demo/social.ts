/**
 * Social accounts. Each operation is promoted by a few Instagram and TikTok accounts whose bios and contact fields
 * carry identifiers its storefronts use (an e-mail, a WhatsApp number, a storefront link) and @mention one another.
 * Unrelated accounts (hobbyists, a brand's own account, honest shops) add volume without linking to any operation.
 */
import { randomDay, unixSeconds } from './dates';
import { hasUrlColumn } from './contacts';
import { webUrl } from './identifiers/url';
import { fullName, randomPerson } from './parties';
import type { Random } from './random';
import { unique, type Registry } from './registry';
import type { Language, SocialPlatform } from './vocab/marketplaces';
import { BIO_VOCABULARY, UNRELATED_BIOS } from './vocab/bios';
import { slugify } from './vocab/people';
import { PRODUCTS } from './vocab/products';
import type { BioPart, Operation, Social, Storefront } from './world';

function handleFor(random: Random, registry: Registry, base: string): string {
  const stem = slugify(base, random.pick(['', '_', '.'])).slice(0, 18) || 'shop';
  return unique(registry, 'handle', (attempt) => {
    const form = random.pick([
      `${stem}.official`,
      `${stem}_store`,
      `${stem}.outlet`,
      `the.${stem}`,
      `${stem}_${random.int(1, 99)}`,
    ]);
    return { key: attempt > 2 ? `${form}${random.int(100, 9999)}` : form };
  }).key;
}

function displayName(random: Random, language: Language, base: string): string {
  switch (language) {
    case 'ru': {
      const person = randomPerson(random, 'RU');
      return `${person.first} | ${random.pick(['Бренды', 'Outlet', 'Магазин'])} 🛍️`;
    }
    case 'pt':
      return `${base} ${random.pick(['Oficial', '🇧🇷', 'Store ✨'])}`;
    default:
      return `${base}${random.pick(['', ' ✨', ' 🔥', ' Official'])}`;
  }
}

function counts(random: Random): Pick<Social, 'followers' | 'following' | 'posts' | 'createdAt'> {
  return {
    followers: random.skewed(300, 240_000),
    following: random.int(10, 2000),
    posts: random.int(5, 1500),
    createdAt: unixSeconds(
      randomDay(random, '2019-01-01', '2025-12-31'),
      random.int(0, 23),
      random.int(0, 59),
    ),
  };
}

/** The promoting accounts of one operation. `fronts` are its storefronts with contacts already assigned. */
export function makeOperationSocials(
  random: Random,
  registry: Registry,
  operation: Operation,
  fronts: readonly Storefront[],
  hubEmail: string,
  firstIndex: number,
): Social[] {
  const vocabulary = BIO_VOCABULARY[operation.language];
  const emails = [
    ...new Map(
      fronts
        .flatMap((f) => (f.contact.email && f.contact.email.key !== hubEmail ? [f.contact.email] : []))
        .map((e) => [e.key, e]),
    ).values(),
  ];
  const phones = [
    ...new Map(
      fronts.flatMap((f) => (f.contact.phone ? [f.contact.phone] : [])).map((p) => [p.key, p]),
    ).values(),
  ];
  const urls = fronts.filter((front) => hasUrlColumn(front.platform)).map((front) => front.url);
  const count = Math.min(4, 1 + Math.floor(fronts.length / 3));
  const firstPlatform: SocialPlatform = random.pick(['instagram', 'tiktok']);
  const socials: Social[] = [];

  for (let k = 0; k < count; k++) {
    const platform: SocialPlatform =
      k % 2 === 0 ? firstPlatform : firstPlatform === 'instagram' ? 'tiktok' : 'instagram';
    const base = random.pick(fronts).name;
    const handle = handleFor(random, registry, base);
    const bio: BioPart[] = [{ type: 'text', text: random.pick(vocabulary.lines) }];
    const mentions = random.sample(
      [
        ...(emails.length > 0 ? [{ label: random.pick(vocabulary.email), value: random.pick(emails) }] : []),
        ...(phones.length > 0 ? [{ label: random.pick(vocabulary.phone), value: random.pick(phones) }] : []),
        ...(urls.length > 0 ? [{ label: random.pick(vocabulary.shop), value: random.pick(urls) }] : []),
      ],
      random.int(1, 2),
    );
    for (const mention of mentions) bio.push({ type: 'identifier', ...mention });
    const previous = socials[k - 1];
    if (previous !== undefined) {
      bio.push({ type: 'text', text: random.pick(vocabulary.mention) });
      bio.push({ type: 'handle', handle: previous.handle });
    }
    if (random.chance(0.5)) bio.push({ type: 'text', text: random.pick(vocabulary.lines) });

    const instagram = platform === 'instagram';
    socials.push({
      index: firstIndex + k,
      platform,
      handle,
      displayName: displayName(random, operation.language, base),
      platformId: instagram ? random.digits(random.int(10, 11)) : random.digits(19),
      operation: operation.index,
      storefront: undefined,
      bio,
      ...(instagram && emails.length > 0 && random.chance(0.5) ? { contactEmail: random.pick(emails) } : {}),
      ...(instagram && phones.length > 0 && random.chance(0.35) ? { contactPhone: random.pick(phones) } : {}),
      ...(random.chance(0.7)
        ? {
            externalUrl:
              urls.length > 0 && random.chance(0.6)
                ? random.pick(urls)
                : webUrl(`https://${operation.domain.key}/`),
          }
        : {}),
      ...(instagram && random.chance(0.3) ? { address: random.pick(operation.addresses) } : {}),
      ...counts(random),
      category: random.pick(vocabulary.category),
    });
  }
  return socials;
}

/** Accounts that promote no operation: hobbyists, the brands' own accounts, honest shops. */
export function makeUnrelatedSocials(
  random: Random,
  registry: Registry,
  count: number,
  honest: readonly Storefront[],
  hubEmail: string,
  firstIndex: number,
): Social[] {
  const socials: Social[] = [];
  const shops = random.shuffle(honest);
  for (let k = 0; k < count; k++) {
    const platform: SocialPlatform = random.pick(['instagram', 'tiktok']);
    const kind = k % 3;
    const shop = kind === 2 ? shops[k % Math.max(1, shops.length)] : undefined;
    let handle: string;
    let name: string;
    let bio: BioPart[];
    if (shop !== undefined) {
      handle = handleFor(random, registry, shop.name);
      name = shop.name;
      const email = shop.contact.email;
      bio = [
        { type: 'text', text: 'Fachhändler seit 2009 • Originalware mit Rechnung' },
        email !== undefined && email.key !== hubEmail && shop.contact.invalidEmail === undefined
          ? { type: 'identifier', label: '📩 ', value: email }
          : { type: 'identifier', label: '🛒 ', value: shop.url },
      ];
    } else if (kind === 1) {
      const product = random.pick(PRODUCTS);
      handle = handleFor(random, registry, `${product.brand} fan`);
      name = `${product.brand} fan page`;
      bio = [{ type: 'text', text: `Not affiliated with ${product.brand}. Beware of fakes ⚠️` }];
    } else {
      const person = randomPerson(random, random.pick(['DE', 'BR', 'PL', 'GB', 'RU'] as const));
      handle = handleFor(random, registry, fullName(person));
      name = fullName(person);
      bio = [{ type: 'text', text: random.pick(UNRELATED_BIOS) }];
    }
    socials.push({
      index: firstIndex + k,
      platform,
      handle,
      displayName: name,
      platformId: platform === 'instagram' ? random.digits(random.int(10, 11)) : random.digits(19),
      operation: undefined,
      storefront: shop?.index,
      bio,
      ...counts(random),
      category: 'Personal blog',
    });
  }
  return socials;
}
