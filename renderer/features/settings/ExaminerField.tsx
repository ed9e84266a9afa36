/** The examiner's name, which signs every entry of the audit log; editable in place from the sidebar. */
import { useId, useState, type SubmitEvent } from 'react';
import { saveExaminerName, useExaminerName } from '@renderer/data/hooks/useExaminer';

export function ExaminerField() {
  const name = useExaminerName();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const inputId = useId();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (draft === null) return;
    try {
      await saveExaminerName(draft);
      setDraft(null);
      setError(undefined);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  };

  if (draft === null) {
    return (
      <div className="examiner">
        <span className="examiner__label">Examiner</span>
        <span className="examiner__name">{name ?? '…'}</span>
        <button
          type="button"
          className="button button--link"
          aria-label="Change examiner name"
          onClick={() => setDraft(name ?? '')}
        >
          Change
        </button>
      </div>
    );
  }
  return (
    <form className="examiner" onSubmit={(e) => void submit(e)}>
      <label htmlFor={inputId} className="examiner__label">
        Examiner name
      </label>
      <input
        id={inputId}
        className="input"
        value={draft}
        autoComplete="name"
        onChange={(e) => setDraft(e.target.value)}
        aria-describedby={error ? `${inputId}-error` : undefined}
      />
      {error ? (
        <p id={`${inputId}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="examiner__actions">
        <button type="submit" className="button button--primary">
          Save name
        </button>
        <button type="button" className="button button--quiet" onClick={() => setDraft(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
