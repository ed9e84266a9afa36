/**
 * Usernames (handles) as comparison keys: `@Best_Replicas_Store`, `instagram.com/best_replicas_store/` and
 * `IG: best_replicas_store` are one account. Handles are case-insensitive on every platform we know, so the key is
 * lower-case. The platform is not part of the value (the caller keys by platform and value), but it decides which
 * characters and lengths are valid.
 */
import { cleanCell } from './cell';
import { extractHandleFromUrl } from './profileUrl';
import { accept, reject, type Normalized } from './result';
import { socialPlatform, type SocialPlatform } from './socialPlatform';

type HandleRule = Readonly<{
  label: string;
  pattern: RegExp;
  /** How the allowed characters are described in a reason. */
  allowed: string;
  min: number;
  max: number;
  /** A further shape rule (no `..`, no trailing `.`), as the reason to give when it fails. */
  shape?: (handle: string) => string | undefined;
}>;

const dots = (handle: string): string | undefined =>
  handle.startsWith('.') || handle.endsWith('.') || handle.includes('..')
    ? 'it cannot start or end with "." or have ".." in it'
    : undefined;

const RULES: Readonly<Record<SocialPlatform, HandleRule>> = {
  instagram: {
    label: 'Instagram',
    pattern: /^[a-z0-9._]+$/,
    allowed: 'letters, digits, "." and "_"',
    min: 1,
    max: 30,
    shape: dots,
  },
  tiktok: {
    label: 'TikTok',
    pattern: /^[a-z0-9._]+$/,
    allowed: 'letters, digits, "." and "_"',
    min: 2,
    max: 24,
    shape: (handle) => (handle.endsWith('.') ? 'it cannot end with "."' : undefined),
  },
  x: { label: 'X', pattern: /^[a-z0-9_]+$/, allowed: 'letters, digits and "_"', min: 1, max: 15 },
  // Facebook pages have vanity names; people without one are known by a numeric id (`profile.php?id=…`).
  facebook: {
    label: 'Facebook',
    pattern: /^(?:[a-z0-9.]{5,50}|\d{5,20})$/,
    allowed: 'letters, digits and "."',
    min: 5,
    max: 50,
  },
  telegram: {
    label: 'Telegram',
    pattern: /^[a-z0-9_]+$/,
    allowed: 'letters, digits and "_"',
    min: 5,
    max: 32,
    shape: (handle) => (/^[a-z]/.test(handle) ? undefined : 'it must start with a letter'),
  },
  vk: { label: 'VK', pattern: /^[a-z0-9._]+$/, allowed: 'letters, digits, "." and "_"', min: 1, max: 32 },
  youtube: {
    label: 'YouTube',
    pattern: /^[a-z0-9._-]+$/,
    allowed: 'letters, digits, ".", "-" and "_"',
    min: 3,
    max: 30,
  },
};

/** Platforms we do not know (a marketplace's user names): any letters, digits, `.`, `_` and `-`. */
const ANY_PLATFORM: HandleRule = {
  label: 'user',
  pattern: /^[\p{L}\p{N}._-]+$/u,
  allowed: 'letters, digits, ".", "-" and "_"',
  min: 1,
  max: 64,
};

const LABEL =
  /^(?:instagram|insta|ig|tiktok|tik tok|twitter|x|telegram|tg|vk|vkontakte|facebook|fb|youtube|yt|user(?:name)?|handle|usu[aá]rio|nutzer(?:name)?|login|pseudo)\s*[:\-–]\s*/iu;
const LEADING_PICTOGRAPHS = /^[\p{Extended_Pictographic}\ufe0f\u200d\s]+/u;
const LINK = /\/|^https?:|^www\./i;

function check(handle: string, rule: HandleRule): Normalized {
  const invalid = `not a valid ${rule.label} handle`;
  if (/\s/.test(handle)) return reject(`${invalid}: it contains spaces`);
  if (!rule.pattern.test(handle)) return reject(`${invalid}: only ${rule.allowed} are allowed`);
  if (handle.length > rule.max)
    return reject(`too long: ${rule.label} handles have at most ${rule.max} characters`);
  if (handle.length < rule.min)
    return reject(`too short: ${rule.label} handles have at least ${rule.min} characters`);
  const shape = rule.shape?.(handle);
  return shape === undefined ? accept(handle) : reject(`${invalid}: ${shape}`);
}

/**
 * The comparison key of a handle: `@`, labels and profile URLs removed, lower-case, checked against the platform's
 * rules. `platform` may be a short name, a host or an alias (`instagram`, `twitter.com`, `TG`).
 */
export function normalizeUsername(raw: string, platform?: string): Normalized {
  let text = cleanCell(raw).normalize('NFKC').replace(LEADING_PICTOGRAPHS, '').replace(LABEL, '').trim();
  if (text === '') return reject('empty');
  let known = socialPlatform(platform);
  if (LINK.test(text)) {
    const found = extractHandleFromUrl(text);
    if (found === undefined) return reject('a link, not a profile handle');
    if (known !== undefined && found.platform !== known) {
      return reject(`a ${RULES[found.platform].label} profile link, not ${RULES[known].label}`);
    }
    known = found.platform;
    text = found.handle;
  }
  const handle = text
    .replace(/^@+/, '')
    .replace(/[,;:!?]+$/, '')
    .toLowerCase();
  if (handle === '') return reject('empty');
  return check(handle, known === undefined ? ANY_PLATFORM : RULES[known]);
}
