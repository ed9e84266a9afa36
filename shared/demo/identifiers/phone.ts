/**
 * Phone numbers of the demo world and the many ways sources write them. Every spelling of one number must
 * normalize to the same E.164 value — given the file's default region for the national forms, which is why
 * national forms are only written into files whose region is the number's own country.
 */
import { assertNever } from '../../assertNever';
import type { Random } from '../random';
import type { CountryCode } from '../vocab/marketplaces';

export type Phone = Readonly<{
  kind: 'phone';
  /** E.164, the key every spelling normalizes to. */
  key: string;
  country: CountryCode;
  callingCode: string;
  /** The national significant number, digit groups as they are usually written (area code first). */
  groups: readonly string[];
}>;

const CALLING_CODES: Readonly<Record<CountryCode, string>> = {
  DE: '49',
  CN: '86',
  BR: '55',
  PL: '48',
  GB: '44',
  LU: '352',
};

function make(country: CountryCode, groups: readonly string[]): Phone {
  const callingCode = CALLING_CODES[country];
  return { kind: 'phone', key: `+${callingCode}${groups.join('')}`, country, callingCode, groups };
}

/** A valid-looking number: mobiles mostly, landlines for some businesses. */
export function randomPhone(random: Random, country: CountryCode): Phone {
  const landline = random.chance(0.35);
  switch (country) {
    case 'DE':
      if (landline) {
        const [area, length] = random.pick([
          ['30', 8],
          ['40', 8],
          ['69', 8],
          ['89', 8],
          ['221', 7],
          ['6155', 6],
          ['2203', 6],
        ] as const);
        return make(country, [area, random.digits(length)]);
      }
      return make(country, [
        random.pick(['151', '152', '157', '160', '170', '172', '176', '178']),
        random.digits(8),
      ]);
    case 'BR': {
      const area = random.pick(['11', '21', '31', '41', '47', '51', '61', '71', '81', '85']);
      if (landline)
        return make(country, [area, `${random.int(2, 5)}${random.digits(3, true)}`, random.digits(4, true)]);
      return make(country, [area, `9${random.int(6, 9)}${random.digits(3, true)}`, random.digits(4, true)]);
    }
    case 'CN':
      if (landline) return make(country, ['755', `8${random.digits(3, true)}`, random.digits(4, true)]);
      return make(country, [
        random.pick(['135', '136', '137', '138', '139', '150', '158', '159', '186', '188']),
        random.digits(4, true),
        random.digits(4, true),
      ]);
    case 'PL':
      if (landline)
        return make(country, ['22', random.digits(3), random.digits(2, true), random.digits(2, true)]);
      return make(country, [
        random.pick(['501', '512', '530', '570', '601', '660', '691', '721', '781', '792', '885']),
        random.digits(3, true),
        random.digits(3, true),
      ]);
    case 'GB':
      if (landline) return make(country, ['20', `7${random.digits(3, true)}`, random.digits(4, true)]);
      return make(country, [`79${random.digits(2, true)}`, random.digits(6, true)]);
    case 'LU':
      return make(country, [random.digits(3), random.digits(3, true)]);
    default:
      return assertNever(country, 'country');
  }
}

/** Regions where `00` dials abroad; in Brazil `00` is followed by a carrier code, so `0049…` means something else. */
const IDD_00: ReadonlySet<CountryCode> = new Set<CountryCode>(['DE', 'PL', 'GB', 'CN', 'LU']);

/**
 * The spellings a file read with default region `region` may contain, so that each one normalizes to the key:
 * `+` forms everywhere, `00` forms only where `00` is the international prefix, national forms only in the
 * number's own country. `undefined` is a source read with no region at all (JSON, FollowTheMoney, STIX).
 */
export function phoneSpellings(phone: Phone, region: CountryCode | undefined): string[] {
  const { callingCode: cc, groups } = phone;
  const spaced = groups.join(' ');
  const compact = groups.join('');
  const [area = '', ...rest] = groups;
  const subscriber = rest.join(' ');
  const plus = [`+${cc} ${spaced}`, `+${cc}${compact}`];
  const zeroZero = [`00${cc} ${spaced}`];
  let national: string[] = [];
  switch (phone.country) {
    case 'DE':
      plus.push(`+49 (0) ${spaced}`);
      zeroZero.push(`0049 (0)${area}-${rest.join('')}`);
      national = [`0${area} ${subscriber}`, `0${area}/${rest.join('')}`, `0${area}-${rest.join('')}`];
      break;
    case 'BR':
      plus.push(`+55 (${area}) ${rest.join('-')}`, `+55 ${area} ${rest.join('-')}`);
      national = [`(${area}) ${rest.join('-')}`, `${area} ${rest.join('-')}`, `(${area}) ${rest.join('')}`];
      break;
    case 'CN':
      plus.push(`+86-${groups.join('-')}`);
      zeroZero.push(`0086 ${compact}`);
      break;
    case 'PL':
      zeroZero.push(`0048 ${groups.join('-')}`);
      national = [spaced, groups.join('-')];
      break;
    case 'GB':
      plus.push(`+44 (0)${spaced}`);
      national = [`0${spaced}`];
      break;
    case 'LU':
      break;
    default:
      return assertNever(phone.country, 'country');
  }
  return [
    ...plus,
    ...(region !== undefined && IDD_00.has(region) ? zeroZero : []),
    ...(region === phone.country ? national : []),
  ];
}

/** One spelling, chosen by `random`; national forms are preferred where allowed, as real local exports do. */
export function spellPhone(random: Random, phone: Phone, region: CountryCode | undefined): string {
  const all = phoneSpellings(phone, region);
  if (region === phone.country && random.chance(0.6)) {
    const national = all.filter((spelling) => !spelling.startsWith('+') && !spelling.startsWith('00'));
    if (national.length > 0) return random.pick(national);
  }
  return random.pick(all);
}

/** Phone numbers that must be rejected in any region: too short, all zeros, words. */
export const INVALID_PHONES = [
  '+49 123',
  '0000 000',
  '+55 (11) 1234-56',
  'tel. folgt',
  '+86 12',
  '+49 0000 0000',
] as const;
