/**
 * The check's result, plainly and first: one verdict, then every file that is not as the manifest says (named),
 * then the audit chain. Read out as a status when it appears, so a screen reader hears the verdict at once.
 */
import { Link } from 'wouter';
import { describeAudit, problemDetail, problemsOf, verdictOf } from '@shared/bundle/reviewSummary';
import type { BundleVerification } from '@shared/bundle/types';

const STATUS_LABEL = {
  altered: 'Altered',
  missing: 'Missing',
  unlisted: 'Not in manifest',
  intact: 'Intact',
} as const;

export function BundleCheck({
  fileName,
  verification,
  compact = false,
}: Readonly<{
  fileName: string;
  verification: BundleVerification;
  /** On the case's other pages: the verdict stays in view, the details are one link away. */
  compact?: boolean;
}>) {
  const verdict = verdictOf(verification);
  const checked = verification.files.length;
  return (
    <section
      className={`card review-check review-check--${verdict.tone}`}
      aria-labelledby="review-check-heading"
    >
      <h2 id="review-check-heading" className="visually-hidden">
        Result of the check
      </h2>
      <div role="status" aria-label="Bundle check" className="review-check__verdict">
        <p className="review-check__headline">{verdict.headline}</p>
        <p className="small muted">
          {fileName}: {checked.toLocaleString()} {checked === 1 ? 'file' : 'files'} checked against their
          SHA-256 in the manifest.
          {compact && verdict.tone !== 'intact' ? (
            <>
              {' '}
              <Link href="/review">See what is wrong</Link>
            </>
          ) : null}
        </p>
      </div>
      {compact ? null : <CheckDetails verification={verification} />}
    </section>
  );
}

function CheckDetails({ verification }: Readonly<{ verification: BundleVerification }>) {
  const problems = problemsOf(verification);
  return (
    <>
      {problems.length > 0 ? (
        <ul className="review-check__problems" aria-label="Problems found">
          {problems.map((file) => (
            <li key={`${file.status}|${file.path}`}>
              <span className={`badge review-badge--${file.status}`}>{STATUS_LABEL[file.status]}</span>{' '}
              <code className="review-check__path">{file.path}</code>
              <span className="small review-check__detail">{problemDetail(file)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <p className={`review-check__audit review-check__audit--${verification.audit.status}`}>
        {describeAudit(verification.audit)}
      </p>
    </>
  );
}
