/** GTIN-13 (EAN) numbers with their GS1 check digit, as rights holders print them and listings copy them. */
import type { Random } from '../random';

/** The GS1 check digit of the digits before it: weights 3 and 1 alternating from the right. */
export function gtinCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = Number(body.charAt(body.length - 1 - i));
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidGtin(gtin: string): boolean {
  return /^\d{8,14}$/.test(gtin) && gtinCheckDigit(gtin.slice(0, -1)) === Number(gtin.slice(-1));
}

/**
 * A made-up EAN of the kind online "barcode generators" sell to sellers without a brand: a valid check digit under
 * a Chinese GS1 prefix (690–699), and no product of any catalog behind it.
 */
export function madeUpGtin(random: Random): string {
  const body = `69${random.digits(10, true)}`;
  return `${body}${gtinCheckDigit(body)}`;
}
