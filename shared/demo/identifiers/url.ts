/** Web addresses: storefront pages and shop domains, and the ways bios and exports write them. */
import type { Random } from '../random';
import type { Domain, WebUrl } from '../world';

/** The key drops the scheme and `www.`, which is what the URL normalizer is expected to do too. */
export function webUrl(href: string): WebUrl {
  const key = href
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');
  return { kind: 'url', key: key.replace(/^[^/?]+/, (host) => host.toLowerCase()), href };
}

export function domain(name: string): Domain {
  return { kind: 'domain', key: name.toLowerCase() };
}

/** Every spelling; the first is the canonical href. Tracking parameters are what scrapes and bios add. */
export function urlSpellings(url: WebUrl): string[] {
  const noScheme = url.href.replace(/^https?:\/\//, '');
  const joiner = url.href.includes('?') ? '&' : '?';
  return [
    url.href,
    noScheme.replace(/^www\./, ''),
    noScheme,
    `${url.href}${joiner}utm_source=ig&utm_medium=social&utm_content=link_in_bio`,
    url.href.replace(/^https:/, 'http:'),
  ];
}

export function spellUrl(random: Random, url: WebUrl, noise: number): string {
  if (!random.chance(noise)) return url.href;
  return random.pick(urlSpellings(url).slice(1));
}
