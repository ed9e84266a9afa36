/** Reviewers' annotations as a list: what was flagged, the comment, who and when. */
import type { CaseAnnotation } from '@shared/bundle/stored';

const FLAG_LABEL: Readonly<Record<string, string>> = {
  confirmed: 'Confirmed',
  question: 'Question',
  disputed: 'Disputed',
};

function AnnotationRow({ annotation }: Readonly<{ annotation: CaseAnnotation }>) {
  return (
    <li className="annotation">
      <div>
        <strong>{annotation.target.label}</strong>{' '}
        <span className="small muted">{annotation.target.type === 'evidence' ? 'evidence' : 'entity'}</span>{' '}
        {annotation.flag ? (
          <span className={`badge badge--flag-${annotation.flag}`}>{FLAG_LABEL[annotation.flag]}</span>
        ) : null}
      </div>
      {annotation.comment ? <p className="annotation__comment">{annotation.comment}</p> : null}
      <p className="small muted">
        {annotation.reviewer} ·{' '}
        <time dateTime={annotation.at}>{new Date(annotation.at).toLocaleString()}</time>
      </p>
    </li>
  );
}

export function AnnotationList({
  annotations,
  label,
}: Readonly<{ annotations: readonly CaseAnnotation[]; label: string }>) {
  return (
    <ul className="annotations" aria-label={label}>
      {annotations.map((annotation) => (
        <AnnotationRow key={annotation.id} annotation={annotation} />
      ))}
    </ul>
  );
}
