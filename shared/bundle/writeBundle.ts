/**
 * Writes a case as an evidence bundle: a ZIP streamed to a sink, entries in a fixed order (sorted by path, then the
 * manifest and SHA256SUMS that describe them), evidence copied chunk by chunk and checked against its hash as it
 * goes. What each file holds is described in docs and in the modules named below; the layout:
 *
 * ```
 * audit/log.jsonl            the whole audit chain (left out when redacting: see below)
 * data/case.json …           Casegraph's own model (dataFiles.ts), CSV (tables.ts), FtM, GraphML, STIX
 * evidence/<sha256>-<name>   the original files, stored (when included)
 * report.html, report.pdf    the printable report (reportHtml.ts, reportPdf.ts)
 * manifest.json              every file above with size, SHA-256 and role; the case, examiner, tool, audit head
 * SHA256SUMS                 the same hashes (and the manifest's) for `sha256sum -c`
 * ```
 *
 * Deterministic mode: the case's last change is the bundle's date and every entry's time, content is sorted, no
 * random ids: the same case gives the same bytes, so a bundle can be re-derived and compared.
 */
import { sha256Hex } from '../hash';
import { withoutStoreOrder } from '../explore/indexFields';
import { contentOf, type BundleContent } from './content';
import {
  AUDIT_PATH,
  caseJson,
  DATA_PATHS,
  evidenceLines,
  jsonLines,
  networksJson,
  REPORT_HTML_PATH,
  REPORT_PDF_PATH,
} from './dataFiles';
import { ftmLines } from './ftmExport';
import { graphmlPieces } from './graphml';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  MANIFEST_PATH,
  SUMS_PATH,
  type BundleManifest,
  type FileRole,
  type ManifestFile,
} from './manifest';
import { redactContent } from './redact';
import { reportGraph } from './reportGraph';
import { reportHtml } from './reportHtml';
import { reportModel } from './reportModel';
import { buildReportPdf } from './reportPdf';
import { evidencePath } from './safeName';
import { formatSha256Sums } from './sha256sums';
import { stixBundle } from './stixExport';
import { entitiesCsv, linksCsv } from './tables';
import type { AuditLine, BundleInput, BundleOptions, BundleProgress, ByteSink } from './types';
import { createZipWriter, ZIP32_MAX_BYTES, type WrittenEntry } from './zipWriter';
import { zipEntryTime } from './zipTime';

export type WrittenBundle = Readonly<{ manifest: BundleManifest; manifestSha256: string; bytes: number }>;

export const AUDIT_OMITTED_WHEN_REDACTED =
  'The audit log was left out because personal data was redacted: its entries record the very values that were replaced, and a redacted copy could no longer be checked against its hashes.';

export const REDACTION_NOTE =
  'E-mail addresses, phone numbers and postal addresses were replaced by pseudonyms (the same value has the same pseudonym throughout this bundle). Evidence files are the untouched originals and may still contain personal data.';

/** Room left for everything but evidence when checking, before starting, that the ZIP stays under 4 GiB. */
const NON_EVIDENCE_ALLOWANCE = 256 * 1024 * 1024;

export async function writeBundle(
  input: BundleInput,
  options: BundleOptions,
  sink: ByteSink,
  onProgress?: (progress: BundleProgress) => void,
  signal?: AbortSignal,
): Promise<WrittenBundle> {
  const plain = contentOf(input);
  const redacted = options.redact ? redactContent(plain) : undefined;
  const content: BundleContent = redacted?.content ?? plain;
  const evidenceBytesTotal = options.includeEvidence
    ? content.evidence.reduce((sum, e) => sum + e.record.size, 0)
    : 0;
  if (evidenceBytesTotal + NON_EVIDENCE_ALLOWANCE > ZIP32_MAX_BYTES) {
    throw new Error(
      `The evidence files add up to ${(evidenceBytesTotal / 2 ** 30).toFixed(2)} GiB; a bundle holds at most about 3.7 GiB. Export without the evidence files, or split the case.`,
    );
  }

  const writer = createZipWriter(sink, {
    mtime: zipEntryTime(input.case.updatedAt),
    ...(signal ? { signal } : {}),
  });
  const files: ManifestFile[] = [];
  let evidenceBytesDone = 0;
  const progress = (phase: BundleProgress['phase'], file?: string): void =>
    onProgress?.({
      phase,
      bytesWritten: writer.bytesWritten(),
      evidenceBytesDone,
      evidenceBytesTotal,
      ...(file === undefined ? {} : { file }),
    });
  const listed = (entry: WrittenEntry, role: FileRole): void => {
    files.push({ path: entry.path, size: entry.size, sha256: entry.sha256, role });
  };

  // audit/ — first in path order. The head is the last entry actually written, so the manifest always agrees with
  // the log it lists, even if the store gained an entry since `input.auditHead` was read.
  let auditHead =
    input.auditHead === undefined ? null : { seq: input.auditHead.seq, hash: input.auditHead.hash };
  if (!options.redact) {
    progress('data', AUDIT_PATH);
    let last: AuditLine | undefined;
    async function* auditLines(): AsyncIterable<string> {
      for await (const page of input.audit()) {
        for (const entry of page) {
          last = entry;
          yield `${JSON.stringify(entry)}\n`;
        }
      }
    }
    listed(await writer.addTextPieces(AUDIT_PATH, auditLines()), 'audit');
    const head = last;
    auditHead = head === undefined ? null : { seq: head.seq, hash: head.hash };
  }

  // data/ — in path order.
  const dataFiles: readonly (readonly [string, () => string | Iterable<string>])[] = [
    [DATA_PATHS.case, () => caseJson(content)],
    [DATA_PATHS.entitiesCsv, () => entitiesCsv(content)],
    [DATA_PATHS.entities, () => jsonLines(content.entities.map(withoutStoreOrder))],
    [DATA_PATHS.evidence, () => evidenceLines(content)],
    [DATA_PATHS.ftm, () => ftmLines(content)],
    [DATA_PATHS.graphml, () => graphmlPieces(content)],
    [DATA_PATHS.linksCsv, () => linksCsv(content)],
    [DATA_PATHS.links, () => jsonLines(content.links)],
    [DATA_PATHS.networks, () => networksJson(content)],
    [DATA_PATHS.stix, () => stixBundle(content)],
    [DATA_PATHS.timeline, () => jsonLines(content.timeline)],
  ];
  for (const [path, build] of dataFiles) {
    progress('data', path);
    const body = build();
    listed(
      await (typeof body === 'string' ? writer.addText(path, body) : writer.addTextPieces(path, body)),
      'data',
    );
  }

  // evidence/ — copied and checked, or listed only.
  const evidencePaths = new Map<string, string>();
  const readers = new Map(input.evidence.map((e) => [e.record.id as string, e.read]));
  for (const { record, reason } of content.evidence) {
    const path = evidencePath(record.id, record.name);
    evidencePaths.set(record.id, path);
    const described = { name: record.name, mediaType: record.mediaType, reason };
    if (!options.includeEvidence) {
      files.push({
        path,
        size: record.size,
        sha256: record.id,
        role: 'evidence',
        included: false,
        ...described,
      });
      continue;
    }
    progress('evidence', path);
    const read = readers.get(record.id);
    if (read === undefined) throw new Error(`No bytes were given for the evidence file "${record.name}"`);
    const entry = await writer.addStored(path, read(), (chunk) => {
      evidenceBytesDone += chunk.length;
      progress('evidence', path);
    });
    if (entry.sha256 !== record.id || entry.size !== record.size) {
      throw new Error(
        `The evidence file "${record.name}" (${path}) does not match its record: it hashes to ${entry.sha256} (${entry.size} bytes), not ${record.id} (${record.size} bytes). The stored copy may be damaged; the bundle was not finished.`,
      );
    }
    files.push({
      path,
      size: entry.size,
      sha256: entry.sha256,
      role: 'evidence',
      included: true,
      ...described,
    });
  }

  const header: Omit<BundleManifest, 'files'> = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    case: {
      id: content.case.id,
      title: content.case.title,
      reference: content.case.reference,
      status: content.case.status,
      owner: content.case.owner,
      tags: [...content.case.tags],
      summary: content.case.summary,
    },
    examiner: options.examiner,
    tool: { name: options.tool.name, version: options.tool.version },
    createdAt: options.deterministic ? input.case.updatedAt : options.createdAt,
    options: {
      includeEvidence: options.includeEvidence,
      redact: options.redact,
      deterministic: options.deterministic,
    },
    auditHead,
    auditIncluded: !options.redact,
    ...(options.redact ? { auditOmittedReason: AUDIT_OMITTED_WHEN_REDACTED } : {}),
    ...(redacted === undefined
      ? {}
      : {
          redaction: {
            pseudonyms: redacted.pseudonyms,
            evidenceIncluded: options.includeEvidence,
            note: options.includeEvidence
              ? `${REDACTION_NOTE} They ARE included in this bundle.`
              : `${REDACTION_NOTE} They are NOT included in this bundle; only their names and hashes are listed.`,
          },
        }),
    counts: {
      entities: content.entities.length,
      links: content.links.length,
      evidence: content.evidence.length,
      notes: content.notes.length,
    },
  };

  // report.html, report.pdf
  progress('report', REPORT_HTML_PATH);
  const graph = reportGraph(content, { text: '#111827', background: '#ffffff' });
  const model = reportModel(content, header, evidencePaths, graph);
  const html = reportHtml(model);
  listed(await writer.addText(REPORT_HTML_PATH, html), 'report');
  progress('report', REPORT_PDF_PATH);
  const printed = options.deterministic ? null : ((await options.printPdf?.(html)) ?? null);
  listed(await writer.addText(REPORT_PDF_PATH, printed ?? buildReportPdf(model)), 'report');

  // manifest.json, SHA256SUMS
  progress('finishing', MANIFEST_PATH);
  const manifest: BundleManifest = {
    ...header,
    files: [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  const manifestSha256 = sha256Hex(manifestText);
  await writer.addText(MANIFEST_PATH, manifestText);
  const sums = formatSha256Sums([
    ...manifest.files.filter((file) => file.included !== false).map(({ path, sha256 }) => ({ path, sha256 })),
    { path: MANIFEST_PATH, sha256: manifestSha256 },
  ]);
  await writer.addText(SUMS_PATH, sums);
  await writer.finish();
  progress('finishing');
  return { manifest, manifestSha256, bytes: writer.bytesWritten() };
}
