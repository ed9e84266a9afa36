import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, nextAuditEntry, verifyAuditChain, type AuditEntry, type AuditInput } from './audit';

const changes: AuditInput[] = [
  {
    at: '2026-11-02T09:14:00.000Z',
    actor: 'M. Keller',
    action: 'case.create',
    target: 'case-1',
    details: { title: 'Op. Lötkolben' },
  },
  {
    at: '2026-11-02T09:20:31.000Z',
    actor: 'M. Keller',
    action: 'import.done',
    target: 'imp-7',
    details: { rows: 1204, file: 'verkäufer.csv' },
  },
  {
    at: '2026-11-02T10:02:05.000Z',
    actor: 'M. Keller',
    action: 'entity.tag',
    target: 'seller:amazon.de:A1',
    details: { before: [], after: ['🔥 priority'] },
  },
  {
    at: '2026-11-03T08:00:00.000Z',
    actor: 'Ю. Петрова',
    action: 'case.status',
    target: 'case-1',
    details: { before: 'open', after: 'referred' },
  },
];

function chain(): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (const change of changes) entries.push(nextAuditEntry(entries.at(-1), change));
  return entries;
}

describe('the audit chain', () => {
  it('numbers entries from 1 and links each to the previous hash', () => {
    const entries = chain();
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
    expect(entries[2]?.prevHash).toBe(entries[1]?.hash);
    expect(new Set(entries.map((e) => e.hash)).size).toBe(4);
  });

  it('verifies an untouched chain and reports its head', () => {
    const entries = chain();
    expect(verifyAuditChain(entries)).toEqual({ ok: true, count: 4, head: entries[3]?.hash });
  });

  it('verifies an empty log', () => {
    expect(verifyAuditChain([])).toEqual({ ok: true, count: 0, head: GENESIS_HASH });
  });

  it('does not depend on the key order of details', () => {
    const a = nextAuditEntry(undefined, { ...changes[0]!, details: { x: 1, y: 2 } });
    const b = nextAuditEntry(undefined, { ...changes[0]!, details: { y: 2, x: 1 } });
    expect(a.hash).toBe(b.hash);
  });

  it('catches an edited detail at exactly that entry', () => {
    const entries = chain();
    entries[2] = { ...entries[2]!, details: { before: [], after: [] } };
    const result = verifyAuditChain(entries);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.broken).toMatchObject({ seq: 3, index: 2, reason: 'hash' });
      expect(result.broken.message).toContain('entity.tag');
    }
  });

  it('catches a forged entry whose own hash was recomputed, at the entry after it', () => {
    const entries = chain();
    const forged = nextAuditEntry(entries[0], { ...changes[1]!, actor: 'someone else' });
    entries[1] = forged;
    const result = verifyAuditChain(entries);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.broken).toMatchObject({ seq: 3, reason: 'link' });
  });

  it('catches a removed entry', () => {
    const entries = chain();
    entries.splice(1, 1);
    const result = verifyAuditChain(entries);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.broken).toMatchObject({ index: 1, reason: 'sequence' });
  });

  it('catches two entries swapped', () => {
    const entries = chain();
    [entries[1], entries[2]] = [entries[2]!, entries[1]!];
    const result = verifyAuditChain(entries);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.broken.index).toBe(1);
  });

  it('catches a changed timestamp on the first entry', () => {
    const entries = chain();
    entries[0] = { ...entries[0]!, at: '2026-10-01T00:00:00.000Z' };
    const result = verifyAuditChain(entries);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.broken).toMatchObject({ seq: 1, reason: 'hash' });
  });
});
