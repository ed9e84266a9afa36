/**
 * SHA-256, the one hash of the product: evidence ids, SHA256SUMS and the audit chain all use it.
 *
 * @noble/hashes is pure, synchronous JavaScript: the same code runs in Node, a Worker and the page, and a hash can be
 * computed inside a Dexie transaction without awaiting anything that would let IndexedDB commit it early.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Lowercase hex SHA-256 of a string (as UTF-8) or of bytes. */
export function sha256Hex(input: string | Uint8Array): string {
  return bytesToHex(sha256(typeof input === 'string' ? utf8ToBytes(input) : input));
}

/** An incremental hasher, for files read in chunks so that no file has to sit in memory whole. */
export type Sha256Stream = Readonly<{ update(chunk: Uint8Array): void; hexDigest(): string }>;

export function createSha256Stream(): Sha256Stream {
  const state = sha256.create();
  return {
    update: (chunk) => {
      state.update(chunk);
    },
    hexDigest: () => bytesToHex(state.digest()),
  };
}
