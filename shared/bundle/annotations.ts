/**
 * The annotations file a field reviewer sends back: which bundle it is about (the manifest's hash, the case), who
 * reviewed and when, and each flag and comment on an entity or piece of evidence. It carries the SHA-256 of its own
 * canonical JSON (RFC 8785, everything but `sha256`), so an edit made after the reviewer saved it — by hand or in
 * transit — is caught when the investigator brings it back. It is a seal against accidents and casual edits, not a
 * signature: whoever edits the file can also recompute the hash.
 */
import canonicalize from 'canonicalize';
import { z } from 'zod';
import { sha256Hex } from '../hash';
import type { BundleManifest } from './manifest';
import type { Annotation } from './types';

export const ANNOTATIONS_FORMAT = 'casegraph-annotations';
export const ANNOTATIONS_VERSION = 1;

const annotationSchema = z.object({
  id: z.string().min(1),
  target: z.object({ type: z.enum(['entity', 'evidence']), id: z.string().min(1), label: z.string() }),
  flag: z.enum(['confirmed', 'question', 'disputed']).nullable(),
  comment: z.string(),
  at: z.string(),
});

const fileSchema = z.object({
  format: z.literal(ANNOTATIONS_FORMAT),
  version: z.literal(ANNOTATIONS_VERSION),
  bundle: z.object({
    manifestSha256: z.string().regex(/^[0-9a-f]{64}$/),
    caseId: z.string(),
    caseReference: z.string(),
    caseTitle: z.string(),
  }),
  reviewer: z.string(),
  createdAt: z.string(),
  annotations: z.array(annotationSchema),
  sha256: z.string(),
});

export type AnnotationsFile = z.infer<typeof fileSchema>;

function sealOf(content: Omit<AnnotationsFile, 'sha256'>): string {
  const json = canonicalize(content);
  if (json === undefined) throw new Error('Annotations must be serializable as JSON');
  return sha256Hex(json);
}

export type AnnotationsFileInput = Readonly<{
  manifestSha256: string;
  manifest: Pick<BundleManifest, 'case'>;
  reviewer: string;
  createdAt: string;
  /** The reviewer's annotations; fields beyond an `Annotation`'s (as the Review store keeps them) are left out. */
  annotations: readonly Annotation[];
}>;

/** The annotations file's text, sealed with its hash; annotations in a fixed order (time, then id). */
export function createAnnotationsFile(input: AnnotationsFileInput): string {
  const annotations = [...input.annotations]
    .map(({ id, target, flag, comment, at }) => ({
      id,
      target: { type: target.type, id: target.id, label: target.label },
      flag,
      comment,
      at,
    }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const content: Omit<AnnotationsFile, 'sha256'> = {
    format: ANNOTATIONS_FORMAT,
    version: ANNOTATIONS_VERSION,
    bundle: {
      manifestSha256: input.manifestSha256,
      caseId: input.manifest.case.id,
      caseReference: input.manifest.case.reference,
      caseTitle: input.manifest.case.title,
    },
    reviewer: input.reviewer,
    createdAt: input.createdAt,
    annotations,
  };
  return `${JSON.stringify({ ...content, sha256: sealOf(content) }, null, 2)}\n`;
}

/** A refused annotations file; the message says why, in words. */
export class AnnotationsFileRefused extends Error {
  override readonly name = 'AnnotationsFileRefused';
}

/** The file checked: its format and version, every field, and its seal. */
export function parseAnnotationsFile(text: string, fileName = 'The file'): AnnotationsFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AnnotationsFileRefused(`${fileName} is not an annotations file: it is not JSON`);
  }
  const envelope = z.looseObject({ format: z.unknown(), version: z.unknown() }).safeParse(json);
  if (!envelope.success || envelope.data.format !== ANNOTATIONS_FORMAT) {
    throw new AnnotationsFileRefused(`${fileName} is not a Casegraph annotations file`);
  }
  if (envelope.data.version !== ANNOTATIONS_VERSION) {
    throw new AnnotationsFileRefused(
      typeof envelope.data.version === 'number' && envelope.data.version > ANNOTATIONS_VERSION
        ? `${fileName} was made by a newer Casegraph (annotations version ${envelope.data.version}); update Casegraph to bring it back`
        : `${fileName} has an unknown annotations version (${JSON.stringify(envelope.data.version)})`,
    );
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AnnotationsFileRefused(
      `${fileName} is not as Casegraph writes annotations${issue === undefined ? '' : ` (${issue.path.join('.')}: ${issue.message})`}`,
    );
  }
  const { sha256, ...content } = parsed.data;
  if (sealOf(content) !== sha256) {
    throw new AnnotationsFileRefused(
      `${fileName} was changed after the reviewer saved it: its content no longer matches its SHA-256`,
    );
  }
  return parsed.data;
}
