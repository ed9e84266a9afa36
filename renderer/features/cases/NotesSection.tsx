/**
 * The case's notes: the investigator's reasoning in Markdown, shown rendered by the one safe policy
 * (`shared/case/markdown.ts`: no raw HTML, no scripts, no remote images, only web, e-mail and in-app links).
 */
import { useId, useState } from 'react';
import { markdownToSafeHtml } from '@shared/case/markdown';
import type { CaseId, Note } from '@shared/model';
import { eraseNote, reviseNote, useCaseNotes, writeNote } from '@renderer/data/hooks/useCase';
import { errorText } from './labels';

function Markdown({ body }: Readonly<{ body: string }>) {
  // Safe by construction: markdown-it with HTML off and a link allow-list; see shared/case/markdown.ts.
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: markdownToSafeHtml(body) }} />;
}

function NoteEditor({
  label,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: Readonly<{
  label: string;
  initial: string;
  submitLabel: string;
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
}>) {
  const id = useId();
  const [body, setBody] = useState(initial);
  const [preview, setPreview] = useState(false);
  const [error, setError] = useState<string>();
  const submit = async () => {
    try {
      await onSubmit(body);
      setBody('');
      setPreview(false);
      setError(undefined);
    } catch (cause) {
      setError(errorText(cause));
    }
  };
  return (
    <form
      className="note-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-body`}>{label}</label>
        {preview ? (
          <div className="note-editor__preview" aria-label="Preview">
            <Markdown body={body} />
          </div>
        ) : (
          <textarea
            id={`${id}-body`}
            className="input"
            rows={5}
            value={body}
            placeholder="Markdown: **bold**, *italic*, - lists, [links](https://…), `code`"
            onChange={(e) => setBody(e.target.value)}
            aria-invalid={error ? true : undefined}
          />
        )}
      </div>
      <div className="form-row">
        <button type="submit" className="button button--primary" disabled={body.trim() === ''}>
          {submitLabel}
        </button>
        <button type="button" className="button" aria-pressed={preview} onClick={() => setPreview(!preview)}>
          {preview ? 'Edit' : 'Preview'}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

function NoteCard({ note }: Readonly<{ note: Note }>) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const edited = note.updatedAt !== note.createdAt;
  return (
    <article
      className="case-note"
      aria-label={`Note by ${note.author}, ${new Date(note.createdAt).toLocaleString()}`}
    >
      <header className="case-note__meta small muted">
        {note.author} · <time dateTime={note.createdAt}>{new Date(note.createdAt).toLocaleString()}</time>
        {edited ? (
          <>
            {' '}
            · edited <time dateTime={note.updatedAt}>{new Date(note.updatedAt).toLocaleString()}</time>
          </>
        ) : null}
      </header>
      {editing ? (
        <NoteEditor
          label="Edit note (Markdown)"
          initial={note.body}
          submitLabel="Save note"
          onSubmit={async (body) => {
            await reviseNote(note.id, body);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <Markdown body={note.body} />
          <div className="case-note__actions">
            <button type="button" className="button button--quiet" onClick={() => setEditing(true)}>
              Edit
            </button>
            {confirming ? (
              <span role="group" aria-label="Confirm deleting the note">
                <span className="small">Delete this note? Its text stays in the history.</span>{' '}
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => void eraseNote(note.id).catch((e: unknown) => setError(errorText(e)))}
                >
                  Delete note
                </button>
                <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
                  Keep
                </button>
              </span>
            ) : (
              <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>
                Delete…
              </button>
            )}
          </div>
        </>
      )}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </article>
  );
}

export function NotesSection({ caseId }: Readonly<{ caseId: CaseId }>) {
  const id = useId();
  const notes = useCaseNotes(caseId);
  return (
    <section id="case-notes" className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Notes ({(notes?.length ?? 0).toLocaleString()})</h2>
      {notes?.length === 0 ? (
        <p className="muted">No notes yet: write down the reasoning as you go.</p>
      ) : null}
      {notes?.map((note) => (
        <NoteCard key={note.id} note={note} />
      ))}
      <NoteEditor
        label="New note (Markdown)"
        initial=""
        submitLabel="Add note"
        onSubmit={async (body) => {
          await writeNote(caseId, body);
        }}
      />
    </section>
  );
}
