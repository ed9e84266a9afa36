/** One piece of evidence from the bundle: what it is, its hash, the check's word on its file, the preview. */
import { Link } from 'wouter';
import { describeProblem } from '@shared/bundle/reviewSummary';
import { EvidenceDetails } from '@renderer/features/evidence/EvidenceDetails';
import { AnnotationControl } from './AnnotationControl';
import { BundleEvidencePreview } from './BundleEvidencePreview';
import type { ReviewView } from './reviewView';

export function ReviewEvidence({ id, view }: Readonly<{ id: string; view: ReviewView }>) {
  const item = view.evidenceById.get(id);
  if (!item) {
    return (
      <section className="card" aria-labelledby="review-missing-heading">
        <h2 id="review-missing-heading">Not in this bundle</h2>
        <p>
          No evidence <code>{id}</code> is listed in this bundle.{' '}
          <Link href="/review/evidence">All evidence</Link>
        </p>
      </section>
    );
  }
  const { record, path } = item;
  const check = path === undefined ? undefined : view.verification.files.find((f) => f.path === path);
  return (
    <>
      <section className="card" aria-labelledby="review-evidence-item-heading">
        <h2 id="review-evidence-item-heading">{record.name}</h2>
        <EvidenceDetails evidence={record} />
        {check && check.status !== 'intact' ? (
          <p className="note note--warning" role="note">
            {describeProblem(check)} What is shown below is not what was exported.
          </p>
        ) : null}
        {view.annotations ? (
          <AnnotationControl
            key={`${view.info.manifestSha256}|${record.id}`}
            manifestSha256={view.info.manifestSha256}
            target={{ type: 'evidence', id: record.id, label: record.name }}
            saved={view.annotations.get(record.id)}
            reviewer={view.reviewer}
          />
        ) : null}
      </section>
      <section className="card evidence-preview" aria-label={`Preview of ${record.name}`}>
        {path === undefined ? (
          <p className="muted">
            The file itself was left out of this bundle; its SHA-256 above still says exactly which file it
            was.
          </p>
        ) : (
          <BundleEvidencePreview evidence={record} path={path} />
        )}
      </section>
    </>
  );
}
