import { Link } from 'wouter';
import type { Case } from '@shared/model';
import { casePath, STATUS_LABEL } from './labels';

export function CaseList({ cases }: Readonly<{ cases: readonly Case[] }>) {
  return (
    <section className="card" aria-labelledby="cases-heading">
      <h2 id="cases-heading">All cases ({cases.length})</h2>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Reference</th>
              <th scope="col">Status</th>
              <th scope="col">Owner</th>
              <th scope="col">Tags</th>
              <th scope="col">Opened</th>
              <th scope="col">Last change</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link href={casePath(item.id)}>{item.title}</Link>
                </td>
                <td>{item.reference || <span className="muted">—</span>}</td>
                <td>
                  <span className={`badge badge--${item.status}`}>{STATUS_LABEL[item.status]}</span>
                </td>
                <td>{item.owner}</td>
                <td>
                  {item.tags.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    item.tags.map((tag) => (
                      <span key={tag} className="badge case-tag">
                        {tag}
                      </span>
                    ))
                  )}
                </td>
                <td>
                  <time dateTime={item.createdAt}>{new Date(item.createdAt).toLocaleString()}</time>
                </td>
                <td>
                  <time dateTime={item.updatedAt}>{new Date(item.updatedAt).toLocaleString()}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
