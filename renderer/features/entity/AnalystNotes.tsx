/** The analyst's tags and note on this entity; saving writes the audit log (before and after). */
import { useId, useState } from 'react';
import type { Entity } from '@shared/model';
import { saveEntityNote, saveEntityTags } from '@renderer/data/hooks/useEntity';

export function AnalystNotes({ entity }: Readonly<{ entity: Entity }>) {
  const id = useId();
  const [tags, setTags] = useState(entity.tags.join(', '));
  const [note, setNote] = useState(entity.note ?? '');
  const [message, setMessage] = useState<Readonly<{ text: string; error?: boolean }>>();
  const changed = tags !== entity.tags.join(', ') || note !== (entity.note ?? '');
  const save = async (): Promise<void> => {
    try {
      await saveEntityTags(entity.id, tags.split(','));
      const saved = await saveEntityNote(entity.id, note);
      setTags(saved.tags.join(', '));
      setNote(saved.note ?? '');
      setMessage({ text: 'Saved, and recorded in the audit log.' });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
    }
  };
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Tags and note</h2>
      <div className="field">
        <label htmlFor={`${id}-tags`}>Tags, separated by commas</label>
        <input
          id={`${id}-tags`}
          className="input"
          value={tags}
          placeholder="e.g. test purchase, priority"
          onChange={(e) => setTags(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note</label>
        <textarea
          id={`${id}-note`}
          className="input"
          rows={4}
          value={note}
          placeholder="What you found out about it, and how"
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <button
        type="button"
        className="button button--primary"
        disabled={!changed}
        onClick={() => void save()}
      >
        Save tags and note
      </button>
      {message ? (
        <p
          role={message.error ? 'alert' : 'status'}
          className={message.error ? 'field-error' : 'small muted'}
        >
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
