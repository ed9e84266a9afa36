/** Cases by status, and the open ones opened most recently. */
import { useMemo } from 'react';
import { Link } from 'wouter';
import { CASE_STATUSES, type CaseStatus } from '@shared/model';
import { summarizeCases } from '@shared/overview/caseSummary';
import { useCases } from '@renderer/data/hooks/useCases';
import { formatWhen } from './formatWhen';

const NEWEST = 3;

const STATUS_LABEL: Readonly<Record<CaseStatus, string>> = {
  open: 'Open',
  referred: 'Referred',
  closed: 'Closed',
};

export function OpenCasesCard() {
  const cases = useCases();
  const summary = useMemo(() => (cases ? summarizeCases(cases, NEWEST) : undefined), [cases]);
  return (
    <section className="card overview-card" aria-labelledby="cases-heading">
      <div className="overview-card__head">
        <h2 id="cases-heading">Cases</h2>
        {summary && summary.total > 0 ? (
          <Link href="/cases" className="overview-card__more">
            All cases ({summary.total.toLocaleString()})
          </Link>
        ) : null}
      </div>
      {summary === undefined ? null : summary.total === 0 ? (
        <p className="muted">
          No cases yet. <Link href="/cases">Open a case</Link> for the operation you are investigating.
        </p>
      ) : (
        <>
          <dl className="stat-row stat-row--three">
            {CASE_STATUSES.map((status) => (
              <div className={`stat stat--${status}`} key={status}>
                <dt>{STATUS_LABEL[status]}</dt>
                <dd>{summary.byStatus[status].toLocaleString()}</dd>
              </div>
            ))}
          </dl>
          {summary.newestOpen.length > 0 ? (
            <>
              <h3 className="overview-card__subhead">Newest open</h3>
              <ul className="case-highlights">
                {summary.newestOpen.map((item) => (
                  <li key={item.id}>
                    <Link href="/cases">{item.title}</Link>
                    <span className="muted small">
                      {item.reference ? `${item.reference} · ` : ''}opened{' '}
                      <time dateTime={item.createdAt}>{formatWhen(item.createdAt)}</time>
                      {item.owner ? ` by ${item.owner}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
