import { describe, expect, it } from 'vitest';
import type { Case, CaseId, CaseStatus } from '../model';
import { summarizeCases } from './caseSummary';

const aCase = (id: string, status: CaseStatus, createdAt: string): Case => ({
  id: id as CaseId,
  title: `Case ${id}`,
  reference: '',
  status,
  owner: 'Examiner',
  tags: [],
  summary: '',
  createdAt,
  updatedAt: createdAt,
});

describe('summarizeCases', () => {
  it('counts every status, including those with no case', () => {
    expect(summarizeCases([])).toEqual({
      total: 0,
      byStatus: { open: 0, referred: 0, closed: 0 },
      newestOpen: [],
    });
  });

  it('counts by status and lists the newest open cases first', () => {
    const cases = [
      aCase('a', 'open', '2026-03-01T10:00:00.000Z'),
      aCase('b', 'referred', '2026-03-09T10:00:00.000Z'),
      aCase('c', 'open', '2026-03-05T10:00:00.000Z'),
      aCase('d', 'closed', '2026-02-01T10:00:00.000Z'),
      aCase('e', 'open', '2026-03-07T10:00:00.000Z'),
      aCase('f', 'open', '2026-02-20T10:00:00.000Z'),
    ];
    const summary = summarizeCases(cases);
    expect(summary.total).toBe(6);
    expect(summary.byStatus).toEqual({ open: 4, referred: 1, closed: 1 });
    expect(summary.newestOpen.map((c) => c.id)).toEqual(['e', 'c', 'a']);
    expect(summarizeCases(cases, 1).newestOpen.map((c) => c.id)).toEqual(['e']);
  });

  it('orders cases opened at the same moment by id, so the list is stable', () => {
    const same = '2026-03-01T10:00:00.000Z';
    const summary = summarizeCases([aCase('a', 'open', same), aCase('b', 'open', same)]);
    expect(summary.newestOpen.map((c) => c.id)).toEqual(['b', 'a']);
  });
});
