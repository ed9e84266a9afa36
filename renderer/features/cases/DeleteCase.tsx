/**
 * Deleting a case, after saying exactly what goes and what stays: the case's own records (its references to
 * entities and evidence, its notes and saved views) go; entities and evidence stay in the workbench for every other
 * case. The deletion is itself an audit entry that keeps what the case held.
 */
import { useId, useState } from 'react';
import { useLocation } from 'wouter';
import type { Case } from '@shared/model';
import { removeCase, useCaseDeletionImpact } from '@renderer/data/hooks/useCase';
import { errorText } from './labels';

const count = (n: number, one: string, many: string): string =>
  `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** Mounted only while confirming: counting what a large case shares with others is not free. */
function Confirm({
  record,
  onDelete,
  onKeep,
}: Readonly<{ record: Case; onDelete: () => void; onKeep: () => void }>) {
  const impact = useCaseDeletionImpact(record.id);
  if (!impact) return <p role="status">Counting what the case holds…</p>;
  return (
    <div role="group" aria-label="Confirm deleting the case" className="note note--warning">
      <p>
        Delete “{record.title}”? This removes the case, its {count(impact.notes, 'note', 'notes')} and{' '}
        {count(impact.views, 'saved graph view', 'saved graph views')}, and its references to{' '}
        {count(impact.entities, 'entity', 'entities')} and{' '}
        {count(impact.evidence, 'evidence file', 'evidence files')}.
      </p>
      <p>
        The entities and evidence stay in the workbench
        {impact.sharedWithOtherCases > 0
          ? `, and ${impact.sharedWithOtherCases} of them stay in the other cases that hold them`
          : ''}
        . The deletion is recorded in the audit log with what the case held.
      </p>
      <div className="form-row">
        <button type="button" className="button button--primary" onClick={onDelete}>
          Delete case permanently
        </button>
        <button type="button" className="button" onClick={onKeep}>
          Keep the case
        </button>
      </div>
    </div>
  );
}

export function DeleteCase({ record }: Readonly<{ record: Case }>) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [, navigate] = useLocation();
  const remove = async () => {
    try {
      await removeCase(record.id);
      navigate('/cases');
    } catch (cause) {
      setError(errorText(cause));
    }
  };
  return (
    <section className="card case-danger" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Delete this case</h2>
      {confirming ? (
        <Confirm record={record} onDelete={() => void remove()} onKeep={() => setConfirming(false)} />
      ) : (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          Delete case…
        </button>
      )}
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
