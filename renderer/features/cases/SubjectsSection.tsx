/**
 * The case's entities and the part each plays. Entities come in from anywhere (a table selection, an entity's
 * page, the graph, this section's picker) in their kind's usual role; the role is changed here.
 */
import { useId, useState } from 'react';
import { Link } from 'wouter';
import { defaultRole, ROLE_LABELS } from '@shared/case/roles';
import { caption, KINDS, kindOfId, SUBJECT_ROLES, type CaseId, type SubjectRole } from '@shared/model';
import type { EntityMatch } from '@renderer/data/hooks/useAnalysis';
import {
  addEntities,
  changeRole,
  takeOutOfCase,
  useCaseMembers,
  type CaseEntity,
} from '@renderer/data/hooks/useCase';
import { EntityPicker } from '@renderer/features/networks/EntityPicker';
import { errorText } from './labels';
import { StatusMessage, type Message } from '@renderer/ui/StatusMessage';

function SubjectRow({
  caseId,
  member,
  onError,
}: Readonly<{ caseId: CaseId; member: CaseEntity; onError: (text: string) => void }>) {
  const { item, entity } = member;
  const name = entity ? caption(entity) : item.targetId;
  const kind = entity ? KINDS[entity.kind].label : kindOfId(item.targetId);
  const id = useId();
  return (
    <tr>
      <td>
        <Link href={`/entity/${encodeURIComponent(item.targetId)}`}>{name}</Link>
        {entity ? null : (
          <span className="small muted"> (no longer in the store: its import was undone)</span>
        )}
      </td>
      <td>{kind}</td>
      <td>
        <label htmlFor={id} className="visually-hidden">
          Role of {name} ({kind})
        </label>
        <select
          id={id}
          className="input input--small"
          value={item.role}
          onChange={(e) =>
            void changeRole(caseId, item.targetId, e.target.value as SubjectRole).catch((error: unknown) =>
              onError(errorText(error)),
            )
          }
        >
          {SUBJECT_ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <time dateTime={item.addedAt}>{new Date(item.addedAt).toLocaleString()}</time>
      </td>
      <td>
        <button
          type="button"
          className="button button--quiet"
          aria-label={`Remove ${name} (${kind}) from the case`}
          onClick={() =>
            void takeOutOfCase(caseId, item.targetId).catch((error: unknown) => onError(errorText(error)))
          }
        >
          Remove
        </button>
      </td>
    </tr>
  );
}

export function SubjectsSection({ caseId }: Readonly<{ caseId: CaseId }>) {
  const members = useCaseMembers(caseId);
  const [picked, setPicked] = useState<EntityMatch>();
  const [role, setRole] = useState<SubjectRole | ''>('');
  const [message, setMessage] = useState<Message>();
  const [roleFilter, setRoleFilter] = useState<SubjectRole | ''>('');
  const id = useId();
  const entities = members?.entities ?? [];
  const shown = roleFilter === '' ? entities : entities.filter((m) => m.item.role === roleFilter);
  const effectiveRole = role === '' && picked ? defaultRole(picked.kind) : role;

  const add = async () => {
    if (!picked) return;
    try {
      const result = await addEntities(caseId, [picked.id], effectiveRole === '' ? undefined : effectiveRole);
      setMessage({
        text: result.added === 1 ? `Added ${picked.caption}.` : `${picked.caption} is already in the case.`,
      });
      setPicked(undefined);
      setRole('');
    } catch (error) {
      setMessage({ text: errorText(error), error: true });
    }
  };

  return (
    <section id="case-subjects" className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Subjects ({entities.length.toLocaleString()})</h2>
      <p className="small muted">
        Add entities from a table (tick rows, “Add to case”), an entity’s page, the graph, or here. Accounts,
        listings and shipments come in as subjects, identifiers as associates, products as the victim brand’s;
        change any role below.
      </p>
      <div className="form-row case-add">
        <EntityPicker label="Add an entity" value={picked} onChange={setPicked} />
        <div className="field">
          <label htmlFor={`${id}-role`}>As</label>
          <select
            id={`${id}-role`}
            className="input"
            value={effectiveRole}
            onChange={(e) => setRole(e.target.value as SubjectRole)}
          >
            {effectiveRole === '' ? <option value="">its usual role</option> : null}
            {SUBJECT_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" disabled={!picked} onClick={() => void add()}>
          Add to case
        </button>
      </div>
      <StatusMessage message={message} />
      {entities.length === 0 ? (
        <p className="muted">No entities in this case yet.</p>
      ) : (
        <>
          <div className="field case-filter">
            <label htmlFor={`${id}-filter`}>Show</label>
            <select
              id={`${id}-filter`}
              className="input input--small"
              value={roleFilter}
              onChange={(e) => setRoleFilter(e.target.value as SubjectRole | '')}
            >
              <option value="">every role</option>
              {SUBJECT_ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]} ({entities.filter((m) => m.item.role === r).length})
                </option>
              ))}
            </select>
          </div>
          <div className="table-scroll">
            <table className="table" aria-label="Entities in the case">
              <thead>
                <tr>
                  <th scope="col">Entity</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Role</th>
                  <th scope="col">Added</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((member) => (
                  <SubjectRow
                    key={member.item.id}
                    caseId={caseId}
                    member={member}
                    onError={(text) => setMessage({ text, error: true })}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
