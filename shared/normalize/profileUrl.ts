/**
 * The handle in a social profile URL (`https://www.instagram.com/best_replicas_store/?igsh=…` ->
 * `best_replicas_store`). Only profile URLs count: a post, a reel, a search or a share link has no handle in it
 * we could trust, so those give `undefined` rather than a wrong account.
 */
import { getDomain } from 'tldts';
import { assertNever } from '../assertNever';
import { parseLooseUrl } from './looseUrl';
import { socialPlatform, type SocialPlatform } from './socialPlatform';

/** A social account named by a URL: the platform and the handle as written in the URL (without `@`). */
export type ProfileHandle = Readonly<{ platform: SocialPlatform; handle: string }>;

/** First path segments that are site sections, not accounts. */
const NOT_ACCOUNTS: Readonly<Record<SocialPlatform, ReadonlySet<string>>> = {
  instagram: new Set(['p', 'reel', 'reels', 'tv', 'explore', 'accounts', 'direct', 'about', 'legal', 'web']),
  tiktok: new Set(),
  x: new Set([
    'home',
    'i',
    'intent',
    'share',
    'search',
    'hashtag',
    'explore',
    'settings',
    'messages',
    'notifications',
  ]),
  facebook: new Set([
    'groups',
    'events',
    'watch',
    'marketplace',
    'sharer',
    'sharer.php',
    'share',
    'photo',
    'photo.php',
    'permalink.php',
    'story.php',
    'login',
    'login.php',
    'help',
    'hashtag',
    'reel',
  ]),
  telegram: new Set(['joinchat', 'addstickers', 'share', 'c', 'proxy', 'iv']),
  vk: new Set(['feed', 'im', 'search', 'away.php', 'share.php', 'video', 'audio', 'music', 'login']),
  youtube: new Set(),
};

/** The first path segment that names an account on each platform, `undefined` when the URL names none. */
function accountSegment(platform: SocialPlatform, segments: readonly string[], url: URL): string | undefined {
  const [first, second, third] = segments;
  switch (platform) {
    case 'tiktok':
    case 'youtube':
      return first?.startsWith('@') === true ? first.slice(1) : undefined;
    case 'instagram':
      return first === 'stories' ? second : first;
    case 'facebook':
      if (first === 'profile.php') return url.searchParams.get('id') ?? undefined;
      if (first === 'people' || first === 'pages') return third ?? undefined;
      return first;
    case 'telegram':
      // `t.me/s/<channel>` is the web preview of a channel; `t.me/+…` an invite that names no one.
      if (first === 's') return second;
      return first?.startsWith('+') === true ? undefined : first;
    case 'x':
    case 'vk':
      return first;
    default:
      return assertNever(platform, 'social platform');
  }
}

/** A path segment as text; a broken escape (`%E0%A4%A`) is kept as written rather than failing the whole URL. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The platform and handle of a social profile URL, or `undefined` when it is not one. */
export function extractHandleFromUrl(url: string): ProfileHandle | undefined {
  const parsed = parseLooseUrl(url);
  if (!parsed.ok) return undefined;
  const platform = socialPlatform(getDomain(parsed.url.hostname) ?? undefined);
  if (platform === undefined) return undefined;
  const segments = parsed.url.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map(decodeSegment);
  const handle = accountSegment(platform, segments, parsed.url);
  if (handle === undefined || handle === '' || NOT_ACCOUNTS[platform].has(handle.toLowerCase()))
    return undefined;
  return { platform, handle };
}
