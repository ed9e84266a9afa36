/**
 * Look-alike pairs the analysis suggests but never links by itself: near-identical names, a reused product photo,
 * copied listing text, one mailbox name on two domains. The analyst confirms (the two are merged in every view,
 * both records kept) or rejects (the pair stays hidden); both are logged and survive re-imports.
 */
import { useId, useState } from 'react';
import {
  readDecisions,
  type Decision,
  type Suggestion,
  type SuggestionKind,
  type Verdict,
} from '@shared/analysis';
import { KINDS, kindOfId } from '@shared/model';
import { decide } from '@renderer/data/hooks/useAnalysis';
import { useExaminerName } from '@renderer/data/hooks/useExaminer';
import { ShowMore, usePaged } from './usePaged';

const KIND_LABEL: Readonly<Record<SuggestionKind, string>> = {
  name: 'Near-identical name',
  photo: 'Same product photo',
  listingText: 'Copied listing text',
  emailLocalPart: 'Same mailbox name',
};

export function SuggestionList({
  suggestions,
  decisions,
}: Readonly<{ suggestions: readonly Suggestion[]; decisions: readonly Decision[] }>) {
  const book = readDecisions(decisions);
  // Decided since the run: hidden at once, without waiting for the next run.
  const open = suggestions.filter((s) => !book.isConfirmed(s.pairKey) && !book.isRejected(s.pairKey, s.kind));
  const paged = usePaged(open, 50);
  const decided = suggestions.length - open.length;
  return (
    <section aria-label="Look-alike suggestions">
      <p className="muted">
        Suggestions are not links until you confirm them.{' '}
        {decided > 0 ? `${decided} decided since the last run. ` : ''}
        Confirmed pairs join networks on the next run.
      </p>
      {open.length === 0 ? <p>Nothing left to decide.</p> : null}
      <ul className="suggestions">
        {paged.items.map((suggestion) => (
          <SuggestionCard key={`${suggestion.pairKey}-${suggestion.kind}`} suggestion={suggestion} />
        ))}
      </ul>
      <ShowMore paged={paged} noun="suggestions" />
    </section>
  );
}

function SuggestionCard({ suggestion }: Readonly<{ suggestion: Suggestion }>) {
  const id = useId();
  const examiner = useExaminerName();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const title = `${suggestion.aCaption} and ${suggestion.bCaption}`;
  const record = (verdict: Verdict) => {
    decide({
      a: suggestion.a,
      b: suggestion.b,
      verdict,
      suggestionKind: suggestion.kind,
      reason: reason.trim() === '' ? suggestion.reason : reason.trim(),
      examiner: examiner ?? '',
      decidedAt: new Date().toISOString(),
    }).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <li className="card suggestion" aria-label={title}>
      <h3>
        {title} <span className="badge">{KIND_LABEL[suggestion.kind]}</span>{' '}
        <span className="muted small">score {Math.round(suggestion.score * 100)}%</span>
      </h3>
      <p className="muted small">
        {KINDS[kindOfId(suggestion.a)].label} <code>{suggestion.a}</code> ·{' '}
        {KINDS[kindOfId(suggestion.b)].label} <code>{suggestion.b}</code>
      </p>
      <p>{suggestion.reason}</p>
      {suggestion.evidence.length > 0 ? (
        <ul className="suggestion__evidence">
          {suggestion.evidence.slice(0, 5).map((item) => (
            <li key={`${item.a}-${item.b}`}>{item.detail}</li>
          ))}
          {suggestion.evidence.length > 5 ? (
            <li className="muted">and {suggestion.evidence.length - 5} more</li>
          ) : null}
        </ul>
      ) : null}
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-reason`}>Your reasoning (optional)</label>
          <input
            id={`${id}-reason`}
            className="input"
            value={reason}
            placeholder="e.g. same imprint, same director"
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        <button type="button" className="button button--primary" onClick={() => record('confirmed')}>
          Confirm same actor
        </button>
        <button type="button" className="button" onClick={() => record('rejected')}>
          Reject
        </button>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
