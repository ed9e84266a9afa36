import { describe, expect, it } from 'vitest';
import { ibanProblem, looksLikeIban } from './iban';

describe('ibanProblem', () => {
  it.each([
    ['DE89370400440532013000', undefined],
    ['GB82WEST12345698765432', undefined],
    ['CH9300762011623852957', undefined],
    ['AT611904300234573201', undefined],
    ['PL61109010140000071219812874', undefined],
    ['DE89370400440532013001', 'not a valid IBAN: the check digits do not match (a typo?)'],
    ['DE98370400440532013000', 'not a valid IBAN: the check digits do not match (a typo?)'],
    ['DE8937040044053201300', 'not a valid IBAN: a DE IBAN has 22 characters, this one 21'],
    ['1234', 'not a valid IBAN: two letters, two check digits, then letters and digits'],
  ])('%s -> %j', (iban, problem) => {
    expect(ibanProblem(iban)).toBe(problem);
  });
});

describe('looksLikeIban', () => {
  it.each([
    ['DE89370400440532013000', true],
    ['PP12ABCDEF12345', false],
    ['SELLER12345678901', false],
  ])('%s -> %s', (compact, expected) => {
    expect(looksLikeIban(compact)).toBe(expected);
  });
});
