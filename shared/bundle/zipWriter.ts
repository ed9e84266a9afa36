/**
 * A ZIP written as a stream with fflate: entries go out one after the other, and every output chunk is handed to the
 * async sink and awaited before more input is pushed, so a slow disk slows the writer instead of filling memory.
 *
 * Text (JSON, CSV, the report) is deflated; evidence is stored as it is (`ZipPassThrough`): it is mostly media that
 * is compressed already, and stored bytes are the original file for anyone who opens the ZIP with any tool.
 *
 * fflate writes classic ZIP (no ZIP64): offsets and sizes are 32-bit, so a bundle must stay under 4 GiB and 65,535
 * entries. The writer refuses to go past either rather than write a file no reader could open.
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { createSha256Stream } from '../hash';

/** What the writer learned about one entry while it went out: its uncompressed size and SHA-256. */
export type WrittenEntry = Readonly<{ path: string; size: number; sha256: string }>;

export type ZipWriter = Readonly<{
  /** One entry from text or bytes, deflated. */
  addText(path: string, content: string | Uint8Array): Promise<WrittenEntry>;
  /** One entry from pieces of text (JSON lines, CSV rows), deflated, never joined into one string. */
  addTextPieces(path: string, pieces: Iterable<string> | AsyncIterable<string>): Promise<WrittenEntry>;
  /** One entry copied from a stream of bytes, stored; `onChunk` sees every input chunk (hashing, progress). */
  addStored(
    path: string,
    chunks: AsyncIterable<Uint8Array>,
    onChunk?: (chunk: Uint8Array) => void,
  ): Promise<WrittenEntry>;
  /** Writes the central directory; nothing can be added after. */
  finish(): Promise<void>;
  /** Bytes handed to the sink so far. */
  bytesWritten(): number;
}>;

export type ZipWriterOptions = Readonly<{
  /** The time of every entry (see zipTime.ts). */
  mtime: Date;
  signal?: AbortSignal;
}>;

/** Classic ZIP's limits, which fflate does not lift. */
export const ZIP32_MAX_BYTES = 0xffff_ffff;
export const ZIP32_MAX_ENTRIES = 0xffff;

/** Text pieces are gathered to about this many bytes before they go to the compressor: fewer, larger deflate calls. */
const TEXT_BATCH_BYTES = 256 * 1024;

export function createZipWriter(
  sink: (chunk: Uint8Array) => Promise<void>,
  options: ZipWriterOptions,
): ZipWriter {
  const pending: Uint8Array[] = [];
  let failure: Error | undefined;
  let written = 0;
  let entries = 0;
  let finished = false;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else pending.push(chunk);
  });
  const encoder = new TextEncoder();

  async function drain(): Promise<void> {
    if (failure) throw failure;
    while (pending.length > 0) {
      options.signal?.throwIfAborted();
      const chunk = pending.shift() as Uint8Array;
      written += chunk.length;
      if (written > ZIP32_MAX_BYTES) {
        throw new Error(
          'The bundle would be larger than 4 GiB, which a classic ZIP cannot hold: export it without the evidence files, or split the case',
        );
      }
      await sink(chunk);
    }
  }

  function open(path: string, stream: ZipDeflate | ZipPassThrough): void {
    if (finished) throw new Error(`Cannot add ${path}: the bundle is already finished`);
    entries += 1;
    if (entries > ZIP32_MAX_ENTRIES - 1) {
      throw new Error('The bundle would hold more than 65,534 files, which a classic ZIP cannot list');
    }
    stream.mtime = options.mtime;
    zip.add(stream);
  }

  async function pushAll(
    path: string,
    stream: ZipDeflate | ZipPassThrough,
    chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
    onChunk?: (chunk: Uint8Array) => void,
  ): Promise<WrittenEntry> {
    open(path, stream);
    const hash = createSha256Stream();
    let size = 0;
    for await (const chunk of chunks) {
      options.signal?.throwIfAborted();
      if (chunk.length === 0) continue;
      hash.update(chunk);
      size += chunk.length;
      onChunk?.(chunk);
      stream.push(chunk, false);
      await drain();
    }
    stream.push(new Uint8Array(0), true);
    await drain();
    return { path, size, sha256: hash.hexDigest() };
  }

  async function* batched(pieces: Iterable<string> | AsyncIterable<string>): AsyncIterable<Uint8Array> {
    let batch: string[] = [];
    let length = 0;
    for await (const piece of pieces) {
      batch.push(piece);
      length += piece.length;
      if (length >= TEXT_BATCH_BYTES) {
        yield encoder.encode(batch.join(''));
        batch = [];
        length = 0;
      }
    }
    if (batch.length > 0) yield encoder.encode(batch.join(''));
  }

  return {
    addText: (path, content) =>
      pushAll(path, new ZipDeflate(path, { level: 6 }), [
        typeof content === 'string' ? encoder.encode(content) : content,
      ]),
    addTextPieces: (path, pieces) => pushAll(path, new ZipDeflate(path, { level: 6 }), batched(pieces)),
    addStored: (path, chunks, onChunk) => pushAll(path, new ZipPassThrough(path), chunks, onChunk),
    finish: async () => {
      finished = true;
      zip.end();
      await drain();
    },
    bytesWritten: () => written,
  };
}
