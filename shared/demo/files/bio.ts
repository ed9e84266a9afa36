/** Spelling a bio: free text with e-mails, phones, links and @handles written into it as people write them. */
import { assertNever } from '../../assertNever';
import { emailSpellings } from '../identifiers/email';
import { spellPhone } from '../identifiers/phone';
import { spellUrl } from '../identifiers/url';
import type { Random } from '../random';
import type { Social } from '../world';
import type { PlannedUse } from './table';

export type SpelledBio = Readonly<{ text: string; mentions: readonly PlannedUse[] }>;

export function spellBio(random: Random, social: Social, field: string, separator: string): SpelledBio {
  const mentions: PlannedUse[] = [];
  const parts = social.bio.map((part): string => {
    switch (part.type) {
      case 'text':
        return part.text;
      case 'handle':
        return `@${part.handle}`;
      case 'identifier': {
        const value = part.value;
        const raw =
          value.kind === 'email'
            ? random.pick(emailSpellings(value).slice(0, 3))
            : value.kind === 'phone'
              ? spellPhone(random, value, undefined)
              : spellUrl(random, value, 0.7);
        mentions.push({ identifier: value, field, raw, link: 'mentions' });
        return `${part.label}${raw}`;
      }
      default:
        return assertNever(part, 'bio part');
    }
  });
  // A handle is glued to the phrase before it ("Folgt auch @x"), everything else is a line of its own.
  const lines: string[] = [];
  social.bio.forEach((part, i) => {
    const text = parts[i] ?? '';
    const previous = social.bio[i - 1];
    if (part.type === 'handle' && previous?.type === 'text' && lines.length > 0) {
      lines[lines.length - 1] = `${lines[lines.length - 1] ?? ''}${text}`;
    } else {
      lines.push(text);
    }
  });
  return { text: lines.join(separator), mentions };
}
