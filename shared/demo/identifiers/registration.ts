/** Company registration and VAT numbers in each country's format, with check digits where sources verify them. */
import { assertNever } from '../../assertNever';
import type { Random } from '../random';
import type { CountryCode } from '../vocab/marketplaces';

/** A Brazilian CNPJ (`12.345.678/0001-95`) with both check digits right. */
export function randomCnpj(random: Random): string {
  const base = `${random.digits(8)}0001`;
  const digits = Array.from({ length: base.length }, (_, i) => Number(base.charAt(i)));
  const check = (weights: readonly number[]): number => {
    const sum = weights.reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0);
    const rest = sum % 11;
    return rest < 2 ? 0 : 11 - rest;
  };
  digits.push(check([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]));
  digits.push(check([6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]));
  const d = digits.join('');
  return `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}/${d.slice(8, 12)}-${d.slice(12)}`;
}

export function randomVatNumber(random: Random, country: CountryCode): string {
  switch (country) {
    case 'DE':
      return `DE${random.digits(9)}`;
    case 'PL':
      return `PL${random.digits(10)}`;
    case 'GB':
      return `GB${random.digits(9)}`;
    case 'LU':
      return `LU${random.digits(8)}`;
    // Sellers from China and Brazil selling into the EU register for German VAT.
    case 'CN':
    case 'BR':
      return `DE${random.digits(9)}`;
    default:
      return assertNever(country, 'country');
  }
}

/** The number of the company register each country uses. */
export function randomRegistrationNumber(random: Random, country: CountryCode): string {
  switch (country) {
    case 'DE':
      return `HRB ${random.digits(5)}`;
    case 'CN':
      // Unified social credit code: 18 characters.
      return `91${random.pick(['4403', '4401', '3307', '3503'])}00${random.chars('0123456789ABCDEFGHJKLMNPQRTUWXY', 10)}`;
    case 'BR':
      return randomCnpj(random);
    case 'PL':
      return `KRS ${random.digits(10, true).replace(/^\d{4}/, '0000')}`;
    case 'GB':
      return random.digits(8, true);
    case 'LU':
      return `B${random.digits(6)}`;
    default:
      return assertNever(country, 'country');
  }
}
