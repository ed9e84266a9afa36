import { describe, expect, it } from 'vitest';
import { ParseError } from './errors';
import { bytesSource, readChunks, readHead, type ByteSource } from './source';
import { trickleSource } from './fixtures/testSupport';

const bytes = Uint8Array.from({ length: 10 }, (_, i) => i);

async function chunksOf(source: ByteSource, size: number): Promise<number[][]> {
  const out: number[][] = [];
  for await (const chunk of readChunks(source, size)) out.push([...chunk]);
  return out;
}

describe('byte sources', () => {
  it('reads ranges of bytes in memory, clipped at the end', async () => {
    const source = bytesSource('a.bin', bytes);
    expect(source.size).toBe(10);
    expect([...(await source.read(8, 5))]).toEqual([8, 9]);
  });

  it('yields chunks in order, the last one short', async () => {
    expect(await chunksOf(bytesSource('a.bin', bytes), 4)).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9],
    ]);
  });

  it('keeps asking when a reader returns less than asked', async () => {
    const chunks = await chunksOf(trickleSource(bytesSource('a.bin', bytes), 3), 4);
    expect(chunks.flat()).toEqual([...bytes]);
    expect(chunks.map((c) => c.length)).toEqual([3, 3, 3, 1]);
    expect([...(await readHead(trickleSource(bytesSource('a.bin', bytes), 3), 7))]).toEqual([
      0, 1, 2, 3, 4, 5, 6,
    ]);
  });

  it('says so when the file ends before its size', async () => {
    const shrunk: ByteSource = {
      name: 'seller-export.csv',
      size: 10,
      read: (offset) => Promise.resolve(bytes.subarray(offset, 6)),
    };
    await expect(chunksOf(shrunk, 4)).rejects.toThrow(
      new ParseError(
        'seller-export.csv ended early: it should be 10 bytes but only 6 could be read. The file may have changed or been moved while it was read; import it again.',
        { file: 'seller-export.csv' },
      ),
    );
  });

  it('stops at the next chunk when cancelled', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = async (): Promise<void> => {
      for await (const chunk of readChunks(bytesSource('a.bin', bytes), 2, controller.signal)) {
        seen.push(chunk[0] ?? -1);
        if (seen.length === 2) controller.abort();
      }
    };
    await expect(run()).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([0, 2]);
  });
});
