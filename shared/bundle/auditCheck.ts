/**
 * Checks a bundle's audit log line by line, so a log of a million entries is never held whole.
 *
 * The rules are `verifyAuditChain`'s (shared/model/audit.ts) — numbers without gaps, each entry pointing at the
 * previous hash, each full entry re-hashed with `hashAuditEntry` — applied one entry at a time, with one addition:
 * an entry about another case is written as `{seq, prevHash, hash, omitted: true}` (types.ts, `OmittedAuditEntry`);
 * its content cannot be re-hashed, but its place in the chain is checked like any other, so nothing can be removed,
 * inserted or reordered without the break showing. `auditCheck.test.ts` holds this to `verifyAuditChain`'s answers.
 */
import { z } from 'zod';
import { GENESIS_HASH, hashAuditEntry, type AuditEntry } from '../model';
import type { AuditCheck } from './types';

const hash = z.string();
const fullEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  target: z.string(),
  details: z.record(z.string(), z.unknown()),
  prevHash: hash,
  hash,
});
const omittedEntry = z.object({ seq: z.number().int(), prevHash: hash, hash, omitted: z.literal(true) });

export type AuditChecker = Readonly<{
  /** Feeds the next line of the log (blank lines are skipped). */
  line(text: string): void;
  /** The verdict once every line is in; `expectedHead` is what the manifest says the head is. */
  result(expectedHead: Readonly<{ seq: number; hash: string }> | null): AuditCheck;
}>;

export function auditChecker(): AuditChecker {
  let previous: { seq: number; hash: string } | undefined;
  let entries = 0;
  let broken: AuditCheck | undefined;
  const breakAt = (atSeq: number, reason: string): void => {
    broken ??= { status: 'broken', atSeq, reason };
  };
  return {
    line: (text) => {
      if (broken !== undefined || text.trim() === '') return;
      const expectedSeq = previous === undefined ? 1 : previous.seq + 1;
      const expectedPrev = previous === undefined ? GENESIS_HASH : previous.hash;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        breakAt(expectedSeq, `line ${entries + 1} of the audit log is not JSON`);
        return;
      }
      const omitted = omittedEntry.safeParse(json);
      const full = omitted.success ? undefined : fullEntry.safeParse(json);
      const entry = omitted.success ? omitted.data : full?.success ? full.data : undefined;
      if (entry === undefined) {
        breakAt(expectedSeq, `line ${entries + 1} of the audit log is not an audit entry`);
        return;
      }
      entries += 1;
      if (entry.seq !== expectedSeq) {
        breakAt(entry.seq, `Entry ${entries} has number ${entry.seq}, expected ${expectedSeq}`);
        return;
      }
      if (entry.prevHash !== expectedPrev) {
        breakAt(
          entry.seq,
          `Entry ${entry.seq} does not follow entry ${expectedSeq - 1}: history before it was changed`,
        );
        return;
      }
      if (!omitted.success && hashAuditEntry(entry as AuditEntry) !== entry.hash) {
        breakAt(
          entry.seq,
          `Entry ${entry.seq} (${(entry as AuditEntry).action}) was altered after it was recorded`,
        );
        return;
      }
      previous = { seq: entry.seq, hash: entry.hash };
    },
    result: (expectedHead) => {
      if (broken !== undefined) return broken;
      const head = previous ?? null;
      if (expectedHead === null && head === null) return { status: 'intact', entries: 0, head: GENESIS_HASH };
      if (
        head === null ||
        expectedHead === null ||
        head.seq !== expectedHead.seq ||
        head.hash !== expectedHead.hash
      ) {
        const atSeq = Math.min(head?.seq ?? 0, expectedHead?.seq ?? 0) + 1;
        return {
          status: 'broken',
          atSeq,
          reason: `the log ends at entry ${head?.seq ?? 0}${head ? ` (${head.hash})` : ''} but the manifest says its head is entry ${expectedHead?.seq ?? 0}${expectedHead ? ` (${expectedHead.hash})` : ''}: entries were removed or added`,
        };
      }
      return { status: 'intact', entries, head: head.hash };
    },
  };
}
