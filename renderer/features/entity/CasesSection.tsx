/** The cases this entity is in, and adding it to another. */
import { useId, useState } from 'react';
import { Link } from 'wouter';
import type { CaseId } from '@shared/model';
import type { EntityDetails } from '@renderer/data/hooks/useEntity';
import { useCases } from '@renderer/data/hooks/useCases';
import { addToCase } from '@renderer/data/hooks/useTableActions';
import { useTargetAnnotations } from '@renderer/data/hooks/useCaseAnnotations';
import { AnnotationList } from '../cases/AnnotationList';

const ROLE_LABELS: Readonly<Record<string, string>> = {
  subject: 'Subject',
  associate: 'Associate',
  victimBrand: 'Victim brand',
  witness: 'Witness',
  evidence: 'Evidence',
};

export function CasesSection({ details }: Readonly<{ details: EntityDetails }>) {
  const id = useId();
  const cases = useCases();
  const annotations = useTargetAnnotations(details.entity.id);
  const [chosen, setChosen] = useState('');
  const [message, setMessage] = useState<string>();
  const inCases = new Set(details.cases.map((c) => c.case.id));
  const candidates = (cases ?? []).filter((c) => c.status !== 'closed' && !inCases.has(c.id));
  const target = chosen || candidates[0]?.id || '';
  return (
    <section className="card" aria-labelledby="cases-heading">
      <h2 id="cases-heading">Cases</h2>
      {details.cases.length === 0 ? (
        <p className="muted">Not in any case yet.</p>
      ) : (
        <ul>
          {details.cases.map(({ case: c, role }) => (
            <li key={c.id}>
              <Link href={`/cases/${encodeURIComponent(c.id)}`}>
                {c.reference ? `${c.reference} · ${c.title}` : c.title}
              </Link>{' '}
              <span className="badge">{ROLE_LABELS[role] ?? role}</span>{' '}
              <span className={`badge badge--${c.status}`}>{c.status}</span>
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 ? (
        <div className="form-row">
          <div className="field">
            <label htmlFor={`${id}-case`}>Add to case</label>
            <select
              id={`${id}-case`}
              className="input"
              value={target}
              onChange={(e) => setChosen(e.target.value)}
            >
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.reference ? `${c.reference} · ${c.title}` : c.title}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button"
            onClick={() =>
              void addToCase(target as CaseId, [details.entity.id]).then(
                () => setMessage('Added.'),
                (e: unknown) => setMessage(e instanceof Error ? e.message : String(e)),
              )
            }
          >
            Add
          </button>
        </div>
      ) : null}
      {message ? (
        <p role="status" className="small muted">
          {message}
        </p>
      ) : null}
      {annotations && annotations.length > 0 ? (
        <>
          <h3>What reviewers said</h3>
          <AnnotationList annotations={annotations} label="Review annotations on this entity" />
        </>
      ) : null}
    </section>
  );
}
