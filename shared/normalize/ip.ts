/**
 * IP addresses as comparison keys: IPv4 in dotted decimal, IPv6 in the RFC 5952 form (lower-case, leading zeros
 * dropped, the longest run of zero groups as `::`), so `2001:0DB8:0:0:0:0:0:1` and `2001:db8::1` are one node.
 *
 * Decisions:
 * - IPv4 parts with leading zeros (`010.1.1.1`) are rejected, not read: some tools read `010` as octal 8, others as
 *   decimal 10, so the value does not say which address it is, and guessing could link the wrong machine.
 * - A port (`1.2.3.4:443`, `[2001:db8::1]:443`) and an IPv6 zone (`fe80::1%eth0`) are dropped: they name a
 *   service or a local interface, not another address.
 * - An IPv4-mapped IPv6 address (`::ffff:192.0.2.1`) becomes the IPv4 address it maps: it is the same host, and
 *   logs write it either way.
 */
import { cleanCell } from './cell';
import { accept, reject, type Normalized } from './result';

const LABEL =
  /^(?:ip(?:v[46])?(?:[\s-]?(?:address|adresse))?|adresse ip|endere[cç]o ip|direcci[oó]n ip)\s*:\s*/iu;
const BRACKETED = /^\[([^\]]+)\](?::\d{1,5})?$/;
const IPV4_WITH_PORT = /^(\d+\.\d+\.\d+\.\d+):\d{1,5}$/;
const HEX_GROUP = /^[0-9a-f]{1,4}$/i;

type Parsed<T> = Readonly<{ ok: true; value: T }> | Readonly<{ ok: false; reason: string }>;

function parseIpv4(text: string): Parsed<readonly number[]> {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part))) {
    return reject('not an IP address: an IPv4 address is four numbers 0–255 separated by dots');
  }
  if (parts.some((part) => part.length > 1 && part.startsWith('0'))) {
    return reject(`leading zeros are ambiguous (octal or decimal?) in "${text}"`);
  }
  const bytes = parts.map(Number);
  const tooBig = bytes.find((byte) => byte > 255);
  return tooBig === undefined
    ? { ok: true, value: bytes }
    : reject(`not an IPv4 address: ${tooBig} is more than 255`);
}

/** The eight 16-bit groups of an IPv6 address. */
function parseIpv6(text: string): Parsed<readonly number[]> {
  const invalid = reject(`not an IPv6 address: "${text}"`);
  const halves = text.split('::');
  if (halves.length > 2) return invalid;
  const groupsOf = (half: string): number[] | undefined => {
    if (half === '') return [];
    const parts = half.split(':');
    const groups: number[] = [];
    for (const [index, part] of parts.entries()) {
      if (part.includes('.') && index === parts.length - 1) {
        const ipv4 = parseIpv4(part);
        if (!ipv4.ok) return undefined;
        const [a = 0, b = 0, c = 0, d = 0] = ipv4.value;
        groups.push(a * 256 + b, c * 256 + d);
      } else if (HEX_GROUP.test(part)) {
        groups.push(parseInt(part, 16));
      } else {
        return undefined;
      }
    }
    return groups;
  };
  const head = groupsOf(halves[0] ?? '');
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
  if (head === undefined || tail === undefined) return invalid;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return invalid;
  return { ok: true, value: [...head, ...new Array<number>(missing).fill(0), ...tail] };
}

/** RFC 5952: lower-case, no leading zeros, the first longest run of two or more zero groups written `::`. */
function formatIpv6(groups: readonly number[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < groups.length; start++) {
    let length = 0;
    while (groups[start + length] === 0) length++;
    if (length > bestLength) {
      bestStart = start;
      bestLength = length;
    }
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart === -1) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** The comparison key of an IPv4 or IPv6 address; see the file comment for the decisions. */
export function normalizeIp(raw: string): Normalized {
  let text = cleanCell(raw).replace(LABEL, '');
  if (text === '') return reject('empty');
  text = BRACKETED.exec(text)?.[1] ?? IPV4_WITH_PORT.exec(text)?.[1] ?? text;
  if (!text.includes(':')) {
    const ipv4 = parseIpv4(text);
    return ipv4.ok ? accept(ipv4.value.join('.')) : ipv4;
  }
  const ipv6 = parseIpv6(text.replace(/%.*$/, ''));
  if (!ipv6.ok) return ipv6;
  const groups = ipv6.value;
  const mapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (mapped) {
    const [high = 0, low = 0] = groups.slice(6);
    return accept([high >> 8, high & 0xff, low >> 8, low & 0xff].join('.'));
  }
  return accept(formatIpv6(groups));
}
