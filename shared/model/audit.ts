/**
 * The audit log: every change to data or a case appends an entry, and each entry's hash covers its content and the
 * previous entry's hash, so editing, removing or reordering any past entry is detectable.
 *
 * hash = sha256(canonical JSON (RFC 8785) of the entry without its hash, where `prevHash` is part of the content).
 * Canonical JSON makes the hash independent of key order, so the chain can be re-verified by any tool.
 */
import canonicalize from 'canonicalize';
import { sha256Hex } from '../hash';

/** The hash the first entry points back to. */
export const GENESIS_HASH = '0'.repeat(64);

export type AuditDetails = Readonly<Record<string, unknown>>;

export type AuditEntry = Readonly<{
  /** 1, 2, 3… without gaps. */
  seq: number;
  /** ISO 8601 time of the change. */
  at: string;
  /** Who made it (the examiner's name as set in the app). */
  actor: string;
  /** What happened, `domain.verb`: `case.create`, `import.undo`, `entity.tag`… */
  action: string;
  /** The id of what changed (a case, an entity, an import). */
  target: string;
  /** Before/after values and anything else a reader of the history needs. */
  details: AuditDetails;
  prevHash: string;
  hash: string;
}>;

/** What a caller says about a change; the chain fields are computed. */
export type AuditInput = Readonly<{
  at: string;
  actor: string;
  action: string;
  target: string;
  details?: AuditDetails;
}>;

export function hashAuditEntry(entry: Omit<AuditEntry, 'hash'>): string {
  const content: Omit<AuditEntry, 'hash'> = {
    seq: entry.seq,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    target: entry.target,
    details: entry.details,
    prevHash: entry.prevHash,
  };
  const json = canonicalize(content);
  if (json === undefined) throw new Error('An audit entry must be serializable as JSON');
  return sha256Hex(json);
}

/** The entry that follows `previous` (or starts the chain when there is none). */
export function nextAuditEntry(previous: AuditEntry | undefined, input: AuditInput): AuditEntry {
  const unsigned = {
    seq: previous === undefined ? 1 : previous.seq + 1,
    at: input.at,
    actor: input.actor,
    action: input.action,
    target: input.target,
    details: input.details ?? {},
    prevHash: previous === undefined ? GENESIS_HASH : previous.hash,
  };
  return { ...unsigned, hash: hashAuditEntry(unsigned) };
}

export type AuditBreak = Readonly<{
  /** The first entry that does not fit the chain. */
  seq: number;
  /** Position in the list that was verified (0-based), useful when `seq` itself was tampered with. */
  index: number;
  reason: 'sequence' | 'link' | 'hash';
  message: string;
}>;

export type AuditVerification =
  | Readonly<{ ok: true; count: number; head: string }>
  | Readonly<{ ok: false; count: number; broken: AuditBreak }>;

/**
 * Checks a whole chain in order and pinpoints the first broken entry:
 * `sequence` — an entry is missing or out of order; `link` — it does not point at the previous entry's hash
 * (an entry before it was removed or replaced); `hash` — its own content was edited after it was written.
 */
export function verifyAuditChain(entries: readonly AuditEntry[]): AuditVerification {
  let previous: AuditEntry | undefined;
  for (const [index, entry] of entries.entries()) {
    const expectedSeq = previous === undefined ? 1 : previous.seq + 1;
    const expectedPrev = previous === undefined ? GENESIS_HASH : previous.hash;
    const broken = (reason: AuditBreak['reason'], message: string): AuditVerification => ({
      ok: false,
      count: entries.length,
      broken: { seq: entry.seq, index, reason, message },
    });
    if (entry.seq !== expectedSeq) {
      return broken('sequence', `Entry ${index + 1} has number ${entry.seq}, expected ${expectedSeq}`);
    }
    if (entry.prevHash !== expectedPrev) {
      return broken(
        'link',
        `Entry ${entry.seq} does not follow entry ${expectedSeq - 1}: history before it was changed`,
      );
    }
    if (hashAuditEntry(entry) !== entry.hash) {
      return broken('hash', `Entry ${entry.seq} (${entry.action}) was altered after it was recorded`);
    }
    previous = entry;
  }
  return { ok: true, count: entries.length, head: previous?.hash ?? GENESIS_HASH };
}
