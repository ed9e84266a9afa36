/**
 * Raw text -> identifier draft, through the normalizer of its kind. The normalized value is the identifier's key,
 * so the same phone written `+49 6155 2302` in one file and `06155 2302` in another (region DE) is one node.
 */
import { assertNever } from '../../assertNever';
import type { IdentifierKind } from '../../model';
import {
  normalizeAddress,
  normalizeDomain,
  normalizeEmail,
  normalizeIp,
  normalizePaymentAccount,
  normalizePhone,
  normalizeUrl,
  normalizeUsername,
  type CountryCode,
} from '../../normalize';
import { entityDraft } from '../draft';
import type { EntityDraft } from '../types';

export type IdentifierContext = Readonly<{ region?: CountryCode; platform?: string }>;

export type IdentifierResult =
  Readonly<{ ok: true; draft: EntityDraft }> | Readonly<{ ok: false; reason: string }>;

const SHA256 = /^[0-9a-f]{64}$/;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

function withValue(
  kind: IdentifierKind,
  value: string,
  extra: Readonly<Record<string, string>> = {},
): IdentifierResult {
  const properties: Record<string, string[]> = { value: [value] };
  for (const [prop, v] of Object.entries(extra)) if (v !== '') properties[prop] = [v];
  return { ok: true, draft: entityDraft(kind, [value], properties) };
}

export function identifierDraft(
  kind: IdentifierKind,
  raw: string,
  context: IdentifierContext,
): IdentifierResult {
  switch (kind) {
    case 'email': {
      const result = normalizeEmail(raw);
      return result.ok ? withValue(kind, result.value) : result;
    }
    case 'phone': {
      const result = normalizePhone(raw, context.region);
      return result.ok ? withValue(kind, result.value) : result;
    }
    case 'address': {
      const result = normalizeAddress(raw);
      return result.ok ? withValue(kind, result.value, { full: collapse(raw) }) : result;
    }
    case 'paymentAccount': {
      const result = normalizePaymentAccount(raw);
      return result.ok ? withValue(kind, result.value, { provider: result.provider }) : result;
    }
    case 'ipAddress': {
      const result = normalizeIp(raw);
      return result.ok ? withValue(kind, result.value) : result;
    }
    case 'domain': {
      const result = normalizeDomain(raw);
      return result.ok ? withValue(kind, result.value) : result;
    }
    case 'url': {
      const result = normalizeUrl(raw);
      return result.ok ? withValue(kind, result.value) : result;
    }
    case 'username': {
      const result = normalizeUsername(raw, context.platform);
      return result.ok ? withValue(kind, result.value, { platform: context.platform ?? '' }) : result;
    }
    case 'image': {
      const value = raw.trim().toLowerCase();
      return SHA256.test(value)
        ? withValue(kind, value)
        : { ok: false, reason: 'not a SHA-256 hash (64 hexadecimal characters)' };
    }
    default:
      return assertNever(kind, 'identifier kind');
  }
}
