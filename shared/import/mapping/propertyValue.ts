/** Raw text -> the stored value of a property, by the property's type (see propertyTypes.ts). */
import { assertNever } from '../../assertNever';
import { normalizeUrl, parseDate, parseNumber, parsePrice } from '../../normalize';
import type { ImportOptions } from './types';
import { propertyType } from './propertyTypes';

export type PropertyResult =
  Readonly<{ ok: true; value: string | number; currency?: string }> | Readonly<{ ok: false; reason: string }>;

const COUNTRY_CODE = /^[A-Za-z]{2}$/;

/**
 * `decimal` is the investigator's choice; with `auto`, each value is read on its own (`71,90 €` and `€ 258.90`
 * are both clear), and only a value that is ambiguous by itself (`2.315`) falls back to what the column's other
 * values showed (`fallback`, see decideDecimals).
 */
export function propertyValue(
  prop: string,
  raw: string,
  options: ImportOptions,
  decimal: ',' | '.' | 'auto',
  fallback?: ',' | '.',
): PropertyResult {
  const first = readValue(prop, raw, options, decimal);
  if (first.ok || decimal !== 'auto' || fallback === undefined) return first;
  const type = propertyType(prop);
  return type === 'number' || type === 'price' ? readValue(prop, raw, options, fallback) : first;
}

function readValue(
  prop: string,
  raw: string,
  options: ImportOptions,
  decimal: ',' | '.' | 'auto',
): PropertyResult {
  const type = propertyType(prop);
  switch (type) {
    case 'text':
      return { ok: true, value: raw.trim() };
    case 'number': {
      const result = parseNumber(raw, decimal);
      return result.ok ? { ok: true, value: result.value } : result;
    }
    case 'price': {
      const result = parsePrice(raw, {
        decimal,
        ...(options.currency === undefined ? {} : { defaultCurrency: options.currency }),
      });
      if (!result.ok) return result;
      return result.currency === undefined
        ? { ok: true, value: result.amount }
        : { ok: true, value: result.amount, currency: result.currency };
    }
    case 'date': {
      const result = parseDate(raw, options.dateOrder === undefined ? {} : { order: options.dateOrder });
      return result.ok ? { ok: true, value: result.iso } : result;
    }
    case 'url': {
      const result = normalizeUrl(raw);
      return result.ok ? { ok: true, value: result.value } : result;
    }
    case 'country': {
      const trimmed = raw.trim();
      return { ok: true, value: COUNTRY_CODE.test(trimmed) ? trimmed.toUpperCase() : trimmed };
    }
    default:
      return assertNever(type, 'property type');
  }
}
