/**
 * Windows-1252, decoded by table. Not `new TextDecoder('windows-1252')`: Node 20.18.3+ (and 22.13+) decode that
 * label as Latin-1, so `€`, `„`, `–` and `™` (bytes 0x80-0x9F) come out as invisible control characters
 * (nodejs/node#60888). The headless check and the app must read the same file the same way, so we do not depend on it.
 */

/** Bytes 0x80-0x9F as the WHATWG Encoding Standard maps them; the five undefined bytes map to themselves. */
const HIGH_CONTROL_RANGE: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

const TABLE: Uint16Array = (() => {
  const table = new Uint16Array(256);
  for (let byte = 0; byte < 256; byte++) table[byte] = HIGH_CONTROL_RANGE[byte - 0x80] ?? byte;
  return table;
})();

/** Code units are built in slices: `String.fromCharCode` with a million arguments would overflow the stack. */
const SLICE = 8192;

/** Decodes Windows-1252 bytes. Every byte is one character, so chunks can be decoded independently. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const units = new Uint16Array(Math.min(bytes.byteLength, SLICE));
  for (let start = 0; start < bytes.byteLength; start += SLICE) {
    const end = Math.min(bytes.byteLength, start + SLICE);
    for (let i = start; i < end; i++) units[i - start] = TABLE[bytes[i] ?? 0] ?? 0;
    parts.push(String.fromCharCode(...units.subarray(0, end - start)));
  }
  return parts.join('');
}
