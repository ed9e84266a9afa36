/**
 * Every entity in the bundle: kind, name, a few telling values, and the reviewer's flag. A bundle holds one case,
 * so rows are built and filtered in memory (the workbench's own table pages through a store of millions instead).
 */
import { useId, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { entityRows, filterRows } from '@shared/bundle/reviewBrowse';
import { FlagBadge } from './FlagBadge';
import { reviewEntityPath } from './reviewRoute';
import type { ReviewView } from './reviewView';

/** Rows drawn at most; the filter narrows the rest. */
const SHOWN = 1000;

export function EntitiesTable({ view }: Readonly<{ view: ReviewView }>) {
  const id = useId();
  const [text, setText] = useState('');
  const rows = useMemo(() => entityRows(view.data.entities), [view.data.entities]);
  const shown = filterRows(rows, text);
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Entities</h2>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-filter`}>Filter entities</label>
          <input
            id={`${id}-filter`}
            type="search"
            className="input"
            value={text}
            placeholder="e.g. gmail, Frankfurt, Air Max"
            onChange={(event) => setText(event.target.value)}
          />
        </div>
      </div>
      <p className="small muted" role="status">
        {shown.length.toLocaleString()} of {rows.length.toLocaleString()} entities
        {shown.length > SHOWN ? ` (the first ${SHOWN.toLocaleString()} are listed)` : ''}
      </p>
      <div className="table-scroll">
        <table className="table review-table">
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Name</th>
              <th scope="col">Key values</th>
              <th scope="col">Your flag</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, SHOWN).map((row) => (
              <tr key={row.id}>
                <td>{row.kindLabel}</td>
                <td>
                  <Link href={reviewEntityPath(row.id)}>{row.name}</Link>
                </td>
                <td className="small">{row.keyValues.join(' · ')}</td>
                <td>
                  <FlagBadge annotation={view.annotations?.get(row.id)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
