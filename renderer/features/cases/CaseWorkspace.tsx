/** One case: its details, subjects, evidence, notes, saved graph views, timeline and history. */
import { Link, useParams } from 'wouter';
import type { CaseId } from '@shared/model';
import { useCase } from '@renderer/data/hooks/useCase';
import { EmptyState } from '@renderer/ui/EmptyState';
import { PageHeader } from '@renderer/ui/PageHeader';
import { CaseDetailsForm } from './CaseDetailsForm';
import { DeleteCase } from './DeleteCase';
import { BundleSection } from './BundleSection';
import { EvidenceSection } from './EvidenceSection';
import { HistorySection } from './HistorySection';
import { caseName, STATUS_LABEL } from './labels';
import { NotesSection } from './NotesSection';
import { ReviewAnnotationsSection } from './ReviewAnnotationsSection';
import { SubjectsSection } from './SubjectsSection';
import { TimelineSection } from './TimelineSection';
import { ViewsSection } from './ViewsSection';

const SECTIONS = [
  ['case-details', 'Details'],
  ['case-subjects', 'Subjects'],
  ['case-evidence', 'Evidence'],
  ['case-notes', 'Notes'],
  ['case-views', 'Graph views'],
  ['case-timeline', 'Timeline'],
  ['case-history', 'History'],
  ['case-bundle', 'Bundle'],
  ['case-annotations', 'Review'],
] as const;

export function CaseWorkspace() {
  const params = useParams<{ id: string }>();
  const id = decodeURIComponent(params.id) as CaseId;
  const record = useCase(id);
  if (record === undefined) return null;
  if (record === null) {
    return (
      <EmptyState
        icon="cases"
        title="No such case"
        actions={
          <Link href="/cases" className="button button--primary">
            All cases
          </Link>
        }
      >
        <p>
          This case does not exist in this workbench: it may have been deleted (its deletion is in the audit
          log).
        </p>
      </EmptyState>
    );
  }
  return (
    <div className="case-workspace">
      <PageHeader
        title={record.title}
        subtitle={`${record.reference ? `${record.reference} · ` : ''}${STATUS_LABEL[record.status]} · owner ${record.owner}`}
        actions={
          <>
            <Link href={`/graph/case/${encodeURIComponent(id)}`} className="button">
              Open case in graph
            </Link>
            <Link href="/cases" className="button">
              All cases
            </Link>
          </>
        }
      />
      <nav className="case-nav" aria-label={`Sections of ${caseName(record)}`}>
        {SECTIONS.map(([anchor, label]) => (
          <a
            key={anchor}
            href={`#${anchor}`}
            className="case-nav__link"
            onClick={(event) => {
              // The router lives in the hash, so jump to the section without changing the address.
              event.preventDefault();
              document.getElementById(anchor)?.scrollIntoView({ block: 'start' });
            }}
          >
            {label}
          </a>
        ))}
      </nav>
      <CaseDetailsForm key={record.id} record={record} />
      <SubjectsSection caseId={id} />
      <EvidenceSection caseId={id} />
      <NotesSection caseId={id} />
      <ViewsSection caseId={id} />
      <TimelineSection caseId={id} />
      <HistorySection caseId={id} />
      <BundleSection record={record} />
      <ReviewAnnotationsSection caseId={id} />
      <DeleteCase record={record} />
    </div>
  );
}
