/**
 * One entity of the bundle, read-only: every value with where it came from, and its links to the other entities
 * in the bundle (followed within Review), with the reviewer's annotation on top.
 */
import { useMemo } from 'react';
import { Link } from 'wouter';
import { neighboursOf } from '@shared/bundle/reviewBrowse';
import { caption, describeLocator, KINDS, type Entity, type EntityId, type SourceRef } from '@shared/model';
import { propertiesOf, PropertyValuesTable } from '@renderer/features/entity/PropertiesTable';
import { AnnotationControl } from './AnnotationControl';
import { reviewEntityPath, reviewEvidencePath } from './reviewRoute';
import { evidenceName, type ReviewView } from './reviewView';

/** A value seen in many places lists the first few. */
const SOURCES_SHOWN = 3;

function Sources({ sources, view }: Readonly<{ sources: readonly SourceRef[]; view: ReviewView }>) {
  if (sources.length === 0) return <span className="muted">added by an analyst</span>;
  return (
    <ul className="sources">
      {sources.slice(0, SOURCES_SHOWN).map((source) => (
        <li key={`${source.importId}|${source.evidenceId}|${describeLocator(source.locator)}`}>
          {view.evidenceById.has(source.evidenceId) ? (
            <Link href={reviewEvidencePath(source.evidenceId)}>{evidenceName(view, source.evidenceId)}</Link>
          ) : (
            <span>{evidenceName(view, source.evidenceId)}</span>
          )}
          , {describeLocator(source.locator)}
        </li>
      ))}
      {sources.length > SOURCES_SHOWN ? (
        <li className="muted">and {(sources.length - SOURCES_SHOWN).toLocaleString()} more places</li>
      ) : null}
    </ul>
  );
}

function Properties({ entity, view }: Readonly<{ entity: Entity; view: ReviewView }>) {
  return (
    <section className="card" aria-labelledby="review-properties-heading">
      <h2 id="review-properties-heading">Properties</h2>
      {propertiesOf(entity).length > 0 ? (
        <PropertyValuesTable entity={entity} sources={(refs) => <Sources sources={refs} view={view} />} />
      ) : (
        <p className="muted">No properties.</p>
      )}
    </section>
  );
}

function Links({ entity, view }: Readonly<{ entity: Entity; view: ReviewView }>) {
  const neighbours = useMemo(
    () => neighboursOf(entity.id, view.data.links, view.entitiesById),
    [entity.id, view.data.links, view.entitiesById],
  );
  return (
    <section className="card" aria-labelledby="review-links-heading">
      <h2 id="review-links-heading">Links ({neighbours.length.toLocaleString()})</h2>
      {neighbours.length === 0 ? (
        <p className="muted">No links to other entities in this bundle.</p>
      ) : (
        <ul className="review-links">
          {neighbours.map((n) => (
            <li key={n.link.id}>
              <span className="muted">{n.relation}</span>{' '}
              {n.other ? (
                <>
                  <Link href={reviewEntityPath(n.other.id)}>{caption(n.other)}</Link>{' '}
                  <span className="badge badge--kind">{KINDS[n.other.kind].label}</span>
                </>
              ) : (
                <span>
                  {n.otherId} <span className="muted">(not in this bundle)</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ReviewEntity({ id, view }: Readonly<{ id: string; view: ReviewView }>) {
  const entity = view.entitiesById.get(id as EntityId);
  if (!entity) {
    return (
      <section className="card" aria-labelledby="review-missing-heading">
        <h2 id="review-missing-heading">Not in this bundle</h2>
        <p>
          No entity <code>{id}</code> is in this bundle. <Link href="/review/entities">All entities</Link>
        </p>
      </section>
    );
  }
  const name = caption(entity);
  return (
    <>
      <section className="card" aria-labelledby="review-entity-heading">
        <h2 id="review-entity-heading">
          {name} <span className="badge badge--kind">{KINDS[entity.kind].label}</span>
        </h2>
        <p className="small muted">
          <code>{entity.id}</code>
        </p>
        {view.annotations ? (
          <AnnotationControl
            key={`${view.info.manifestSha256}|${entity.id}`}
            manifestSha256={view.info.manifestSha256}
            target={{ type: 'entity', id: entity.id, label: name }}
            saved={view.annotations.get(entity.id)}
            reviewer={view.reviewer}
          />
        ) : null}
      </section>
      <Properties entity={entity} view={view} />
      <Links entity={entity} view={view} />
    </>
  );
}
