/**
 * `manifest.json`: what the bundle is (which case, who exported it, with which tool and options), the audit chain's
 * head at export, and every file with its size and SHA-256. The schema is the reader's check; the writer builds the
 * same shape (`BundleManifest`), so the two cannot disagree about a field.
 */
import { z } from 'zod';
import { CASE_STATUSES } from '../model';

export const BUNDLE_FORMAT = 'casegraph-bundle';
export const BUNDLE_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';
export const SUMS_PATH = 'SHA256SUMS';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256');

export const FILE_ROLES = ['data', 'evidence', 'audit', 'report'] as const;
export type FileRole = (typeof FILE_ROLES)[number];

const fileSchema = z.object({
  path: z.string().min(1),
  size: z.number().int().nonnegative(),
  sha256,
  role: z.enum(FILE_ROLES),
  /** Evidence only: `false` when the file was left out of the bundle (its hash still says what it was). */
  included: z.boolean().optional(),
  /** Evidence only: the name it arrived under, its media type, why it is in the bundle. */
  name: z.string().optional(),
  mediaType: z.string().optional(),
  reason: z.enum(['attached', 'source']).optional(),
});

export const manifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  case: z.object({
    id: z.string(),
    title: z.string(),
    reference: z.string(),
    status: z.enum(CASE_STATUSES),
    owner: z.string(),
    tags: z.array(z.string()),
    summary: z.string(),
  }),
  examiner: z.string(),
  tool: z.object({ name: z.string(), version: z.string() }),
  createdAt: z.string(),
  options: z.object({ includeEvidence: z.boolean(), redact: z.boolean(), deterministic: z.boolean() }),
  auditHead: z.object({ seq: z.number().int().nonnegative(), hash: sha256 }).nullable(),
  auditIncluded: z.boolean(),
  /** Why the audit log is not in the bundle, when it is not. */
  auditOmittedReason: z.string().optional(),
  /** What redaction did and did not do, in words, when it was on. */
  redaction: z
    .object({ pseudonyms: z.number().int().nonnegative(), evidenceIncluded: z.boolean(), note: z.string() })
    .optional(),
  counts: z.object({
    entities: z.number().int().nonnegative(),
    links: z.number().int().nonnegative(),
    evidence: z.number().int().nonnegative(),
    notes: z.number().int().nonnegative(),
  }),
  files: z.array(fileSchema),
});

export type BundleManifest = z.infer<typeof manifestSchema>;
export type ManifestFile = z.infer<typeof fileSchema>;

/** Just enough to tell a Casegraph bundle from anything else, and its version from ours, before the full check. */
export const manifestEnvelope = z.looseObject({ format: z.unknown(), version: z.unknown() });
