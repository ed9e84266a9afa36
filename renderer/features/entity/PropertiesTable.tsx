/** Every value of every property, disagreeing sources side by side, each with where it came from. */
import {
  propertyLabel,
  type Entity,
  type ImportId,
  type ImportRecord,
  type PropertyValue,
  type SourceRef,
} from '@shared/model';
import type { ReactNode } from 'react';
import { SourceList } from './SourceList';

export function PropertiesTable({
  entity,
  imports,
}: Readonly<{ entity: Entity; imports: ReadonlyMap<ImportId, ImportRecord> }>) {
  return (
    <section className="card" aria-labelledby="properties-heading">
      <h2 id="properties-heading">Properties</h2>
      {propertiesOf(entity).length === 0 ? (
        <p className="muted">No properties were imported for this entity.</p>
      ) : (
        <PropertyValuesTable
          entity={entity}
          sources={(refs) => <SourceList sources={refs} imports={imports} />}
        />
      )}
      <details className="small">
        <summary>Rows this entity was seen on ({entity.sources.length.toLocaleString()})</summary>
        <SourceList sources={entity.sources} imports={imports} />
      </details>
    </section>
  );
}

/** The entity's properties that have values, in the order they were stored. */
export function propertiesOf(entity: Entity): [string, readonly PropertyValue[]][] {
  return Object.entries(
    entity.properties as Readonly<Record<string, readonly PropertyValue[] | undefined>>,
  ).filter((entry): entry is [string, readonly PropertyValue[]] => (entry[1]?.length ?? 0) > 0);
}

/**
 * The table itself, one row per value: the workbench shows each value's sources as imports, Review (which has no
 * imports) as the bundle's files.
 */
export function PropertyValuesTable({
  entity,
  sources,
}: Readonly<{ entity: Entity; sources: (refs: readonly SourceRef[]) => ReactNode }>) {
  const properties = propertiesOf(entity);
  return (
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
                <td>{sources(value.sources)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
