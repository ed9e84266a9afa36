/**
 * The case's history, read from the hash-chained audit log: who changed what, when, from what to what. "Verify
 * history" re-hashes the whole chain (every case and import share it, so one altered entry anywhere breaks trust in
 * everything after it) and says where it breaks.
 */
import { useId, useState } from 'react';
import { describeEntry } from '@shared/case/history';
import type { AuditVerification, CaseId } from '@shared/model';
import { useCaseHistory, verifyHistory } from '@renderer/data/hooks/useCase';
import { errorText } from './labels';

const PAGE = 200;

type Check =
  | Readonly<{ state: 'running' }>
  | Readonly<{ state: 'done'; result: AuditVerification; at: string }>
  | Readonly<{ state: 'error'; message: string }>;

function Verdict({ check, inCase }: Readonly<{ check: Check; inCase: (seq: number) => boolean }>) {
  if (check.state === 'running') return <p role="status">Verifying the history…</p>;
  if (check.state === 'error') {
    return (
      <p role="alert" className="field-error">
        Verification could not run: {check.message}
      </p>
    );
  }
  const { result } = check;
  if (result.ok) {
    return (
      <p role="status" className="notice history-verdict history-verdict--ok">
        History intact: all {result.count.toLocaleString()} entries of the audit log verify, each linked to
        the one before (checked {new Date(check.at).toLocaleString()}). Chain head{' '}
        <code className="hash">{result.head.slice(0, 16)}…</code>
      </p>
    );
  }
  const { broken } = result;
  return (
    <div role="alert" className="note note--warning history-verdict history-verdict--broken">
      <p>
        <strong>History broken at entry {broken.seq}.</strong> {broken.message}.
      </p>
      <p className="small">
        Entries from number {broken.seq} on can no longer be trusted as recorded
        {inCase(broken.seq) ? '; that entry is part of this case’s history and is marked below' : ''}. Checked{' '}
        {new Date(check.at).toLocaleString()}.
      </p>
    </div>
  );
}

export function HistorySection({ caseId }: Readonly<{ caseId: CaseId }>) {
  const id = useId();
  const history = useCaseHistory(caseId);
  const [check, setCheck] = useState<Check>();
  const [limit, setLimit] = useState(PAGE);
  const entries = history?.entries ?? [];
  const brokenSeq = check?.state === 'done' && !check.result.ok ? check.result.broken.seq : undefined;
  const names = (entityId: string) => history?.names[entityId] ?? entityId;

  const verify = async () => {
    setCheck({ state: 'running' });
    try {
      setCheck({ state: 'done', result: await verifyHistory(), at: new Date().toISOString() });
    } catch (error) {
      setCheck({ state: 'error', message: errorText(error) });
    }
  };

  return (
    <section id="case-history" className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>History ({entries.length.toLocaleString()})</h2>
      <p className="small muted">
        Every change to this case and to the data in it, from the workbench’s audit log. Each entry is hashed
        together with the one before it, so editing, removing or reordering any entry is detectable.
      </p>
      <div className="form-row">
        <button
          type="button"
          className="button button--primary"
          disabled={check?.state === 'running'}
          onClick={() => void verify()}
        >
          Verify history
        </button>
      </div>
      {check ? <Verdict check={check} inCase={(seq) => entries.some((e) => e.seq === seq)} /> : null}
      <div className="table-scroll">
        <table className="table history-table" aria-label="Case history">
          <thead>
            <tr>
              <th scope="col" className="numeric">
                #
              </th>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Before → after</th>
            </tr>
          </thead>
          <tbody>
            {entries.slice(0, limit).map((entry) => {
              const line = describeEntry(entry, names);
              const broken = entry.seq === brokenSeq;
              return (
                <tr key={entry.seq} className={broken ? 'history-table__broken' : undefined}>
                  <td className="numeric">
                    {entry.seq}
                    {broken ? <span className="badge badge--failed"> altered</span> : null}
                  </td>
                  <td>
                    <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time>
                  </td>
                  <td>{entry.actor}</td>
                  <td>
                    {line.summary}
                    {line.scope === 'case' ? null : (
                      <span className="small muted">
                        {' '}
                        ({line.scope === 'view' ? 'graph view' : 'data in the case'})
                      </span>
                    )}
                  </td>
                  <td>
                    {line.changes.length === 0 ? (
                      <span className="muted">—</span>
                    ) : (
                      <dl className="history-changes">
                        {line.changes.map((change) => (
                          <div key={change.field}>
                            <dt>{change.field}</dt>
                            <dd>
                              <del>{change.before}</del> → <ins>{change.after}</ins>
                            </dd>
                          </div>
                        ))}
                      </dl>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {entries.length > limit ? (
        <button type="button" className="button" onClick={() => setLimit(limit + PAGE * 5)}>
          Show older entries ({(entries.length - limit).toLocaleString()} more)
        </button>
      ) : null}
    </section>
  );
}
