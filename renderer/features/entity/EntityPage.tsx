/**
 * One entity: every property with its sources, its links and the accounts it shares identifiers with, its
 * network and signals, the cases it is in, the evidence behind it, and the analyst's tags and note.
 */
import { Link, useParams } from 'wouter';
import { KINDS, caption, type EntityId } from '@shared/model';
import { useEntityDetails } from '@renderer/data/hooks/useEntity';
import { EmptyState } from '@renderer/ui/EmptyState';
import { PageHeader } from '@renderer/ui/PageHeader';
import { tablePath } from '@renderer/features/entities/entityPath';
import { AnalysisSection } from './AnalysisSection';
import { AnalystNotes } from './AnalystNotes';
import { CasesSection } from './CasesSection';
import { EvidenceSection } from './EvidenceSection';
import { LinksSection } from './LinksSection';
import { PropertiesTable } from './PropertiesTable';

export function EntityPage() {
  const params = useParams<{ id: string }>();
  const id = decodeURIComponent(params.id) as EntityId;
  const details = useEntityDetails(id);
  if (details === undefined) return <PageHeader title="Loading…" />;
  if (details === null)
    return (
      <>
        <PageHeader title="Not in the store" />
        <EmptyState
          icon="entities"
          title="This entity is not in the store"
          actions={
            <Link href="/entities" className="button">
              All entities
            </Link>
          }
        >
          <p>
            The import that brought it may have been undone. Its id was <code>{id}</code>.
          </p>
        </EmptyState>
      </>
    );
  const { entity } = details;
  const spec = KINDS[entity.kind];
  return (
    <>
      <PageHeader
        title={caption(entity)}
        subtitle={`${spec.label} · seen on ${entity.sources.length.toLocaleString()} row${entity.sources.length === 1 ? '' : 's'} in ${entity.importIds.length.toLocaleString()} import${entity.importIds.length === 1 ? '' : 's'}`}
        actions={
          <>
            <Link href={`/graph/entity/${encodeURIComponent(entity.id)}`} className="button">
              Open in graph
            </Link>
            <Link href={tablePath(entity.kind)} className="button">
              All {spec.plural.toLocaleLowerCase()}
            </Link>
          </>
        }
      />
      <p className="entity-id small muted">
        Id <code>{entity.id.replaceAll('\u001f', '␟')}</code>
        {entity.tags.length > 0 ? (
          <>
            {' '}
            ·{' '}
            {entity.tags.map((tag) => (
              <span key={tag} className="badge">
                {tag}
              </span>
            ))}
          </>
        ) : null}
      </p>
      <div className="entity-grid">
        <div className="entity-grid__main">
          <PropertiesTable entity={entity} imports={details.imports} />
          <LinksSection details={details} />
        </div>
        <div className="entity-grid__side">
          <AnalysisSection details={details} />
          <AnalystNotes key={entity.id} entity={entity} />
          <CasesSection details={details} />
          <EvidenceSection evidence={details.evidence} />
        </div>
      </div>
    </>
  );
}
