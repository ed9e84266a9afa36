/** Deterministic UUIDs for STIX ids: random-looking v4 from the seeded stream, and v5 for STIX Cyber Observables. */
import canonicalize from 'canonicalize';
import { sha1 } from '@noble/hashes/legacy.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Random } from '../random';

function format(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A version-4 UUID whose "random" bits come from the seeded stream. */
export function uuid4(random: Random): string {
  const hex = random.hex(32);
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return format(`${hex.slice(0, 12)}4${hex.slice(13, 16)}${variant}${hex.slice(17)}`);
}

/** The namespace STIX 2.1 defines for the ids of Cyber Observables (section 2.9). */
export const STIX_SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';

/** RFC 4122 version-5 UUID: SHA-1 of the namespace bytes and the name. */
export function uuid5(namespace: string, name: string): string {
  const ns = namespace.replace(/-/g, '');
  const nsBytes = Uint8Array.from({ length: 16 }, (_, i) => Number.parseInt(ns.slice(i * 2, i * 2 + 2), 16));
  const nameBytes = utf8ToBytes(name);
  const input = new Uint8Array(nsBytes.length + nameBytes.length);
  input.set(nsBytes);
  input.set(nameBytes, nsBytes.length);
  const hash = sha1(input);
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  return format(bytesToHex(hash).slice(0, 32));
}

/** A STIX Cyber Observable's id: UUIDv5 over the canonical JSON of its id-contributing properties. */
export function scoId(type: string, contributing: Readonly<Record<string, string>>): string {
  const name = canonicalize(contributing);
  if (name === undefined) throw new Error('scoId: contributing properties cannot be serialized');
  return `${type}--${uuid5(STIX_SCO_NAMESPACE, name)}`;
}
