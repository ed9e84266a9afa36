import { describe, expect, it } from 'vitest';
import { parseOffset } from './offset';

describe('parseOffset', () => {
  it.each([
    ['Z', 'Z'],
    ['+00:00', 'Z'],
    ['UTC', 'Z'],
    ['GMT', 'Z'],
    ['+01:00', '+01:00'],
    ['+0100', '+01:00'],
    ['+01', '+01:00'],
    ['-03:00', '-03:00'],
    ['−03:00', '-03:00'],
    ['UTC+3', '+03:00'],
    ['GMT-03:30', '-03:30'],
    ['+05:45', '+05:45'],
    ['MSK', '+03:00'],
    ['CEST', '+02:00'],
    ['BRT', '-03:00'],
    ['CST', undefined],
    ['+15:00', undefined],
    ['+01:75', undefined],
    ['Europe/Berlin', undefined],
    ['', undefined],
  ])('%j -> %j', (text, expected) => {
    expect(parseOffset(text)).toBe(expected);
  });
});
