/** The last few imports with how they went, and — once imports span more than a day — rows imported per day. */
import { Link } from 'wouter';
import type { ImportRecord } from '@shared/model';
import { useImports } from '@renderer/data/hooks/useImports';
import { useImportsPerDay } from '@renderer/data/hooks/useOverview';
import { formatWhen } from './formatWhen';
import { ImportsPerDayChart } from './ImportsPerDayChart';

const RECENT = 5;

const STATUS: Readonly<Record<ImportRecord['status'], string>> = {
  running: 'Running',
  done: 'Done',
  cancelled: 'Cancelled',
  failed: 'Failed',
  undone: 'Undone',
};

export function RecentImportsCard() {
  const imports = useImports();
  const perDay = useImportsPerDay();
  return (
    <section className="card overview-card" aria-labelledby="recent-imports-heading">
      <div className="overview-card__head">
        <h2 id="recent-imports-heading">Recent imports</h2>
        {imports && imports.length > 0 ? (
          <Link href="/import" className="overview-card__more">
            All imports ({imports.length.toLocaleString()})
          </Link>
        ) : null}
      </div>
      {imports === undefined ? null : imports.length === 0 ? (
        <p className="muted">
          Nothing imported yet. <Link href="/import">Import a file</Link> to turn its rows into entities.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="table overview-table">
            <caption className="visually-hidden">The last {Math.min(RECENT, imports.length)} imports</caption>
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col" className="numeric">
                  Rows
                </th>
                <th scope="col" className="numeric">
                  Rejected
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {imports.slice(0, RECENT).map((record) => (
                <tr key={record.id}>
                  <th scope="row" className="overview-table__file">
                    <span className="overview-table__name" title={record.fileName}>
                      {record.fileName}
                    </span>
                    <time className="muted small" dateTime={record.startedAt}>
                      {formatWhen(record.startedAt)}
                    </time>
                  </th>
                  <td className="numeric">{record.rowsRead.toLocaleString()}</td>
                  <td className="numeric">{record.rowsRejected.toLocaleString()}</td>
                  <td>
                    <span className={`badge badge--${record.status}`}>{STATUS[record.status]}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {perDay && perDay.activeDays > 1 ? <ImportsPerDayChart perDay={perDay} /> : null}
    </section>
  );
}
