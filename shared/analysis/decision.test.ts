import { describe, expect, it } from 'vitest';
import type { EntityId } from '../model';
import { decisionSchema, makeDecision, pairKey, readDecisions, type DecisionInput } from './decision';

const amazon = 'seller:amazon.de\u001fA1OV4GWZO2A4CG' as EntityId;
const ebay = 'seller:ebay.de\u001ftoplager84' as EntityId;

const input = (overrides: Partial<DecisionInput> = {}): DecisionInput => ({
  a: ebay,
  b: amazon,
  verdict: 'confirmed',
  suggestionKind: 'name',
  reason: 'Same imprint (Impressum) on both storefronts',
  examiner: 'L. Fischer',
  decidedAt: '2026-03-02T09:15:00Z',
  ...overrides,
});

describe('decisions', () => {
  it('key a pair by its two ids in a fixed order, whichever side it came from', () => {
    expect(pairKey(amazon, ebay)).toBe(pairKey(ebay, amazon));
    const decision = makeDecision(input());
    expect([decision.a, decision.b]).toEqual([amazon, ebay]);
    expect(decision.pairKey).toBe(pairKey(amazon, ebay));
    expect(() => makeDecision(input({ b: ebay }))).toThrow(/two different records/);
  });

  it('let the latest decision on a pair and kind win, so an analyst can change her mind', () => {
    const confirmed = makeDecision(input());
    const rejected = makeDecision(input({ verdict: 'rejected', decidedAt: '2026-03-05T16:00:00Z' }));
    expect(readDecisions([confirmed]).isConfirmed(confirmed.pairKey)).toBe(true);
    const book = readDecisions([rejected, confirmed]);
    expect(book.isConfirmed(confirmed.pairKey)).toBe(false);
    expect(book.isRejected(confirmed.pairKey, 'name')).toBe(true);
    // A rejection of the name look-alike says nothing about a reused photo found later.
    expect(book.isRejected(confirmed.pairKey, 'photo')).toBe(false);
  });

  it('are validated when they arrive from the store or a worker message', () => {
    const decision = makeDecision(input());
    expect(decisionSchema.parse(JSON.parse(JSON.stringify(decision)))).toEqual(decision);
    expect(() => decisionSchema.parse({ ...decision, pairKey: 'forged' })).toThrow(/pairKey/);
    expect(() => decisionSchema.parse({ ...decision, verdict: 'maybe' })).toThrow();
  });
});
