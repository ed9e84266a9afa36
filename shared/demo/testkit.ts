/**
 * Helpers for the demo's own tests: read a generated file back the way an importer would, and find the value a
 * truth occurrence points at. Kept out of the test files so each test reads as what it checks.
 */
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { decideDecimals } from '../import/mapping/decideDecimals';
import { guessMapping } from '../import/mapping/guessMapping';
import { createRecordMapper } from '../import/mapping/mapRecord';
import { mappingFromFieldRefs } from '../import/mapping/mappingFromFieldRefs';
import type { EntityDraft, RejectDraft, SourceRecord } from '../import/types';
import type { DemoFile } from './demoFile';
import type { DemoResult } from './generate';
import { adler32, crc32, PNG_SIGNATURE } from './png';
import type { TruthOccurrence } from './truth';

const decoder = new TextDecoder();

export function fileNamed(result: DemoResult, name: string): DemoFile {
  const file = result.files.find((candidate) => candidate.name === name);
  if (file === undefined) throw new Error(`No file ${name}`);
  return file;
}

/** The file as text, without a byte-order mark. */
export function textOf(file: DemoFile): string {
  return decoder.decode(file.bytes).replace(/^\uFEFF/, '');
}

/** All rows of a delimited file, header first. */
export function rowsOf(file: DemoFile): string[][] {
  const delimiter = file.name.endsWith('.tsv')
    ? '\t'
    : file.name.endsWith('.csv') && textOf(file).split('\n')[0]?.includes(';')
      ? ';'
      : ',';
  const parsed = Papa.parse<string[]>(textOf(file), {
    delimiter,
    skipEmptyLines: true,
    quoteChar: file.name.endsWith('.tsv') ? '\u0000' : '"',
  });
  return parsed.data;
}

/** The columns a file's own mapping maps, in the compact `column -> slot.field` form. */
export function intendedColumns(file: DemoFile): Record<string, string> {
  return Object.fromEntries(Object.entries(file.mapping ?? {}).filter(([, ref]) => ref !== 'ignore'));
}

/**
 * A delimited file through a mapping — the app's automatic one (`guessMapping`), or the file's own as "Load demo
 * investigation" uses it — then each row mapped as the import does, without parsing or storing: what the columns
 * were taken to mean, and the entities and rejects of every row.
 */
export function importRows(
  file: DemoFile,
  use: 'guess' | 'intended' = 'guess',
): {
  columns: Record<string, string>;
  entities: EntityDraft[];
  rejects: RejectDraft[];
} {
  const [headers = [], ...cells] = rowsOf(file);
  const records: SourceRecord[] = cells.map((row, i) => ({
    locator: { row: i + 2 },
    fields: Object.fromEntries(headers.map((header, j) => [header, row[j] ?? ''])),
  }));
  const options = file.options ?? {};
  const mapping =
    use === 'intended' && file.mapping !== undefined
      ? mappingFromFieldRefs(file.mapping, file.platform, options)
      : guessMapping(headers, file.name, options).mapping;
  const map = createRecordMapper(mapping, { decimals: decideDecimals(mapping, records) });
  const mapped = records.map(map);
  return {
    columns: Object.fromEntries(mapping.columns.map((c) => [c.column, `${c.slot}.${c.field}`])),
    entities: mapped.flatMap((record) => record.entities),
    rejects: mapped.flatMap((record) => record.rejects),
  };
}

const workbooks = new WeakMap<DemoFile, XLSX.WorkBook>();

/** The workbook read once per file: truth tests look up hundreds of cells, and reading it each time took seconds. */
export function workbookOf(file: DemoFile): XLSX.WorkBook {
  const read = workbooks.get(file) ?? XLSX.read(file.bytes, { type: 'array', cellDates: true });
  workbooks.set(file, read);
  return read;
}

/** Reads a dotted path (`contact.public_email`) from a JSON value. */
export function pathValue(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export function jsonLines(file: DemoFile): string[] {
  return textOf(file)
    .split('\n')
    .filter((line) => line.trim() !== '');
}

/** The text a truth occurrence points at in its file, or undefined when the place does not exist. */
export function valueAt(result: DemoResult, occurrence: TruthOccurrence): string | undefined {
  const file = fileNamed(result, occurrence.file);
  const { locator, field } = occurrence;
  if (file.name.endsWith('.xlsx')) {
    const sheet = workbookOf(file).Sheets[locator.sheet ?? ''];
    if (sheet === undefined || locator.row === undefined) return undefined;
    const header = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 })[0] ?? [];
    const cell = sheet[XLSX.utils.encode_cell({ r: locator.row - 1, c: header.indexOf(field) })] as
      XLSX.CellObject | undefined;
    return cell === undefined ? undefined : String(cell.v);
  }
  if (file.name.endsWith('.csv') || file.name.endsWith('.tsv')) {
    const rows = rowsOf(file);
    const column = rows[0]?.indexOf(field) ?? -1;
    return locator.row === undefined ? undefined : rows[locator.row - 1]?.[column];
  }
  if (file.name.endsWith('.ftm.jsonl')) {
    const entity = jsonLines(file)
      .map((line) => JSON.parse(line) as { id: string; properties: Record<string, string[]> })
      .find((candidate) => candidate.id === locator.path);
    return entity?.properties[field.replace(/^properties\./, '')]?.join('\n');
  }
  if (file.name.endsWith('.jsonl')) {
    const line = locator.row === undefined ? undefined : textOf(file).split('\n')[locator.row - 1];
    const value = line === undefined ? undefined : pathValue(JSON.parse(line), field);
    return typeof value === 'string' ? value : undefined;
  }
  if (file.name.endsWith('.stix.json')) {
    const bundle = JSON.parse(textOf(file)) as { objects: Record<string, unknown>[] };
    const value = bundle.objects.find((object) => object.id === locator.path)?.[field];
    return typeof value === 'string' ? value : undefined;
  }
  const match = /^\$\.data\.profiles\[(\d+)\]$/.exec(locator.path ?? '');
  const document = JSON.parse(textOf(file)) as { data: { profiles: unknown[] } };
  const value = match === null ? undefined : pathValue(document.data.profiles[Number(match[1])], field);
  return typeof value === 'string' ? value : undefined;
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

const u32 = (bytes: Uint8Array, at: number): number =>
  (((bytes[at] ?? 0) << 24) |
    ((bytes[at + 1] ?? 0) << 16) |
    ((bytes[at + 2] ?? 0) << 8) |
    (bytes[at + 3] ?? 0)) >>>
  0;

/** Inflates a zlib stream of stored blocks (all our encoder writes), checking the header, block lengths and Adler-32. */
export function inflateStored(zlib: Uint8Array): Uint8Array {
  check(zlib[0] === 0x78 && ((0x78 << 8) | (zlib[1] ?? 0)) % 31 === 0, 'zlib header');
  const parts: Uint8Array[] = [];
  let at = 2;
  for (;;) {
    const header = zlib[at] ?? 0xff;
    check(header >> 1 === 0, 'stored block expected');
    const length = (zlib[at + 1] ?? 0) | ((zlib[at + 2] ?? 0) << 8);
    const inverted = (zlib[at + 3] ?? 0) | ((zlib[at + 4] ?? 0) << 8);
    check((length ^ 0xffff) === inverted, 'block length and its complement disagree');
    parts.push(zlib.subarray(at + 5, at + 5 + length));
    at += 5 + length;
    if (header & 1) break;
  }
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  check(u32(zlib, at) === adler32(out), 'Adler-32 mismatch');
  check(at + 4 === zlib.length, 'trailing bytes after the zlib stream');
  return out;
}

/** Decodes one of our PNGs to RGB pixels, verifying the signature, every chunk's CRC, IHDR and the scanlines. */
export function decodePng(png: Uint8Array): { width: number; height: number; pixels: Uint8Array } {
  check(
    PNG_SIGNATURE.every((byte, i) => png[i] === byte),
    'PNG signature',
  );
  const chunks: { type: string; data: Uint8Array }[] = [];
  let at = 8;
  while (at < png.length) {
    const length = u32(png, at);
    check(at + 12 + length <= png.length, 'chunk runs past the end of the file');
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    const type = String.fromCharCode(...typeAndData.subarray(0, 4));
    check(crc32(typeAndData) === u32(png, at + 8 + length), `CRC of ${type}`);
    chunks.push({ type, data: typeAndData.subarray(4) });
    at += 12 + length;
  }
  check(chunks.map((chunk) => chunk.type).join(',') === 'IHDR,IDAT,IEND', 'chunk order');
  const ihdr = chunks[0]?.data ?? new Uint8Array(0);
  const width = u32(ihdr, 0);
  const height = u32(ihdr, 4);
  check(
    ihdr.length === 13 && [8, 2, 0, 0, 0].every((v, i) => ihdr[8 + i] === v),
    'IHDR: 8-bit RGB, no interlace',
  );
  const raw = inflateStored(chunks[1]?.data ?? new Uint8Array(0));
  const stride = 1 + width * 3;
  check(raw.length === height * stride, 'pixel data length');
  const pixels = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    check(raw[y * stride] === 0, 'filter type 0');
    pixels.set(raw.subarray(y * stride + 1, (y + 1) * stride), y * width * 3);
  }
  return { width, height, pixels };
}
