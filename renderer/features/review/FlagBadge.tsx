/** The reviewer's flag on a row, if any, so the tables show what was already looked at. */
import type { ReviewAnnotation } from '@shared/bundle/stored';
import { FLAG_LABEL } from './flags';

export function FlagBadge({ annotation }: Readonly<{ annotation: ReviewAnnotation | undefined }>) {
  if (!annotation) return null;
  if (annotation.flag === null) return <span className="badge">Comment</span>;
  return (
    <span className={`badge review-flag review-flag--${annotation.flag}`}>{FLAG_LABEL[annotation.flag]}</span>
  );
}
