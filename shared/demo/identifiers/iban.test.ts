import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { BANKS, groupIban, isValidIban, randomIban, spellIban } from './iban';

describe('IBANs', () => {
  it('accepts a published IBAN and rejects a changed digit', () => {
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isValidIban('DE89 3704 0044 0532 0130 01')).toBe(false);
    expect(isValidIban('GB82 WEST 1234 5698 7654 32')).toBe(true);
  });

  it.each(Object.entries(BANKS))('makes valid %s IBANs, in every spelling', (_country, banks) => {
    const random = createRandom(5, 'iban');
    for (let i = 0; i < 50; i++) {
      const iban = randomIban(random, banks);
      expect(isValidIban(iban.key)).toBe(true);
      expect(groupIban(iban.key).replace(/ /g, '')).toBe(iban.key);
      const spelled = spellIban(random, iban);
      expect(
        spelled
          .replace(/^IBAN: /, '')
          .replace(/\s+/g, '')
          .toUpperCase(),
      ).toBe(iban.key);
    }
  });
});
