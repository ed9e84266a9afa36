/**
 * Normalizers: raw values from imported files -> comparison keys (identifiers) and typed values (numbers, prices,
 * dates). Each is a pure function with a table-driven test beside it. Identifier keys become ids
 * (`entityId('email', value)`), so changing what a normalizer returns changes ids: treat it as a data migration.
 */
export type { Normalized, Rejected } from './result';

export { normalizeEmail, emailLocalPart, emailDomain } from './email';
export { normalizePhone, isCountryCode, type CountryCode } from './phone';
export { normalizeUrl } from './url';
export { canonicalListing, type CanonicalListing } from './listing';
export { normalizeDomain, hostOf } from './domain';
export { normalizeAddress } from './address';
export { normalizeName } from './name';
export { foldHomoglyphs } from './homoglyphs';
export { normalizeUsername } from './username';
export { extractHandleFromUrl, type ProfileHandle } from './profileUrl';
export type { SocialPlatform } from './socialPlatform';
export { normalizeIp } from './ip';
export { normalizePaymentAccount, type NormalizedPayment, type PaymentProvider } from './payment';
export {
  parseNumber,
  detectDecimalSeparator,
  type DecimalSeparator,
  type DecimalSetting,
  type ParsedNumber,
} from './number';
export { parsePrice, type ParsedPrice, type PriceOptions } from './price';
export { parseDate, type DateOptions, type DateOrder, type DatePrecision, type ParsedDate } from './date';
export { extractIdentifiers, type ExtractedIdentifiers } from './text';
