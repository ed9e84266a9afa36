/** The case's details: title, reference, status, owner, tags, summary. Saving writes one audit entry. */
import { useId, useState } from 'react';
import { CASE_STATUSES, type Case, type CaseStatus } from '@shared/model';
import { saveCaseDetails } from '@renderer/data/hooks/useCase';
import { errorText, STATUS_LABEL } from './labels';
import { StatusMessage, type Message } from '@renderer/ui/StatusMessage';

const splitTags = (text: string): string[] =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');

type Fields = Readonly<{
  title: string;
  reference: string;
  status: CaseStatus;
  owner: string;
  tags: string;
  summary: string;
}>;

const fieldsOf = (record: Case): Fields => ({
  title: record.title,
  reference: record.reference,
  status: record.status,
  owner: record.owner,
  tags: record.tags.join(', '),
  summary: record.summary,
});

/**
 * The fields follow the stored case until the investigator edits one (`draft`); saving or discarding returns them
 * to the stored values, so a change saved elsewhere shows at once.
 */
export function CaseDetailsForm({ record }: Readonly<{ record: Case }>) {
  const id = useId();
  const [draft, setDraft] = useState<Fields>();
  const [message, setMessage] = useState<Message>();
  const fields = draft ?? fieldsOf(record);
  const { title, reference, status, owner, tags, summary } = fields;
  const edit = (patch: Partial<Fields>) => {
    setDraft({ ...fields, ...patch });
    setMessage(undefined);
  };
  const setTitle = (title: string) => edit({ title });
  const setReference = (reference: string) => edit({ reference });
  const setStatus = (status: CaseStatus) => edit({ status });
  const setOwner = (owner: string) => edit({ owner });
  const setTags = (tags: string) => edit({ tags });
  const setSummary = (summary: string) => edit({ summary });
  const dirty =
    draft !== undefined &&
    (title !== record.title ||
      reference !== record.reference ||
      status !== record.status ||
      owner !== record.owner ||
      splitTags(tags).join('\n') !== record.tags.join('\n') ||
      summary !== record.summary);

  const save = async () => {
    try {
      await saveCaseDetails(record.id, { title, reference, status, owner, tags: splitTags(tags), summary });
      setDraft(undefined);
      setMessage({ text: 'Saved.' });
    } catch (error) {
      setMessage({ text: errorText(error), error: true });
    }
  };

  return (
    <section id="case-details" className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Details</h2>
      <form
        className="case-details"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            className="input"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-reference`}>Reference</label>
          <input
            id={`${id}-reference`}
            className="input"
            value={reference}
            onChange={(e) => setReference(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            className="input"
            value={status}
            onChange={(e) => setStatus(e.target.value as CaseStatus)}
          >
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-owner`}>Owner</label>
          <input
            id={`${id}-owner`}
            className="input"
            value={owner}
            onChange={(e) => setOwner(e.target.value)}
          />
        </div>
        <div className="field case-details__wide">
          <label htmlFor={`${id}-tags`}>Tags</label>
          <input
            id={`${id}-tags`}
            className="input"
            value={tags}
            placeholder="comma-separated, e.g. sneakers, DE"
            onChange={(e) => setTags(e.target.value)}
          />
        </div>
        <div className="field case-details__wide">
          <label htmlFor={`${id}-summary`}>Summary</label>
          <textarea
            id={`${id}-summary`}
            className="input"
            rows={3}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
          />
        </div>
        <div className="case-details__actions">
          <button type="submit" className="button button--primary" disabled={!dirty}>
            Save details
          </button>
          {draft !== undefined ? (
            <button type="button" className="button" onClick={() => setDraft(undefined)}>
              Discard changes
            </button>
          ) : null}
          <span className="small muted">
            Opened {new Date(record.createdAt).toLocaleString()} · last change{' '}
            {new Date(record.updatedAt).toLocaleString()}
          </span>
        </div>
      </form>
      <StatusMessage message={message} />
    </section>
  );
}
