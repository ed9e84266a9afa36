import { describe, expect, it } from 'vitest';
import { stripDiacritics } from './diacritics';

describe('stripDiacritics', () => {
  it.each([
    ['São Paulo', 'Sao Paulo'],
    ['Müller', 'Muller'],
    ['Straße', 'Strasse'],
    ['Łódź', 'Lodz'],
    ['Ærø', 'AEro'],
    ['Œuvre', 'OEuvre'],
    ['Crème brûlée', 'Creme brulee'],
    ['Peña', 'Pena'],
    ['Ёлка и йогурт', 'Елка и иогурт'],
    ['東京', '東京'],
    ['ベストトレーディング', 'ベストトレーディング'],
    ['हिन्दी', 'हिन्दी'],
    ['Tiếng Việt', 'Tieng Viet'],
    ['', ''],
  ])('%j -> %j', (text, expected) => {
    expect(stripDiacritics(text)).toBe(expected);
  });
});
