/**
 * The evidence that supports the case: files from the workbench (screenshots, saved pages, the data files its
 * entities came from), each named by its SHA-256. Detaching only takes the reference out of this case.
 */
import { useId, useState } from 'react';
import { formatBytes } from '@shared/progress/progress';
import type { CaseId, EvidenceId } from '@shared/model';
import { attachEvidence, takeOutOfCase, useCaseMembers } from '@renderer/data/hooks/useCase';
import { evidenceBytes, useEvidenceList } from '@renderer/data/hooks/useEvidence';
import { saveBlob } from '@renderer/platform/files';
import { errorText } from './labels';
import { StatusMessage, type Message } from '@renderer/ui/StatusMessage';

export function EvidenceSection({ caseId }: Readonly<{ caseId: CaseId }>) {
  const id = useId();
  const members = useCaseMembers(caseId);
  const all = useEvidenceList();
  const [chosen, setChosen] = useState('');
  const [message, setMessage] = useState<Message>();
  const attached = members?.evidence ?? [];
  const attachedIds = new Set<string>(attached.map((e) => e.item.targetId));
  // The files the case's entities were read from come first: they are what a reader will ask for.
  const sourceIds = new Set<string>(
    (members?.entities ?? []).flatMap(({ entity }) =>
      entity ? entity.sources.map((s) => s.evidenceId) : [],
    ),
  );
  const candidates = (all ?? [])
    .filter((e) => !attachedIds.has(e.id))
    .sort((a, b) => Number(sourceIds.has(b.id)) - Number(sourceIds.has(a.id)));
  const target =
    chosen !== '' && candidates.some((c) => c.id === chosen) ? chosen : (candidates[0]?.id ?? '');

  const attach = async () => {
    try {
      await attachEvidence(caseId, [target as EvidenceId]);
      setChosen('');
      setMessage({ text: 'Attached.' });
    } catch (error) {
      setMessage({ text: errorText(error), error: true });
    }
  };

  const download = async (evidenceId: EvidenceId, name: string) => {
    try {
      await saveBlob(await evidenceBytes(evidenceId), name);
    } catch (error) {
      setMessage({ text: errorText(error), error: true });
    }
  };

  return (
    <section id="case-evidence" className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Evidence ({attached.length.toLocaleString()})</h2>
      {candidates.length > 0 ? (
        <div className="form-row">
          <div className="field">
            <label htmlFor={`${id}-pick`}>Attach evidence</label>
            <select
              id={`${id}-pick`}
              className="input"
              value={target}
              onChange={(e) => setChosen(e.target.value)}
            >
              {candidates.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                  {sourceIds.has(e.id) ? ' (source of this case’s entities)' : ''}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button" disabled={target === ''} onClick={() => void attach()}>
            Attach
          </button>
        </div>
      ) : all !== undefined && all.length === 0 ? (
        <p className="muted small">The workbench holds no evidence yet: import files on the Import page.</p>
      ) : null}
      <StatusMessage message={message} />
      {attached.length === 0 ? (
        <p className="muted">No evidence attached yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="table" aria-label="Evidence in the case">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Type</th>
                <th scope="col" className="numeric">
                  Size
                </th>
                <th scope="col">Captured</th>
                <th scope="col">SHA-256</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {attached.map(({ item, evidence }) => (
                <tr key={item.id}>
                  <td>{evidence?.name ?? <span className="muted">(no longer stored)</span>}</td>
                  <td>{evidence?.mediaType ?? '—'}</td>
                  <td className="numeric">{evidence ? formatBytes(evidence.size) : '—'}</td>
                  <td>
                    {evidence?.capturedAt ? (
                      <time dateTime={evidence.capturedAt}>
                        {new Date(evidence.capturedAt).toLocaleString()}
                      </time>
                    ) : (
                      <span className="muted">—</span>
                    )}
                    {evidence?.sourceUrl ? (
                      <div className="small muted case-url">{evidence.sourceUrl}</div>
                    ) : null}
                  </td>
                  <td>
                    <code className="hash" title={item.targetId}>
                      {item.targetId.slice(0, 16)}…
                    </code>
                  </td>
                  <td className="case-actions">
                    {evidence ? (
                      <button
                        type="button"
                        className="button button--quiet"
                        onClick={() => void download(item.targetId, evidence.name)}
                      >
                        Save a copy
                      </button>
                    ) : null}
                    <button
                      type="button"
                      className="button button--quiet"
                      aria-label={`Detach ${evidence?.name ?? item.targetId} from the case`}
                      onClick={() =>
                        void takeOutOfCase(caseId, item.targetId).catch((error: unknown) =>
                          setMessage({ text: errorText(error), error: true }),
                        )
                      }
                    >
                      Detach
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
