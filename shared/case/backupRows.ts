/** A backup's rows: one JSON line each, with tagged values for what JSON cannot say (see backupFormat.ts). */
import { BackupError, decoder, encoder } from './backupFormat';

const TAG_NUMBER = '$cgNumber';
const TAG_DATE = '$cgDate';

function describeValue(value: object): string {
  return Object.prototype.toString.call(value).slice(8, -1);
}

/** One row as one line of JSON; throws for a value JSON cannot carry faithfully. */
export function encodeRow(row: unknown, table: string): string {
  return JSON.stringify(row, function replacer(this: unknown, key: string, value: unknown) {
    // `this[key]` is the value before toJSON, so a Date is still a Date here.
    const raw = (this as Record<string, unknown>)[key];
    if (raw instanceof Date) return { [TAG_DATE]: raw.toISOString() };
    if (typeof value === 'number' && !Number.isFinite(value)) return { [TAG_NUMBER]: String(value) };
    if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol') {
      throw new BackupError(`A row of ${table} holds a ${typeof value}, which a backup cannot carry`);
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) {
        throw new BackupError(
          `A row of ${table} holds a ${describeValue(value)}, which a backup cannot carry`,
        );
      }
    }
    return value;
  });
}

export function decodeRow(line: string): unknown {
  return JSON.parse(line, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      if (keys.length === 1 && typeof record[TAG_NUMBER] === 'string') return Number(record[TAG_NUMBER]);
      if (keys.length === 1 && typeof record[TAG_DATE] === 'string') return new Date(record[TAG_DATE]);
    }
    return value;
  });
}

export function encodeRows(rows: readonly unknown[], table: string): Uint8Array {
  return encoder.encode(rows.map((row) => `${encodeRow(row, table)}\n`).join(''));
}

export function decodeRows(payload: Uint8Array, table: string): unknown[] {
  let text: string;
  try {
    text = decoder.decode(payload);
  } catch {
    throw new BackupError(`The rows of ${table} are not valid text: the file is damaged`);
  }
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      try {
        return decodeRow(line);
      } catch {
        throw new BackupError(`A row of ${table} is not valid JSON: the file is damaged`);
      }
    });
}
