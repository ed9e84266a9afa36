/** Payment accounts: IBANs with valid check digits, written with and without spaces. */
import type { Random } from '../random';

export type Iban = Readonly<{
  kind: 'paymentAccount';
  /** Upper-case, no spaces: the key every spelling normalizes to. */
  key: string;
  bankName: string;
}>;

/** A bank and the shape of its account numbers. */
export type BankSpec = Readonly<{
  country: string;
  bank: string;
  name: string;
  accountDigits: number;
  suffix?: string;
}>;

/** Banks an operation may open accounts with; neobanks (LT) are popular with sellers abroad. */
export const BANKS: Readonly<Record<'DE' | 'LT' | 'PL' | 'BR' | 'GB', readonly BankSpec[]>> = {
  DE: [
    { country: 'DE', bank: '10010010', name: 'Postbank', accountDigits: 10 },
    { country: 'DE', bank: '37040044', name: 'Commerzbank', accountDigits: 10 },
    { country: 'DE', bank: '10011001', name: 'N26 Bank', accountDigits: 10 },
    { country: 'DE', bank: '12030000', name: 'Deutsche Kreditbank', accountDigits: 10 },
  ],
  LT: [
    { country: 'LT', bank: '32500', name: 'Revolut Bank UAB', accountDigits: 11 },
    { country: 'LT', bank: '35000', name: 'Paysera LT', accountDigits: 11 },
  ],
  PL: [
    { country: 'PL', bank: '10201026', name: 'PKO Bank Polski', accountDigits: 16 },
    { country: 'PL', bank: '11402004', name: 'mBank', accountDigits: 16 },
  ],
  BR: [
    { country: 'BR', bank: '18236120', name: 'Nu Pagamentos', accountDigits: 15, suffix: 'C1' },
    { country: 'BR', bank: '60701190', name: 'Itaú Unibanco', accountDigits: 15, suffix: 'C1' },
  ],
  GB: [
    { country: 'GB', bank: 'MONZ', name: 'Monzo Bank', accountDigits: 14 },
    { country: 'GB', bank: 'BARC', name: 'Barclays', accountDigits: 14 },
  ],
};

/** ISO 13616 check digits: move the country code to the end, letters to numbers, 98 - mod 97. */
export function ibanCheckDigits(country: string, bban: string): string {
  const rearranged = `${bban}${country}00`.toUpperCase();
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 && code <= 90 ? String(code - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return String(98 - remainder).padStart(2, '0');
}

/** True when an IBAN's check digits are right (any spacing, any case). */
export function isValidIban(value: string): boolean {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact)) return false;
  return ibanCheckDigits(compact.slice(0, 2), compact.slice(4)) === compact.slice(2, 4);
}

export function randomIban(random: Random, banks: readonly BankSpec[]): Iban {
  const spec = random.pick(banks);
  const bban = `${spec.bank}${random.digits(spec.accountDigits, true)}${spec.suffix ?? ''}`;
  return {
    kind: 'paymentAccount',
    key: `${spec.country}${ibanCheckDigits(spec.country, bban)}${bban}`,
    bankName: spec.name,
  };
}

/** Groups of four, as printed on invoices. */
export function groupIban(key: string): string {
  return key.replace(/(.{4})/g, '$1 ').trim();
}

export function spellIban(random: Random, iban: Iban): string {
  return random.weighted(
    [groupIban(iban.key), iban.key, `IBAN: ${groupIban(iban.key)}`, groupIban(iban.key).toLowerCase()],
    [6, 3, 1, 1],
  );
}
