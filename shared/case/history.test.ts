import { describe, expect, it } from 'vitest';
import { nextAuditEntry, type AuditEntry, type AuditInput } from '../model';
import { concernsCase, describeEntry, showValue } from './history';

function chain(inputs: readonly Omit<AuditInput, 'at' | 'actor'>[]): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (const input of inputs) {
    entries.push(
      nextAuditEntry(entries.at(-1), { ...input, at: '2026-03-01T10:00:00Z', actor: 'M. Keller' }),
    );
  }
  return entries;
}

describe('concernsCase', () => {
  const entries = chain([
    { action: 'case.create', target: 'case-1', details: { title: 'Op. Sneaker' } },
    { action: 'case.create', target: 'case-2', details: { title: 'Other' } },
    { action: 'entity.tags', target: 'seller:a', details: { before: [], after: ['fake'] } },
    { action: 'entity.tags', target: 'seller:b', details: { before: [], after: ['fake'] } },
    { action: 'view.delete', target: 'view-9', details: { case: 'case-1', name: 'Chart' } },
    { action: 'view.save', target: 'view-8', details: { case: 'case-2', name: 'Other chart' } },
  ]);

  it('keeps the case, its data and its views, and nothing of another case', () => {
    const scope = { caseId: 'case-1', memberIds: new Set(['seller:a']) };
    expect(entries.filter((e) => concernsCase(e, scope)).map((e) => e.seq)).toEqual([1, 3, 5]);
  });
});

describe('describeEntry', () => {
  const [update, role, note, tags] = chain([
    {
      action: 'case.update',
      target: 'case-1',
      details: { before: { status: 'open', tags: [] }, after: { status: 'referred', tags: ['DE'] } },
    },
    {
      action: 'case.setRole',
      target: 'case-1',
      details: { entity: 'seller:a', before: 'subject', after: 'victimBrand' },
    },
    { action: 'case.editNote', target: 'case-1', details: { note: 'n1', before: 'old', after: 'new' } },
    { action: 'entity.tags', target: 'seller:a', details: { before: [], after: ['fake', 'DE'] } },
  ]);

  it('says what changed, field by field, before and after', () => {
    expect(update && describeEntry(update)).toEqual({
      summary: 'Edited the case details',
      scope: 'case',
      changes: [
        { field: 'status', before: 'open', after: 'referred' },
        { field: 'tags', before: '—', after: 'DE' },
      ],
    });
    expect(role && describeEntry(role, () => 'Sneaker Deals')).toMatchObject({
      summary: 'Changed the role of Sneaker Deals',
      changes: [{ field: 'role', before: 'subject', after: 'victim brand' }],
    });
    expect(note && describeEntry(note).changes).toEqual([{ field: 'note', before: 'old', after: 'new' }]);
    expect(tags && describeEntry(tags)).toMatchObject({
      scope: 'data',
      changes: [{ before: '—', after: 'fake, DE' }],
    });
  });

  it('describes an unknown action without failing', () => {
    const [other] = chain([{ action: 'analysis.run', target: 'run-1', details: {} }]);
    expect(other && describeEntry(other).summary).toBe('analysis.run on run-1');
    expect(showValue({ a: 1 })).toBe('{"a":1}');
  });
});
