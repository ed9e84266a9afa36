/**
 * Reading a ZIP that may be hostile, through random access only (the app reads slices of a picked file): the end
 * record, then the central directory, then each entry's data streamed through fflate's `Inflate` in small pieces.
 * Nothing is extracted to disk and no entry is ever held whole.
 *
 * Refused before anything is used (`BundleRefused`, in words a reviewer can act on): names that would escape the
 * folder when unzipped (zip-slip), duplicate names, too many entries, absurd sizes and compression ratios (zip
 * bombs), encryption, compression methods other than stored and deflate, ZIP64 and split archives (a Casegraph
 * bundle is a classic ZIP under 4 GiB), and a file cut short. While streaming, an entry that inflates to more than
 * it declared is stopped at once.
 */
import { Inflate } from 'fflate';
import { BundleRefused, type RandomAccess } from './types';

export type ZipEntry = Readonly<{
  name: string;
  method: 0 | 8;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  /** Where the next entry's header (or the central directory) begins: this entry's data must end before it. */
  limit: number;
}>;

export type ZipDirectory = Readonly<{ entries: readonly ZipEntry[]; byName: ReadonlyMap<string, ZipEntry> }>;

/** An entry whose compressed data is damaged or ends early: a file check reports it as altered, not refused. */
export class ZipEntryDamaged extends Error {
  override readonly name = 'ZipEntryDamaged';
}

export const MAX_ENTRIES = 100_000;
export const MAX_ENTRY_BYTES = 64 * 2 ** 30;
export const MAX_RATIO = 1000;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Compressed bytes read from the file at a time, and pushed into the inflater at a time: one push of 32 KiB can
 * inflate to at most ~33 MB (DEFLATE's ratio tops out near 1032:1), which bounds memory even against a lying size. */
const READ_BYTES = 1024 * 1024;
const INFLATE_PUSH_BYTES = 32 * 1024;

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** Why a name cannot be unzipped safely, or undefined when it can. */
export function unsafeNameReason(name: string): string | undefined {
  if (name === '') return 'has an empty name';
  if (name.includes('\0')) return 'has a NUL character in its name';
  // eslint-disable-next-line no-control-regex -- control characters in a name are the point
  if (/[\u0001-\u001f\u007f]/.test(name)) return 'has a control character in its name';
  if (name.includes('\\')) return 'uses a backslash, which Windows takes as a folder separator';
  if (name.startsWith('/')) return 'is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'names a Windows drive';
  if (name.split('/').some((part) => part === '..')) return 'climbs out of the folder with ".."';
  return undefined;
}

const refuse = (message: string): never => {
  throw new BundleRefused(message);
};

async function readExactly(source: RandomAccess, offset: number, length: number): Promise<Uint8Array> {
  if (offset < 0 || offset + length > source.size) {
    refuse(
      'The file is not a complete ZIP archive: it ends before the data it lists (was it cut short while copying?)',
    );
  }
  const bytes = await source.read(offset, length);
  if (bytes.length !== length) refuse('The file could not be read completely');
  return bytes;
}

/** The end record: where the central directory is and how many entries it lists. */
async function endRecord(
  source: RandomAccess,
): Promise<{ at: number; count: number; cdSize: number; cdOffset: number }> {
  if (source.size < EOCD_SIZE) refuse('This is not a ZIP archive: the file is too small');
  const tailLength = Math.min(source.size, EOCD_SIZE + MAX_COMMENT);
  const tailStart = source.size - tailLength;
  const tail = await readExactly(source, tailStart, tailLength);
  for (let i = tail.length - EOCD_SIZE; i >= 0; i -= 1) {
    if (u32(tail, i) !== EOCD) continue;
    // The comment must run exactly to the end of the file, or these four bytes are inside something else.
    if (u16(tail, i + 20) !== tail.length - i - EOCD_SIZE) continue;
    const at = tailStart + i;
    if (i >= 20 && u32(tail, i - 20) === ZIP64_LOCATOR) {
      refuse(
        'This ZIP uses the ZIP64 extension (archives over 4 GiB); Casegraph bundles are classic ZIPs, so it was not made by Casegraph',
      );
    }
    if (u16(tail, i + 4) !== 0 || u16(tail, i + 6) !== 0)
      refuse('This ZIP is split over several files; a bundle is one file');
    const count = u16(tail, i + 10);
    const cdSize = u32(tail, i + 12);
    const cdOffset = u32(tail, i + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      refuse('This ZIP uses the ZIP64 extension (archives over 4 GiB); Casegraph bundles are classic ZIPs');
    }
    if (u16(tail, i + 8) !== count) refuse('This ZIP is split over several files; a bundle is one file');
    if (cdOffset + cdSize > at) {
      refuse(
        'The file is not a complete ZIP archive: its list of files lies beyond its end (was it cut short?)',
      );
    }
    return { at, count, cdSize, cdOffset };
  }
  return refuse(
    'The file is not a complete ZIP archive: its end record is missing. It may have been cut short while copying, or it is not a ZIP at all.',
  );
}

export async function readZipDirectory(source: RandomAccess): Promise<ZipDirectory> {
  const end = await endRecord(source);
  if (end.count > MAX_ENTRIES) {
    refuse(
      `The bundle lists ${end.count.toLocaleString('en')} files; more than ${MAX_ENTRIES.toLocaleString('en')} is refused`,
    );
  }
  const cd = await readExactly(source, end.cdOffset, end.cdSize);
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const raw: Omit<ZipEntry, 'limit'>[] = [];
  const byName = new Map<string, ZipEntry>();
  const folded = new Map<string, string>();
  const names = new Set<string>();
  let at = 0;
  for (let index = 0; index < end.count; index += 1) {
    if (at + 46 > cd.length || u32(cd, at) !== CENTRAL) {
      refuse('The list of files in this ZIP is damaged');
    }
    const flags = u16(cd, at + 8);
    const method = u16(cd, at + 10);
    const compressedSize = u32(cd, at + 20);
    const size = u32(cd, at + 24);
    const nameLength = u16(cd, at + 28);
    const extraLength = u16(cd, at + 30);
    const commentLength = u16(cd, at + 32);
    const localHeaderOffset = u32(cd, at + 42);
    if (at + 46 + nameLength > cd.length) refuse('The list of files in this ZIP is damaged');
    const name = decoder.decode(cd.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;

    const shown = JSON.stringify(name);
    const unsafe = unsafeNameReason(name);
    if (unsafe !== undefined)
      refuse(`The entry ${shown} ${unsafe}: unzipping it could write outside the bundle's folder`);
    if (names.has(name)) refuse(`The entry ${shown} appears twice`);
    names.add(name);
    const lower = name.toLowerCase();
    const twin = folded.get(lower);
    if (twin !== undefined)
      refuse(`The entries ${JSON.stringify(twin)} and ${shown} differ only in upper and lower case`);
    folded.set(lower, name);
    if (flags & 1) refuse(`The entry ${shown} is encrypted; a bundle must be readable by anyone`);
    if (method !== 0 && method !== 8)
      refuse(`The entry ${shown} uses compression method ${method}; only stored and deflate are read`);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localHeaderOffset === 0xffffffff) {
      refuse(`The entry ${shown} uses the ZIP64 extension; Casegraph bundles are classic ZIPs`);
    }
    if (size > MAX_ENTRY_BYTES) refuse(`The entry ${shown} claims ${size} bytes, an absurd size`);
    if (method === 0 && size !== compressedSize)
      refuse(`The entry ${shown} is stored but its two sizes disagree`);
    if (method === 8 && size > 0 && (compressedSize === 0 || size / compressedSize > MAX_RATIO)) {
      refuse(
        `The entry ${shown} would inflate ${compressedSize.toLocaleString('en')} bytes to ${size.toLocaleString('en')} (more than ${MAX_RATIO}:1): refused as a possible zip bomb`,
      );
    }
    if (localHeaderOffset >= end.cdOffset) refuse(`The entry ${shown} points outside the archive`);
    raw.push({ name, method: method as 0 | 8, compressedSize, size, localHeaderOffset });
  }
  // Each entry's data must end before the next one starts: overlapping entries are a known zip-bomb trick.
  const starts = [...new Set(raw.map((entry) => entry.localHeaderOffset))].sort((a, b) => a - b);
  if (starts.length !== raw.length)
    refuse('Two entries of this ZIP share their data: refused as a possible zip bomb');
  const nextStart = new Map(starts.map((start, i) => [start, starts[i + 1] ?? end.cdOffset]));
  const entries = raw.map((entry): ZipEntry => ({
    ...entry,
    limit: nextStart.get(entry.localHeaderOffset) ?? end.cdOffset,
  }));
  for (const entry of entries) byName.set(entry.name, entry);
  return { entries, byName };
}

/** The bytes of one entry, inflated, in pieces; stops with a refusal as soon as it exceeds its declared size. */
export async function* entryChunks(
  source: RandomAccess,
  entry: ZipEntry,
  signal?: AbortSignal,
): AsyncIterable<Uint8Array> {
  const shown = JSON.stringify(entry.name);
  const header = await readExactly(source, entry.localHeaderOffset, 30);
  if (u32(header, 0) !== LOCAL)
    throw new ZipEntryDamaged(`The entry ${shown} is damaged: its header is missing`);
  const dataStart = entry.localHeaderOffset + 30 + u16(header, 26) + u16(header, 28);
  if (dataStart + entry.compressedSize > entry.limit) {
    refuse(`The entry ${shown} runs into the next one: refused as a possible zip bomb`);
  }
  let produced = 0;
  const out: Uint8Array[] = [];
  const count = (chunk: Uint8Array): void => {
    produced += chunk.length;
    if (produced > entry.size) {
      refuse(
        `The entry ${shown} inflates to more than the ${entry.size.toLocaleString('en')} bytes it declares: refused as a possible zip bomb`,
      );
    }
    if (chunk.length > 0) out.push(chunk);
  };
  const inflater =
    entry.method === 8
      ? new Inflate((chunk) => {
          count(chunk);
        })
      : undefined;
  let offset = 0;
  while (offset < entry.compressedSize || (offset === 0 && entry.compressedSize === 0)) {
    signal?.throwIfAborted();
    const length = Math.min(READ_BYTES, entry.compressedSize - offset);
    const bytes = length === 0 ? new Uint8Array(0) : await readExactly(source, dataStart + offset, length);
    offset += length;
    const last = offset >= entry.compressedSize;
    if (inflater === undefined) {
      count(bytes);
    } else {
      for (let at = 0; at < bytes.length || (at === 0 && bytes.length === 0); at += INFLATE_PUSH_BYTES) {
        const piece = bytes.subarray(at, at + INFLATE_PUSH_BYTES);
        try {
          inflater.push(piece, last && at + INFLATE_PUSH_BYTES >= bytes.length);
        } catch (error) {
          if (error instanceof BundleRefused) throw error;
          throw new ZipEntryDamaged(`The entry ${shown} is damaged: its compressed data cannot be read`);
        }
        yield* out.splice(0);
        if (bytes.length === 0) break;
      }
    }
    yield* out.splice(0);
    if (length === 0) break;
  }
  if (produced !== entry.size) {
    throw new ZipEntryDamaged(
      `The entry ${shown} is damaged: it holds ${produced} bytes, not the ${entry.size} it declares`,
    );
  }
}
