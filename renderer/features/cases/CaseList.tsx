import type { Case } from '@shared/model';

const STATUS_LABEL: Readonly<Record<Case['status'], string>> = {
  open: 'Open',
  referred: 'Referred',
  closed: 'Closed',
};

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
              <th scope="col">Opened</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((item) => (
              <tr key={item.id}>
                <td>{item.title}</td>
                <td>{item.reference || <span className="muted">—</span>}</td>
                <td>
                  <span className={`badge badge--${item.status}`}>{STATUS_LABEL[item.status]}</span>
                </td>
                <td>{item.owner}</td>
                <td>
                  <time dateTime={item.createdAt}>{new Date(item.createdAt).toLocaleString()}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
