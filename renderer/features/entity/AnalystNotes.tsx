/** The analyst's tags and note on this entity; saving writes the audit log (before and after). */
import { useId, useState } from 'react';
import type { Entity } from '@shared/model';
import { saveEntityNote, saveEntityTags } from '@renderer/data/hooks/useEntity';
import { StatusMessage, type Message } from '@renderer/ui/StatusMessage';

type Fields = Readonly<{ tags: string; note: string }>;
/** What the analyst typed, the stored values it started from, and the record's `updatedAt` then. */
type Draft = Readonly<{ from: Fields; typed: Fields; at: string }>;

const fieldsOf = (entity: Entity): Fields => ({ tags: entity.tags.join(', '), note: entity.note ?? '' });
const same = (a: Fields, b: Fields): boolean => a.tags === b.tags && a.note === b.note;

/**
 * Until the analyst types, the fields follow the stored record (an edit elsewhere, an import); once they type, their
 * words stay until saved. The component is never remounted for a store change, so the "Saved" message stays.
 */
export function AnalystNotes({ entity }: Readonly<{ entity: Entity }>) {
  const id = useId();
  const stored = fieldsOf(entity);
  const [draft, setDraft] = useState<Draft | undefined>(undefined);
  // Typed and unsaved, or saved and the store not yet read back: the draft; otherwise the stored record.
  const { tags, note } =
    draft && (!same(draft.typed, draft.from) || draft.at === entity.updatedAt) ? draft.typed : stored;
  const [message, setMessage] = useState<Message>();
  const changed = !same({ tags, note }, stored);
  const type = (typed: Fields): void =>
    setDraft({ from: draft?.from ?? stored, typed, at: draft?.at ?? entity.updatedAt });
  const save = async (): Promise<void> => {
    try {
      await saveEntityTags(entity.id, tags.split(','));
      const saved = fieldsOf(await saveEntityNote(entity.id, note));
      setDraft({ from: saved, typed: saved, at: entity.updatedAt });
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
          onChange={(e) => type({ tags: e.target.value, note })}
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
          onChange={(e) => type({ tags, note: e.target.value })}
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
      <StatusMessage message={message} />
    </section>
  );
}
