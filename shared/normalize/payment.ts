/**
 * Payment accounts as comparison keys: a shared IBAN or PayPal account is one of the strongest links between
 * storefronts.
 *
 * - IBAN: spaces removed, upper-case, length and mod-97 checked.
 * - An e-mail address is taken as a PayPal account (`paypal:<normalized e-mail>`): that is what an e-mail in a
 *   payment column almost always is. Another service named before it (`Pix: …`, `Payoneer: …`) is kept instead.
 * - Card numbers are refused: Casegraph must not hold full card numbers (PCI DSS); store the last four digits in a
 *   note. Masked cards are refused too: thousands of cards share their last four digits, so as a node they would
 *   link strangers.
 * - Crypto wallet addresses keep their case (Base58 addresses are case-sensitive); anything else is trimmed,
 *   spaces collapsed and upper-cased.
 */
import { cleanCell } from './cell';
import { normalizeEmail } from './email';
import { ibanProblem, looksLikeIban } from './iban';
import { reject, type Rejected } from './result';

/** How a payment account was recognized. */
export type PaymentProvider = 'iban' | 'paypal' | 'other';

export type NormalizedPayment = Readonly<{ ok: true; value: string; provider: PaymentProvider }> | Rejected;

const IBAN_LABEL = /^iban\s*[:#-]?\s*/i;
const PAYPAL_LABEL = /^pay\s?pal\s*[:-]?\s*/i;
const PAYPAL_ME = /^(?:https?:\/\/)?(?:www\.)?paypal\.me\/([a-z0-9._-]+)\/?$/i;
/** Payment services whose account ids are not PayPal's, even when they look like e-mails (a Pix key often is one). */
const OTHER_SERVICE =
  /^(pix|payoneer|wise|skrill|alipay|wechat\s?pay|qiwi|yoomoney|zelle|venmo|cash\s?app|revolut|western\s?union)\s*[:-]\s*/i;
/** 13–19 digits, grouped by spaces or dashes, starting as card numbers do (2–6: Mastercard, Visa, Amex, UnionPay…). */
const CARD_LIKE = /(?<![\p{L}\p{N}])[2-6]\d(?:[ -]?\d){11,17}(?![\p{L}\p{N}])/gu;
const MASKED_CARD = /^(?:[\p{L} ]+:\s*)?[x*•·\s-]{4,}\d{4}$/iu;
const CRYPTO =
  /^(?:bc1[a-z0-9]{25,60}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|T[1-9A-HJ-NP-Za-km-z]{33}|0x[0-9a-fA-F]{40})$/;
const PLACEHOLDERS = new Set([
  'n/a',
  'na',
  'none',
  'null',
  'keine',
  'nenhum',
  'nenhuma',
  'ninguno',
  'aucun',
  'tbd',
  '-',
]);
const MIN_SIGNIFICANT = 4;

/** The Luhn check every card number passes. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Any run of digits in the text that passes as a card number, labelled or not (`Visa: 4111 1111 1111 1111`). */
const containsCardNumber = (text: string): boolean =>
  Array.from(text.matchAll(CARD_LIKE), (match) => match[0].replace(/\D/g, '')).some(passesLuhn);

const paypal = (value: string): NormalizedPayment => ({ ok: true, value, provider: 'paypal' });
const other = (value: string): NormalizedPayment => ({ ok: true, value, provider: 'other' });

/** The comparison key and provider of a payment account (IBAN, PayPal, other). */
export function normalizePaymentAccount(raw: string): NormalizedPayment {
  const text = cleanCell(raw).normalize('NFKC');
  if (text === '') return reject('empty');

  const compact = text
    .replace(IBAN_LABEL, '')
    .replace(/[\s.-]/g, '')
    .toUpperCase();
  if (looksLikeIban(compact) || IBAN_LABEL.test(text)) {
    const problem = ibanProblem(compact);
    return problem === undefined ? { ok: true, value: compact, provider: 'iban' } : reject(problem);
  }

  if (containsCardNumber(text)) return reject('looks like a card number: store only the last four digits');
  if (MASKED_CARD.test(text)) {
    return reject('a masked card number: too many cards share the last four digits to link accounts by it');
  }

  const service = OTHER_SERVICE.exec(text);
  if (service?.[1] !== undefined) {
    const name = service[1].toLowerCase().replace(/\s/g, '');
    const key = text.slice(service[0].length).trim();
    if (key === '') return reject(`no account after "${service[1]}"`);
    const email = normalizeEmail(key);
    return other(`${name}:${email.ok ? email.value : key.toUpperCase()}`);
  }

  const withoutPaypal = text.replace(PAYPAL_LABEL, '');
  const paypalMe = PAYPAL_ME.exec(text) ?? PAYPAL_ME.exec(withoutPaypal);
  if (paypalMe?.[1] !== undefined) return paypal(`paypal.me/${paypalMe[1].toLowerCase()}`);
  if (withoutPaypal.includes('@')) {
    const email = normalizeEmail(withoutPaypal);
    return email.ok ? paypal(`paypal:${email.value}`) : reject(`not a PayPal account: ${email.reason}`);
  }
  if (withoutPaypal !== text)
    return reject('not a PayPal account: give its e-mail address or paypal.me link');

  if (CRYPTO.test(text)) return other(text.startsWith('0x') ? text.toLowerCase() : text);
  if (PLACEHOLDERS.has(text.toLowerCase())) return reject(`"${text}" is a placeholder, not an account`);
  if ((text.match(/[\p{L}\p{N}]/gu) ?? []).length < MIN_SIGNIFICANT)
    return reject('too short to be an account');
  return other(text.toUpperCase());
}
