/**
 * Evidence: any file, stored once and content-addressed by SHA-256. The record is immutable once written; notes
 * and tags about it live in other tables so the hash always describes exactly what was received.
 */
import type { EvidenceId, ImportId } from './ids';

export type Evidence = Readonly<{
  id: EvidenceId;
  /** The name the file had when it arrived (a second copy under another name adds to `otherNames`). */
  name: string;
  otherNames: readonly string[];
  mediaType: string;
  size: number;
  /** Where it was captured, when and by whom, as far as anyone said so. */
  sourceUrl?: string;
  capturedAt?: string;
  capturedBy?: string;
  importedAt: string;
  importIds: readonly ImportId[];
}>;

/** The bytes of a piece of evidence, in their own table so listing evidence never loads file contents. */
export type StoredBlob = Readonly<{
  sha256: EvidenceId;
  data: Blob;
}>;
