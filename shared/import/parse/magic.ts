/**
 * Binary files recognised by their first bytes. A seller export renamed from `.xlsx` to `.csv`, or a screenshot
 * dropped on the import, must be caught before its bytes are shown as garbage text or stored as thousands of rows.
 */

/** A kind of binary file, with the words used to tell the investigator what it is. */
export type BinaryKind = Readonly<{
  kind: 'zip' | 'ole2' | 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'gzip';
  /** "a PNG image", completing "it is …". */
  label: string;
}>;

type Signature = Readonly<{ kind: BinaryKind['kind']; label: string; bytes: readonly number[]; at?: number }>;

const SIGNATURES: readonly Signature[] = [
  // Every .xlsx, .ods and .docx is a ZIP archive.
  { kind: 'zip', label: 'a ZIP archive (an Excel .xlsx workbook is one)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'zip', label: 'an empty ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  // Compound File Binary: Excel 97-2003 .xls, Word .doc, and password-protected .xlsx files.
  {
    kind: 'ole2',
    label: 'an Office file (an Excel 97-2003 .xls workbook or a password-protected workbook)',
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  },
  { kind: 'pdf', label: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'png', label: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'jpeg', label: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'gif', label: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'webp', label: 'a WebP image', bytes: [0x57, 0x45, 0x42, 0x50], at: 8 },
  { kind: 'gzip', label: 'a gzip-compressed file', bytes: [0x1f, 0x8b] },
];

/** The binary kind whose signature the sample starts with, if any. */
export function sniffBinary(sample: Uint8Array): BinaryKind | undefined {
  for (const signature of SIGNATURES) {
    const at = signature.at ?? 0;
    if (signature.bytes.every((byte, i) => sample[at + i] === byte)) {
      return { kind: signature.kind, label: signature.label };
    }
  }
  return undefined;
}

/** True when the sample holds a NUL byte: no text format we read contains one, nearly every binary format does. */
export function hasNulByte(sample: Uint8Array): boolean {
  return sample.includes(0);
}
