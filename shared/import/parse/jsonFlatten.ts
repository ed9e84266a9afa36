/**
 * A JSON record as flat fields, so that a profile from a scraper maps like a row of a table:
 *
 * - nested objects are joined with dots: `seller.contact.email`;
 * - an array adds `[]` to the path and makes the field a list: `contact.phones[]` -> `['+49 30 1234567', …]`,
 *   and through an array of objects `images[].url` -> every image's URL. One name per path, whatever the array's
 *   length, is what a column mapping needs (indexed names — `images[0].url`, `images[1].url` — would give each
 *   record a different set of columns). Lists line up by position only when every element has the field; a mapper
 *   that needs the pairing reads `SourceRecord.object`;
 * - strings stay as they are, numbers and booleans become their JSON text (`71.9`, `true`), `null` becomes `''`;
 * - an empty list or object adds no field: `posts: []` would otherwise show as a `posts[]` column beside the
 *   `posts[].url` that the same key gives when it has elements;
 * - keys are used as written, even when they contain dots.
 */
import type { FieldValue } from '../types';

/** Nesting beyond this is kept as JSON text: no honest record is that deep, and recursion must stay bounded. */
const MAX_DEPTH = 64;

export function flattenJson(record: Readonly<Record<string, unknown>>): Record<string, FieldValue> {
  const fields = new Map<string, string | string[]>();
  const put = (path: string, text: string, inList: boolean): void => {
    if (!inList) {
      fields.set(path, text);
      return;
    }
    const list = fields.get(path);
    if (Array.isArray(list)) list.push(text);
    else fields.set(path, [text]);
  };
  const visit = (value: unknown, path: string, inList: boolean, depth: number): void => {
    if (depth > MAX_DEPTH) {
      put(path, JSON.stringify(value), inList);
    } else if (value === null || value === undefined) {
      put(path, '', inList);
    } else if (Array.isArray(value)) {
      for (const element of value) visit(element, `${path}[]`, true, depth + 1);
    } else if (typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        visit(child, path === '' ? key : `${path}.${key}`, inList, depth + 1);
      }
    } else if (typeof value === 'string') {
      put(path, value, inList);
    } else if (typeof value === 'number' || typeof value === 'boolean') {
      put(path, String(value), inList);
    }
  };
  visit(record, '', false, 0);
  return Object.fromEntries(fields);
}

/** The JSON path of a property: `$.data.items`, or `$["first name"]` when the key is not a plain name. */
export function childPath(parent: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

/** A plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "a list", "a number"…: what a value is, for a message saying it is not a record. */
export function describeJsonValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'a text value';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a true/false value';
    default:
      return 'an object';
  }
}
