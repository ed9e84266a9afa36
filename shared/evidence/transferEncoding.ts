/**
 * The two MIME content-transfer-encodings that saved web pages use (RFC 2045): quoted-printable for the HTML and
 * CSS, base64 for images and fonts. Both work on bytes, so a part's charset is applied only after decoding.
 */

const HEX = new Map<number, number>();
for (let value = 0; value < 16; value++) {
  HEX.set(value.toString(16).charCodeAt(0), value);
  HEX.set(value.toString(16).toUpperCase().charCodeAt(0), value);
}

const EQUALS = 0x3d;
const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;

/**
 * Decodes quoted-printable bytes: `=XX` becomes one byte, `=` at the end of a line (CRLF or LF) is a soft line
 * break and disappears, and whitespace before a line break is dropped (RFC 2045 §6.7 (3): transports may add it).
 * A malformed escape (`=G1`, a lone `=` at the end) is kept literally, as the RFC recommends, rather than failing
 * a whole page over one bad byte.
 */
export function decodeQuotedPrintable(input: Uint8Array): Uint8Array {
  const output = new Uint8Array(input.length);
  let length = 0;
  let pendingWhitespace = 0;
  const flushWhitespace = (end: number) => {
    for (let i = end - pendingWhitespace; i < end; i++) output[length++] = input[i] ?? SPACE;
    pendingWhitespace = 0;
  };
  for (let i = 0; i < input.length; i++) {
    const byte = input[i] ?? 0;
    if (byte === SPACE || byte === TAB) {
      pendingWhitespace++;
      continue;
    }
    if (byte === CR || byte === LF) {
      pendingWhitespace = 0;
      output[length++] = byte;
      continue;
    }
    flushWhitespace(i);
    if (byte !== EQUALS) {
      output[length++] = byte;
      continue;
    }
    const next = input[i + 1];
    if (next === LF) {
      i += 1;
      continue;
    }
    if (next === CR) {
      i += input[i + 2] === LF ? 2 : 1;
      continue;
    }
    const high = HEX.get(next ?? 0);
    const low = HEX.get(input[i + 2] ?? 0);
    if (high !== undefined && low !== undefined) {
      output[length++] = high * 16 + low;
      i += 2;
      continue;
    }
    // A soft line break with trailing whitespace after the `=` (`=  \r\n`) is still a soft line break.
    let j = i + 1;
    while (input[j] === SPACE || input[j] === TAB) j++;
    if (input[j] === CR || input[j] === LF || j === input.length) {
      i = input[j] === CR && input[j + 1] === LF ? j + 1 : j;
      continue;
    }
    output[length++] = byte;
  }
  flushWhitespace(input.length);
  return output.slice(0, length);
}

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUES = new Int16Array(256).fill(-1);
for (let value = 0; value < BASE64_ALPHABET.length; value++)
  BASE64_VALUES[BASE64_ALPHABET.charCodeAt(value)] = value;
// The URL-safe alphabet shows up in hand-made files; accepting it costs nothing.
BASE64_VALUES['-'.charCodeAt(0)] = 62;
BASE64_VALUES['_'.charCodeAt(0)] = 63;

/** Why base64 could not be decoded. */
export type Base64Error = Readonly<{ offset: number; byte: number }>;

/**
 * Decodes base64 bytes, skipping line breaks and other whitespace. Stops at the first `=` (padding). Returns the
 * offending offset instead of throwing when a byte is outside the alphabet, so the caller can say which part of
 * which file is broken.
 */
export function decodeBase64(
  input: Uint8Array,
): { ok: true; bytes: Uint8Array } | { ok: false; error: Base64Error } {
  const output = new Uint8Array(Math.floor((input.length * 3) / 4) + 3);
  let length = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < input.length; i++) {
    const byte = input[i] ?? 0;
    if (byte === EQUALS) break;
    if (byte === CR || byte === LF || byte === SPACE || byte === TAB) continue;
    const value = BASE64_VALUES[byte] ?? -1;
    if (value < 0) return { ok: false, error: { offset: i, byte } };
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      output[length++] = (buffer >> bits) & 0xff;
    }
  }
  return { ok: true, bytes: output.slice(0, length) };
}

/** Encodes bytes as base64 (standard alphabet, padded, no line breaks), for `data:` URLs. */
export function encodeBase64(bytes: Uint8Array): string {
  const chunks: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const triple = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    chunk +=
      BASE64_ALPHABET.charAt(triple >> 18) +
      BASE64_ALPHABET.charAt((triple >> 12) & 63) +
      (b === undefined ? '=' : BASE64_ALPHABET.charAt((triple >> 6) & 63)) +
      (c === undefined ? '=' : BASE64_ALPHABET.charAt(triple & 63));
    // Joining pieces of bounded size keeps a multi-megabyte image from building one huge rope of tiny strings.
    if (chunk.length >= 0x10000) {
      chunks.push(chunk);
      chunk = '';
    }
  }
  chunks.push(chunk);
  return chunks.join('');
}
