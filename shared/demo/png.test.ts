import { describe, expect, it } from 'vitest';
import { adler32, crc32, createCanvas, encodePng } from './png';
import { decodePng } from './testkit';

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('checksums', () => {
  it('matches the published check values', () => {
    expect(crc32(ascii('123456789'))).toBe(0xcbf43926);
    expect(crc32(ascii('IEND'))).toBe(0xae426082);
    expect(adler32(ascii('Wikipedia'))).toBe(0x11e60398);
    expect(adler32(new Uint8Array(0))).toBe(1);
  });

  it('keeps Adler-32 exact over long runs of 0xff', () => {
    const bytes = new Uint8Array(100_000).fill(0xff);
    let a = 1;
    let b = 0;
    for (const byte of bytes) {
      a = (a + byte) % 65521;
      b = (b + a) % 65521;
    }
    expect(adler32(bytes)).toBe(((b << 16) | a) >>> 0);
  });
});

describe('encodePng', () => {
  it('writes pixels that decode back exactly, across several stored blocks', () => {
    const canvas = createCanvas(300, 90, [10, 20, 30]);
    canvas.fill(5, 5, 100, 40, [200, 100, 50]);
    canvas.fill(-10, 80, 1000, 50, [1, 2, 3]);
    const png = encodePng(canvas.image);
    const decoded = decodePng(png);
    expect(decoded.width).toBe(300);
    expect(decoded.height).toBe(90);
    expect(decoded.pixels).toEqual(canvas.image.pixels);
    // 90 rows of 901 bytes need two stored blocks of at most 65535 bytes.
    expect(90 * 901).toBeGreaterThan(65535);
  });

  it('handles an image of one pixel', () => {
    const canvas = createCanvas(1, 1, [255, 0, 0]);
    expect([...decodePng(encodePng(canvas.image)).pixels]).toEqual([255, 0, 0]);
  });

  it('rejects a corrupted chunk', () => {
    const png = encodePng(createCanvas(4, 4, [0, 0, 0]).image);
    png[40] = (png[40] ?? 0) ^ 0xff;
    expect(() => decodePng(png)).toThrow(/CRC|pixel|Adler|length/);
  });

  it('refuses pixel data of the wrong size', () => {
    expect(() => encodePng({ width: 2, height: 2, pixels: new Uint8Array(3) })).toThrow(/width\*height/);
  });
});
