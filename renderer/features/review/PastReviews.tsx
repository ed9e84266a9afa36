/**
 * Bundles opened on this computer before, with the last check's result and the annotations made. The bundle itself
 * is not kept here (it may be gigabytes and is the sender's to keep): opening one again asks for the file, and its
 * annotations come back because they are stored by the manifest's hash.
 */
import { useState } from 'react';
import { forgetOpenedBundle, useReviews } from '@renderer/data/hooks/useReview';
import { StatusMessage, type Message } from '@renderer/ui/StatusMessage';

export function PastReviews({ onOpen }: Readonly<{ onOpen: () => void }>) {
  const reviews = useReviews();
  const [message, setMessage] = useState<Message>();
  /** The bundle whose "Forget" was pressed: its annotations go too, so it is asked once more. */
  const [confirming, setConfirming] = useState<string>();
  if (reviews === undefined || reviews.length === 0) return null;

  const forget = async (sha: string, name: string) => {
    setConfirming(undefined);
    try {
      await forgetOpenedBundle(sha);
      setMessage({ text: `Forgot ${name} and the annotations made on it.` });
    } catch (error) {
      setMessage({
        text: `Could not forget ${name}: ${error instanceof Error ? error.message : String(error)}`,
        error: true,
      });
    }
  };

  return (
    <section className="card" aria-labelledby="review-past-heading">
      <h2 id="review-past-heading">Bundles opened before</h2>
      <p className="small muted">Open the same file again to go on: your annotations on it come back.</p>
      <StatusMessage message={message} />
      <ul className="review-past">
        {reviews.map((review) => (
          <li key={review.manifestSha256} className="review-past__item">
            <div>
              <strong>{review.caseTitle}</strong>
              {review.caseReference ? ` (${review.caseReference})` : ''}
              <span className="small muted">
                {' '}
                · {review.fileName} · opened {new Date(review.openedAt).toLocaleString()} ·{' '}
                {review.intact
                  ? 'intact'
                  : `${review.problems.toLocaleString()} ${review.problems === 1 ? 'problem' : 'problems'} found`}
              </span>
            </div>
            <div className="form-row">
              <button
                type="button"
                className="button"
                aria-label={`Open ${review.fileName} again`}
                onClick={onOpen}
              >
                Open again…
              </button>
              {confirming === review.manifestSha256 ? (
                <>
                  <button
                    type="button"
                    className="button"
                    onClick={() => void forget(review.manifestSha256, review.fileName)}
                  >
                    Forget it and its annotations
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => setConfirming(undefined)}
                  >
                    Keep
                  </button>
                </>
              ) : (
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={`Forget ${review.fileName} and its annotations`}
                  onClick={() => setConfirming(review.manifestSha256)}
                >
                  Forget
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
