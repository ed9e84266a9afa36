/**
 * The evidence bundle: what goes in (a case as the workbench holds it), the options the legal team chooses, and
 * what a reviewer's check of a bundle says. Writing is in `writeBundle.ts`, checking in `verifyBundle.ts`; both
 * are pure and run the same in Node (tests, bench) and in the app's workers.
 */
import type { AnalysisSummary, StoredNetwork } from '../analysis/stored';
import type { TimelineEvent } from '../case/timeline';
import type { AuditEntry, Case, CaseItem, Entity, Evidence, Link, Note, SavedView } from '../model';

/**
 * An audit entry left out of a bundle: its content cannot be re-hashed, but its `hash` must equal the next
 * entry's `prevHash`, so nothing can be removed or reordered without the break showing.
 */
export type OmittedAuditEntry = Readonly<{ seq: number; prevHash: string; hash: string; omitted: true }>;
export type AuditLine = AuditEntry | OmittedAuditEntry;

/** Bytes of one evidence file, read in pieces so a gigabyte never sits in memory. */
export type ByteSource = () => AsyncIterable<Uint8Array>;

/** One evidence file of the case with the bytes to copy; `sha256` is its id, checked as it is copied. */
export type BundleEvidence = Readonly<{
  record: Evidence;
  /** Why it is in the bundle: attached to the case, or the file a value of an included entity came from. */
  reason: 'attached' | 'source';
  read: ByteSource;
}>;

/** Everything about one case that a bundle holds, as read from the store. */
export type BundleInput = Readonly<{
  case: Case;
  /** The case's items: entities with their roles, evidence. */
  items: readonly CaseItem[];
  /** The subjects and what they link to one step away (identifiers, listings, shipments, …). */
  entities: readonly Entity[];
  /** Links between the entities above. */
  links: readonly Link[];
  evidence: readonly BundleEvidence[];
  notes: readonly Note[];
  views: readonly SavedView[];
  timeline: readonly TimelineEvent[];
  /** The analysis networks that hold a subject, when an analysis was run. */
  networks: readonly StoredNetwork[];
  analysis?: Pick<AnalysisSummary, 'settings'> & Readonly<{ id: string; finishedAt?: string }>;
  /**
   * The audit chain from its first entry to `auditHead`, oldest first. Entries about other cases come as
   * `OmittedAuditEntry` (number and hashes only): the chain's links stay checkable end to end without handing
   * counsel what the workbench holds about other cases.
   */
  audit: () => AsyncIterable<readonly AuditLine[]>;
  auditHead: Readonly<{ seq: number; hash: string }> | undefined;
}>;

export type BundleOptions = Readonly<{
  /** Copy the evidence files into `evidence/` (the manifest lists them either way). */
  includeEvidence: boolean;
  /** Replace e-mails, phones and addresses with stable pseudonyms, for sharing with a brand owner. */
  redact: boolean;
  /** Same case, same bytes: fixed times, sorted content, no random ids. */
  deterministic: boolean;
  examiner: string;
  tool: Readonly<{ name: string; version: string }>;
  /** ISO 8601; ignored in deterministic mode (the case's last change is used instead). */
  createdAt: string;
  /**
   * Prints report.html to PDF with the shell's own engine (the desktop app's Chromium: every script's fonts);
   * null where there is none. Not used in deterministic mode, whose PDF must be the same bytes every time: the
   * built-in PDF writer (`reportPdf.ts`) makes it then, and whenever this gives null.
   */
  printPdf?: (html: string) => Promise<Uint8Array | null>;
}>;

/** Where the ZIP's bytes go, in order; the writer waits for each write (back-pressure). */
export type ByteSink = (chunk: Uint8Array) => Promise<void>;

export type BundleProgress = Readonly<{
  phase: 'data' | 'evidence' | 'report' | 'finishing';
  /** Bytes written to the sink so far, and the evidence bytes still to copy, for rate and time left. */
  bytesWritten: number;
  evidenceBytesDone: number;
  evidenceBytesTotal: number;
  file?: string;
}>;

/** What a reviewer's check of a bundle found, file by file. */
export type FileCheck = Readonly<{
  path: string;
  status: 'intact' | 'altered' | 'missing' | 'unlisted';
  expectedSha256?: string;
  actualSha256?: string;
  /** What exactly is wrong, in words, when the status alone does not say it (a damaged entry, SHA256SUMS disagreeing). */
  detail?: string;
}>;

export type AuditCheck =
  | Readonly<{ status: 'intact'; entries: number; head: string }>
  | Readonly<{ status: 'broken'; atSeq: number; reason: string }>
  | Readonly<{ status: 'absent'; reason: string }>;

export type BundleVerification = Readonly<{
  /** True only when every listed file is intact, nothing unlisted is present and the audit chain holds. */
  intact: boolean;
  files: readonly FileCheck[];
  audit: AuditCheck;
  /** Evidence files the manifest lists as left out on export (by their bundle path): not missing, never checked. */
  notIncluded?: readonly string[];
}>;

/** A bundle refused before anything in it is used: the reason is shown to the reviewer as it is. */
export class BundleRefused extends Error {
  override readonly name = 'BundleRefused';
}

/** Random access to a bundle file: the app reads a picked or dropped file this way, Node tests a buffer. */
export type RandomAccess = Readonly<{
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}>;

/**
 * The reading side, for Review (implemented in `readBundle.ts`): `openBundle(source: RandomAccess):
 * Promise<OpenedBundle>` refuses a malicious or foreign file with `BundleRefused` before anything is used.
 */
export type OpenedBundle<Manifest = unknown> = Readonly<{
  manifest: Manifest;
  manifestSha256: string;
  /** Paths in the ZIP, as listed in its central directory. */
  paths: readonly string[];
  /** Hashes every file, checks SHA256SUMS and the audit chain. */
  verify(
    onProgress?: (bytesDone: number, bytesTotal: number) => void,
    signal?: AbortSignal,
  ): Promise<BundleVerification>;
  /** The case as the bundle holds it, validated (data/case.json and the data/*.jsonl files). */
  readData(): Promise<BundleData>;
  /** One file's bytes in pieces (an evidence file for a preview), inflated and size-checked. */
  readFile(path: string): AsyncIterable<Uint8Array>;
}>;

export type BundleData = Readonly<{
  case: Case;
  items: readonly CaseItem[];
  notes: readonly Note[];
  views: readonly SavedView[];
  entities: readonly Entity[];
  links: readonly Link[];
  /** Evidence records, with the bundle path of each file when it was included. */
  evidence: readonly Readonly<{ record: Evidence; path?: string; reason: BundleEvidence['reason'] }>[];
  timeline: readonly TimelineEvent[];
  networks: readonly StoredNetwork[];
}>;

/** What a reviewer says about one entity or piece of evidence (the annotations file is in `annotations.ts`). */
export type AnnotationFlag = 'confirmed' | 'question' | 'disputed';
export type Annotation = Readonly<{
  id: string;
  target: Readonly<{ type: 'entity' | 'evidence'; id: string; label: string }>;
  flag: AnnotationFlag | null;
  comment: string;
  at: string;
}>;
