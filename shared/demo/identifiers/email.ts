/** E-mail addresses and the noise sources add to them (case, `E-Mail:` labels, stray spaces). */
import type { Random } from '../random';

export type Email = Readonly<{
  kind: 'email';
  /** Lower-case, trimmed: the key every spelling normalizes to. */
  key: string;
}>;

export function email(address: string): Email {
  return { kind: 'email', key: address.trim().toLowerCase() };
}

/** Capitalizes the first letter of the local part and of the domain, as people type them in forms. */
function titleCase(address: string): string {
  const [local = '', domain = ''] = address.split('@');
  const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  return `${cap(local)}@${cap(domain)}`;
}

/** Every noisy spelling; the first is the clean one. */
export function emailSpellings(value: Email): string[] {
  const clean = value.key;
  return [
    clean,
    titleCase(clean),
    clean.toUpperCase(),
    `E-Mail: ${clean}`,
    `E-mail:${titleCase(clean)}`,
    ` ${clean} `,
    `${clean}  `,
  ];
}

/** Clean with probability `1 - noise`, otherwise one of the noisy spellings. */
export function spellEmail(random: Random, value: Email, noise: number): string {
  if (!random.chance(noise)) return value.key;
  return random.pick(emailSpellings(value).slice(1));
}

/** Addresses that must be rejected: no domain, two @, no local part, no @, a space, an empty label. */
export const INVALID_EMAILS = [
  'info@',
  'vendas@@hotmail.com',
  '@gmx.de',
  'shop.at.gmail.com',
  'kontakt@nordic outlet.de',
  'contato@loja..com.br',
] as const;

/** Free-mail providers by the country of the person who signs up. */
export const FREEMAIL: Readonly<Record<'DE' | 'CN' | 'BR' | 'PL' | 'GB', readonly string[]>> = {
  DE: ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'outlook.de'],
  CN: ['163.com', 'qq.com', '126.com', 'gmail.com', 'hotmail.com'],
  BR: ['gmail.com', 'hotmail.com', 'bol.com.br', 'yahoo.com.br', 'outlook.com'],
  PL: ['wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'gmail.com'],
  GB: ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'btinternet.com'],
};
