/**
 * Bytes of a file, read piece by piece. The app wraps a picked `File` (`file.slice(...).arrayBuffer()`), Node wraps
 * a file handle, tests wrap a `Uint8Array`: the parsers only ever ask for ranges, so a 2 GB export never has to be
 * in memory at once.
 */
import { ParseError } from './errors';

/** A readable file of known size. */
export type ByteSource = Readonly<{
  /** The file name as the investigator knows it; every error message names it. */
  name: string;
  /** Size in bytes. */
  size: number;
  /** Up to `length` bytes from `offset`; fewer only at the end of the file. */
  read(offset: number, length: number): Promise<Uint8Array>;
}>;

/** How much is read at a time: large enough that per-chunk overhead vanishes, small enough to bound memory. */
export const DEFAULT_CHUNK_SIZE = 1 << 20;

/** A source over bytes already in memory (tests, drag-and-drop of small files, data from another stage). */
export function bytesSource(name: string, bytes: Uint8Array): ByteSource {
  return {
    name,
    size: bytes.byteLength,
    read: (offset, length) =>
      Promise.resolve(bytes.subarray(offset, Math.min(bytes.byteLength, offset + Math.max(0, length)))),
  };
}

/** The file's chunks in order. Checks `signal` before every read, so a cancel stops within one chunk. */
export async function* readChunks(
  source: ByteSource,
  chunkSize: number = DEFAULT_CHUNK_SIZE,
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array> {
  let offset = 0;
  while (offset < source.size) {
    signal?.throwIfAborted();
    const wanted = Math.min(chunkSize, source.size - offset);
    const chunk = await source.read(offset, wanted);
    if (chunk.byteLength === 0) throw endedEarly(source, offset);
    // A reader that returns more than asked would make offsets drift; keep exactly what was asked for.
    const exact = chunk.byteLength > wanted ? chunk.subarray(0, wanted) : chunk;
    offset += exact.byteLength;
    yield exact;
  }
}

/** The first `length` bytes (or the whole file if it is shorter), for sniffing the format and the encoding. */
export async function readHead(source: ByteSource, length: number): Promise<Uint8Array> {
  const size = Math.min(length, source.size);
  const head = new Uint8Array(size);
  let filled = 0;
  // A source may return less than asked (a slow network drive); keep asking until the head is full.
  while (filled < size) {
    const chunk = await source.read(filled, size - filled);
    if (chunk.byteLength === 0) throw endedEarly(source, filled);
    const exact = chunk.subarray(0, size - filled);
    head.set(exact, filled);
    filled += exact.byteLength;
  }
  return head;
}

/**
 * The whole file in one buffer, for formats that cannot be read in pieces (a workbook, a JSON document). Refuses
 * files over `maxBytes` before reading anything; `tooBig` says why in the investigator's words.
 */
export async function readAll(
  source: ByteSource,
  maxBytes: number,
  tooBig: () => string,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  if (source.size > maxBytes) throw new ParseError(tooBig(), { file: source.name });
  const all = new Uint8Array(source.size);
  let filled = 0;
  for await (const chunk of readChunks(source, DEFAULT_CHUNK_SIZE, signal)) {
    all.set(chunk, filled);
    filled += chunk.byteLength;
  }
  return all;
}

function endedEarly(source: ByteSource, offset: number): ParseError {
  return new ParseError(
    `${source.name} ended early: it should be ${source.size} bytes but only ${offset} could be read. ` +
      'The file may have changed or been moved while it was read; import it again.',
    { file: source.name },
  );
}
