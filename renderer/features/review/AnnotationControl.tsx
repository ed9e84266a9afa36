/**
 * The reviewer's word on one entity or evidence item: a flag and a comment, saved as they go (the flag at once,
 * the comment after a pause in typing and when the field is left), with the reviewer's name and the time.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ReviewAnnotation } from '@shared/bundle/stored';
import type { Annotation, AnnotationFlag } from '@shared/bundle/types';
import { saveReviewAnnotation } from '@renderer/data/hooks/useReview';
import { StatusMessage, type Message } from '@renderer/ui/StatusMessage';
import { FLAG_LABEL, REVIEW_FLAGS } from './flags';
import { registerFlush, trackSave } from './pendingSaves';

/** Long enough not to write on every key, short enough that closing the window rarely loses a word. */
const TYPING_PAUSE_MS = 600;

export function AnnotationControl({
  manifestSha256,
  target,
  saved,
  reviewer,
}: Readonly<{
  manifestSha256: string;
  target: Annotation['target'];
  /** What is stored now; the control is keyed by target, so this is read once. */
  saved: ReviewAnnotation | undefined;
  reviewer: string;
}>) {
  const id = useId();
  const [flag, setFlag] = useState<AnnotationFlag | null>(saved?.flag ?? null);
  const [comment, setComment] = useState(saved?.comment ?? '');
  const [message, setMessage] = useState<Message>();
  /** What the store holds, to skip saving a comment that did not change. */
  const stored = useRef({ flag: saved?.flag ?? null, comment: saved?.comment ?? '' });
  /** The save waiting for the pause in typing. */
  const waiting = useRef<{ timer: number; run: () => void } | undefined>(undefined);

  const save = (next: { flag: AnnotationFlag | null; comment: string }) => {
    if (waiting.current) window.clearTimeout(waiting.current.timer);
    waiting.current = undefined;
    if (next.flag === stored.current.flag && next.comment.trim() === stored.current.comment.trim()) return;
    stored.current = next;
    trackSave(
      saveReviewAnnotation({ manifestSha256, target, ...next, reviewer, at: new Date().toISOString() }),
    ).then(
      (result) =>
        setMessage({
          text: result
            ? `Saved at ${new Date(result.at).toLocaleTimeString()} as ${result.reviewer}`
            : 'Annotation removed',
        }),
      (error: unknown) =>
        setMessage({
          text: `Could not save: ${error instanceof Error ? error.message : String(error)}`,
          error: true,
        }),
    );
  };

  const later = (next: { flag: AnnotationFlag | null; comment: string }) => {
    if (waiting.current) window.clearTimeout(waiting.current.timer);
    const run = () => save(next);
    waiting.current = { timer: window.setTimeout(run, TYPING_PAUSE_MS), run };
  };

  // Leaving the page (following a link) or exporting must not lose a comment typed a moment ago.
  useEffect(() => {
    const flush = () => waiting.current?.run();
    const unregister = registerFlush(flush);
    return () => {
      unregister();
      flush();
    };
  }, []);

  return (
    <fieldset className="review-annotate">
      <legend>Your annotation</legend>
      <div className="form-row">
        <div className="field review-annotate__flag">
          <label htmlFor={`${id}-flag`}>Flag for {target.label}</label>
          <select
            id={`${id}-flag`}
            className="input"
            value={flag ?? ''}
            onChange={(event) => {
              const value = REVIEW_FLAGS.find((f) => f === event.target.value) ?? null;
              setFlag(value);
              save({ flag: value, comment });
            }}
          >
            <option value="">No flag</option>
            {REVIEW_FLAGS.map((f) => (
              <option key={f} value={f}>
                {FLAG_LABEL[f]}
              </option>
            ))}
          </select>
        </div>
        <div className="field review-annotate__comment">
          <label htmlFor={`${id}-comment`}>Comment on {target.label}</label>
          <textarea
            id={`${id}-comment`}
            className="input"
            rows={3}
            value={comment}
            onChange={(event) => {
              setComment(event.target.value);
              later({ flag, comment: event.target.value });
            }}
            onBlur={() => save({ flag, comment })}
          />
        </div>
      </div>
      <StatusMessage message={message} />
    </fieldset>
  );
}
