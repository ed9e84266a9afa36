import { useId, useState, type SubmitEvent } from 'react';
import { addCase } from '@renderer/data/hooks/useCases';

export function NewCaseForm() {
  const [title, setTitle] = useState('');
  const [reference, setReference] = useState('');
  const [error, setError] = useState<string>();
  const id = useId();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    try {
      await addCase({ title, reference });
      setTitle('');
      setReference('');
      setError(undefined);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  };

  return (
    <form className="card form-row" aria-label="New case" onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor={`${id}-title`}>Case title</label>
        <input
          id={`${id}-title`}
          className="input"
          value={title}
          placeholder="e.g. Counterfeit sneakers, DE/ES storefronts"
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-reference`}>Reference number</label>
        <input
          id={`${id}-reference`}
          className="input"
          value={reference}
          placeholder="optional"
          onChange={(e) => setReference(e.target.value)}
        />
      </div>
      <button type="submit" className="button button--primary">
        Create case
      </button>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
