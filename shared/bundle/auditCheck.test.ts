import { describe, expect, it } from 'vitest';
import { verifyAuditChain, type AuditEntry } from '../model';
import { auditChecker } from './auditCheck';
import { auditChain } from './testBundle';
import type { AuditCheck } from './types';

function check(lines: readonly unknown[], head: { seq: number; hash: string } | null): AuditCheck {
  const checker = auditChecker();
  for (const line of lines) checker.line(typeof line === 'string' ? line : JSON.stringify(line));
  return checker.result(head);
}

const chain = auditChain(8);
const headOf = (entries: readonly AuditEntry[]) => {
  const last = entries.at(-1);
  return last === undefined ? null : { seq: last.seq, hash: last.hash };
};

describe('the bundle audit check', () => {
  const tampered: readonly (readonly [string, AuditEntry[]])[] = [
    ['intact', chain],
    ['an edited entry', chain.map((e) => (e.seq === 4 ? { ...e, actor: 'Мария «Mallory»' } : e))],
    ['a removed entry', chain.filter((e) => e.seq !== 3)],
    ['two entries swapped', [chain[0], chain[2], chain[1], ...chain.slice(3)] as AuditEntry[]],
    [
      'a re-hashed edit that breaks the link',
      chain.map((e) => (e.seq === 6 ? { ...e, prevHash: '1'.repeat(64) } : e)),
    ],
  ];

  it.each(tampered)('agrees with verifyAuditChain on %s', (_, entries) => {
    const ours = check(entries, headOf(chain));
    const reference = verifyAuditChain(entries);
    if (reference.ok) {
      expect(ours).toEqual({ status: 'intact', entries: reference.count, head: reference.head });
    } else {
      expect(ours).toEqual({
        status: 'broken',
        atSeq: reference.broken.seq,
        reason: reference.broken.message,
      });
    }
  });

  it('checks the place of an entry left out for another case, without its content', () => {
    const third = chain[2] as AuditEntry;
    const lines = chain.map((e) =>
      e === third ? { seq: e.seq, prevHash: e.prevHash, hash: e.hash, omitted: true } : e,
    );
    expect(check(lines, headOf(chain))).toMatchObject({ status: 'intact', entries: 8 });
    const forged = chain.map((e) =>
      e === third ? { seq: e.seq, prevHash: e.prevHash, hash: 'f'.repeat(64), omitted: true } : e,
    );
    expect(check(forged, headOf(chain))).toMatchObject({ status: 'broken', atSeq: 4 });
  });

  it('names a line that is not an audit entry, and a head that is not the manifest’s', () => {
    expect(check([chain[0], '{"seq": 2, "hack', chain[2]], null)).toMatchObject({
      status: 'broken',
      atSeq: 2,
    });
    expect(check(chain.slice(0, 6), headOf(chain))).toMatchObject({ status: 'broken', atSeq: 7 });
    expect(check([], null)).toMatchObject({ status: 'intact', entries: 0 });
  });
});
