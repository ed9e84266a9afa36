/** Every value of every property, disagreeing sources side by side, each with where it came from. */
import {
  propertyLabel,
  type Entity,
  type ImportId,
  type ImportRecord,
  type PropertyValue,
} from '@shared/model';
import { SourceList } from './SourceList';

export function PropertiesTable({
  entity,
  imports,
}: Readonly<{ entity: Entity; imports: ReadonlyMap<ImportId, ImportRecord> }>) {
  const properties = Object.entries(
    entity.properties as Readonly<Record<string, readonly PropertyValue[]>>,
  ).filter(([, values]) => values.length > 0);
  return (
    <section className="card" aria-labelledby="properties-heading">
      <h2 id="properties-heading">Properties</h2>
      {properties.length === 0 ? (
        <p className="muted">No properties were imported for this entity.</p>
      ) : (
        <div className="table-scroll">
          <table className="table properties-table">
            <thead>
              <tr>
                <th scope="col">Property</th>
                <th scope="col">Value</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {properties.flatMap(([prop, values]) =>
                values.map((value, index) => (
                  <tr key={`${prop}|${String(value.value)}`}>
                    {index === 0 ? (
                      <th scope="row" rowSpan={values.length}>
                        {propertyLabel(prop)}
                        {values.length > 1 ? <span className="badge">{values.length} values</span> : null}
                      </th>
                    ) : null}
                    <td className="properties-table__value">{String(value.value)}</td>
                    <td>
                      <SourceList sources={value.sources} imports={imports} />
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
      <details className="small">
        <summary>Rows this entity was seen on ({entity.sources.length.toLocaleString()})</summary>
        <SourceList sources={entity.sources} imports={imports} />
      </details>
    </section>
  );
}
