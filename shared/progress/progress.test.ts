import { describe, expect, it } from 'vitest';
import { estimateProgress, formatBytes, formatDuration } from './progress';

describe('progress estimates', () => {
  it.each([
    // done, total, elapsed ms -> fraction, rate, seconds left
    [0, 1000, 0, 0, 0, undefined],
    [250, 1000, 1000, 0.25, 250, 3],
    [1000, 1000, 4000, 1, 250, 0],
    [1200, 1000, 4000, 1, 300, 0],
  ])('%i of %i after %i ms', (done, total, elapsed, fraction, rate, left) => {
    const estimate = estimateProgress({ done, total, startedAt: 10_000, now: 10_000 + elapsed });
    expect(estimate.fraction).toBe(fraction);
    expect(estimate.ratePerSecond).toBe(rate);
    expect(estimate.secondsLeft).toBe(left);
  });

  it('gives no fraction or time left for a stream of unknown length', () => {
    const estimate = estimateProgress({ done: 5000, total: undefined, startedAt: 0, now: 2000 });
    expect(estimate).toMatchObject({ fraction: undefined, secondsLeft: undefined, ratePerSecond: 2500 });
  });
});

describe('formatting', () => {
  it.each([
    [0.4, '0 s'],
    [59.4, '59 s'],
    [125, '2 min 5 s'],
    [3840, '1 h 4 min'],
  ])('%f seconds reads %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it.each([
    [999, '999 B'],
    [1500, '1.5 KB'],
    [48_200_000, '48 MB'],
    [1_073_741_824, '1.1 GB'],
  ])('%i bytes reads %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
