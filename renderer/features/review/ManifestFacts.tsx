/** What the bundle says about itself: which case, who exported it, with what, when, and how. */
import type { BundleManifest } from '@shared/bundle/manifest';

const count = (n: number, one: string, many: string): string =>
  `${n.toLocaleString()} ${n === 1 ? one : many}`;

const yesNo = (value: boolean): string => (value ? 'yes' : 'no');

export function ManifestFacts({
  manifest,
  manifestSha256,
}: Readonly<{ manifest: BundleManifest; manifestSha256: string }>) {
  const { options } = manifest;
  return (
    <section className="card" aria-labelledby="review-manifest-heading">
      <h2 id="review-manifest-heading">About this bundle</h2>
      <dl className="review-facts">
        <dt>Case</dt>
        <dd>{manifest.case.title}</dd>
        <dt>Reference</dt>
        <dd>{manifest.case.reference || '—'}</dd>
        <dt>Examiner</dt>
        <dd>{manifest.examiner}</dd>
        <dt>Tool</dt>
        <dd>
          {manifest.tool.name} {manifest.tool.version}
        </dd>
        <dt>Created at</dt>
        <dd>
          <time dateTime={manifest.createdAt}>{new Date(manifest.createdAt).toLocaleString()}</time>
        </dd>
        <dt>Options</dt>
        <dd>
          Evidence files included: {yesNo(options.includeEvidence)} · Personal data redacted:{' '}
          {yesNo(options.redact)} · Deterministic: {yesNo(options.deterministic)}
        </dd>
        <dt>Contents</dt>
        <dd>
          {[
            count(manifest.counts.entities, 'entity', 'entities'),
            count(manifest.counts.links, 'link', 'links'),
            count(manifest.counts.evidence, 'evidence file', 'evidence files'),
            count(manifest.counts.notes, 'note', 'notes'),
          ].join(', ')}
        </dd>
        <dt>Audit head at export</dt>
        <dd>
          {manifest.auditHead ? (
            <>
              entry #{manifest.auditHead.seq}, <code className="review-hash">{manifest.auditHead.hash}</code>
            </>
          ) : (
            'none'
          )}
          {manifest.auditIncluded
            ? ''
            : ` · log not included${manifest.auditOmittedReason ? `: ${manifest.auditOmittedReason}` : ''}`}
        </dd>
        <dt>Manifest SHA-256</dt>
        <dd>
          <code className="review-hash">{manifestSha256}</code>
        </dd>
      </dl>
      {manifest.redaction ? <p className="note small">{manifest.redaction.note}</p> : null}
    </section>
  );
}
