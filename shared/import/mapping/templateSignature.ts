/**
 * The identity of a header set, order-insensitive and spelling-tolerant, so a template saved for last month's
 * export is chosen again when this month's arrives with the same columns.
 */
import { sha256Hex } from '../../hash';
import { headerKey } from './headerKey';

export function templateSignature(headers: readonly string[]): string {
  const keys = [...new Set(headers.map(headerKey).filter((key) => key !== ''))].sort();
  return sha256Hex(keys.join('\n'));
}
