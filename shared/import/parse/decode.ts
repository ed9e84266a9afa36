/**
 * Which text encoding a file is in, and its text chunk by chunk. Exports from marketplaces and customs systems
 * arrive as UTF-8, UTF-8 with a BOM (Excel's "CSV UTF-8"), UTF-16 (Excel's "Unicode text") or Windows-1252 (Excel's
 * plain "CSV" on a Western European Windows); reading one as another turns "Müller" into "MÃ¼ller".
 */
import type { ParseNote } from '../types';
import { ParseError } from './errors';
import { hasNulByte, sniffBinary, type BinaryKind } from './magic';
import { DEFAULT_CHUNK_SIZE, readHead, type ByteSource } from './source';
import { decodeWindows1252 } from './windows1252';

/** The encodings we read. Anything that is not UTF is read as Windows-1252, the commonest legacy encoding here. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The encoding of a file and what the investigator should know about how it was decided. */
export type EncodingGuess = Readonly<{
  encoding: TextEncodingName;
  /** The file starts with a byte order mark (it is skipped when decoding). */
  bom: boolean;
  notes: readonly ParseNote[];
}>;

/** How much of the file decides its encoding: enough to meet the first accented name in nearly every export. */
export const ENCODING_SAMPLE_BYTES = DEFAULT_CHUNK_SIZE;

export const WINDOWS_1252_NOTE: ParseNote = {
  level: 'warning',
  message: 'Not valid UTF-8: read as Windows-1252 (Western European). Check accented letters.',
};

/**
 * Decides the encoding from the first bytes. A BOM wins; otherwise UTF-8 if the sample is valid UTF-8, else
 * Windows-1252 with a warning. Throws a `ParseError` when the bytes are not text at all (an image, a PDF, a ZIP, NUL
 * bytes). `isWholeFile` says whether the sample is the entire file: if not, a character cut in half at the end of the
 * sample is not held against it.
 */
export function detectEncoding(file: string, sample: Uint8Array, isWholeFile: boolean): EncodingGuess {
  const bom = bomEncoding(sample);
  if (bom !== undefined) return { encoding: bom, bom: true, notes: [] };
  const binary = sniffBinary(sample);
  if (binary !== undefined) throw notTextError(file, binary);
  const utf16 = utf16WithoutBom(sample);
  if (utf16 !== undefined) {
    return {
      encoding: utf16,
      bom: false,
      notes: [{ level: 'info', message: 'Read as UTF-16 text (the file has no byte order mark).' }],
    };
  }
  if (hasNulByte(sample)) throw notTextError(file, undefined);
  if (isValidUtf8(sample, isWholeFile)) return { encoding: 'utf-8', bom: false, notes: [] };
  return { encoding: 'windows-1252', bom: false, notes: [WINDOWS_1252_NOTE] };
}

/** The encoding a byte order mark announces, if the sample starts with one. */
export function bomEncoding(sample: Uint8Array): TextEncodingName | undefined {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Text decoded chunk by chunk; a character split between two chunks is joined, a leading BOM is dropped. */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array>,
  encoding: TextEncodingName,
): AsyncGenerator<string> {
  if (encoding === 'windows-1252') {
    for await (const chunk of chunks) {
      const text = decodeWindows1252(chunk);
      if (text !== '') yield text;
    }
    return;
  }
  // Not fatal: one bad byte deep inside a 2 GB file becomes U+FFFD rather than losing the whole import.
  const decoder = new TextDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/** A whole buffer as text (a JSON document), BOM dropped. */
export function decodeAll(bytes: Uint8Array, encoding: TextEncodingName): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

/** The start of a file as text, with its encoding: what format, delimiter and header sniffing look at. */
export type TextHead = EncodingGuess &
  Readonly<{
    /** The decoded sample, BOM dropped; a character cut at the end of the sample is left out. */
    text: string;
    /** The sample is the whole file, so its last line is complete. */
    complete: boolean;
  }>;

/**
 * Reads and decodes the first `ENCODING_SAMPLE_BYTES`. With `encoding` given (the investigator chose one), it is
 * used as is; the bytes are still checked for being text.
 */
export async function readTextHead(source: ByteSource, encoding?: TextEncodingName): Promise<TextHead> {
  const sample = await readHead(source, ENCODING_SAMPLE_BYTES);
  const complete = sample.byteLength >= source.size;
  const guess = detectEncoding(source.name, sample, complete);
  const chosen: EncodingGuess =
    encoding === undefined || encoding === guess.encoding
      ? guess
      : { encoding, bom: bomEncoding(sample) === encoding, notes: [] };
  const text =
    chosen.encoding === 'windows-1252'
      ? decodeWindows1252(sample)
      : new TextDecoder(chosen.encoding).decode(sample, { stream: !complete });
  return { ...chosen, text, complete };
}

function isValidUtf8(sample: Uint8Array, isWholeFile: boolean): boolean {
  try {
    // In stream mode an incomplete sequence at the very end is held back, not rejected: the sample may end mid-character.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !isWholeFile });
    return true;
  } catch {
    return false;
  }
}

/**
 * UTF-16 without a BOM shows as NUL bytes in every other position (ASCII letters have a zero high byte). Checked
 * before the NUL test so that such a file is read rather than refused as binary.
 */
function utf16WithoutBom(sample: Uint8Array): TextEncodingName | undefined {
  const length = Math.min(sample.byteLength, 4096) & ~1;
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (sample[i] === 0) evenZeros += 1;
    if (sample[i + 1] === 0) oddZeros += 1;
  }
  const pairs = length / 2;
  if (oddZeros / pairs > 0.4 && evenZeros / pairs < 0.05) return 'utf-16le';
  if (evenZeros / pairs > 0.4 && oddZeros / pairs < 0.05) return 'utf-16be';
  return undefined;
}

const ADVICE: Readonly<Record<BinaryKind['kind'], string>> = {
  zip: 'If it is a workbook, give it the .xlsx ending and import it again.',
  ole2: 'If it is a workbook, give it the .xls ending and import it again.',
  pdf: 'Add it as evidence instead of importing it as data.',
  png: 'Add it as evidence instead of importing it as data.',
  jpeg: 'Add it as evidence instead of importing it as data.',
  gif: 'Add it as evidence instead of importing it as data.',
  webp: 'Add it as evidence instead of importing it as data.',
  gzip: 'Unpack it first, then import the file inside.',
};

function notTextError(file: string, binary: BinaryKind | undefined): ParseError {
  const message =
    binary === undefined
      ? `${file} is not a text file: it holds binary data. Check that this is the export you meant to import.`
      : `${file} is not a text file: it is ${binary.label}. ${ADVICE[binary.kind]}`;
  return new ParseError(message, { file });
}
