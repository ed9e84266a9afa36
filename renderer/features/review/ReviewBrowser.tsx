/**
 * The checked bundle's case, read-only, one page per address under /review: the case, entities, an entity,
 * evidence, a piece of evidence, the timeline, the graph and the reviewer's annotations.
 */
import { useMemo } from 'react';
import { Link } from 'wouter';
import type { BundleData } from '@shared/bundle/types';
import { useExaminerName } from '@renderer/data/hooks/useExaminer';
import { useReviewAnnotations } from '@renderer/data/hooks/useReview';
import { AnnotationsList } from './AnnotationsList';
import { CaseOverview } from './CaseOverview';
import { EntitiesTable } from './EntitiesTable';
import { EvidenceList } from './EvidenceList';
import { ReviewEntity } from './ReviewEntity';
import { ReviewEvidence } from './ReviewEvidence';
import { ReviewGraph } from './ReviewGraph';
import { ReviewTimeline } from './ReviewTimeline';
import {
  REVIEW_SECTIONS,
  SECTION_LABEL,
  sectionPath,
  type ReviewRoute,
  type ReviewSection,
} from './reviewRoute';
import type { ReviewSession } from './reviewSession';
import { indexData, type ReviewView } from './reviewView';

type Checked = Extract<ReviewSession, { status: 'checked' }>;

/** The section a page belongs to, for the navigation's current item. */
const sectionOf = (route: ReviewRoute): ReviewSection =>
  route.page === 'section' ? route.section : route.page === 'entity' ? 'entities' : 'evidence';

function SectionNav({ current }: Readonly<{ current: ReviewSection }>) {
  return (
    <nav className="review-nav" aria-label="Bundle sections">
      <ul>
        {REVIEW_SECTIONS.map((section) => (
          <li key={section}>
            <Link
              href={sectionPath(section)}
              className="review-nav__link"
              aria-current={section === current ? 'page' : undefined}
            >
              {SECTION_LABEL[section]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Page({ route, view }: Readonly<{ route: ReviewRoute; view: ReviewView }>) {
  if (route.page === 'entity') return <ReviewEntity id={route.id} view={view} />;
  if (route.page === 'evidenceItem') return <ReviewEvidence id={route.id} view={view} />;
  switch (route.section) {
    case 'case':
      return <CaseOverview view={view} />;
    case 'entities':
      return <EntitiesTable view={view} />;
    case 'evidence':
      return <EvidenceList view={view} />;
    case 'timeline':
      return <ReviewTimeline view={view} />;
    case 'graph':
      return <ReviewGraph view={view} />;
    case 'annotations':
      return <AnnotationsList view={view} />;
  }
}

function Browser({
  session,
  data,
  route,
}: Readonly<{ session: Checked; data: BundleData; route: ReviewRoute }>) {
  const sha = session.info.manifestSha256;
  const stored = useReviewAnnotations(sha);
  const reviewer = useExaminerName() ?? '';
  const indexed = useMemo(() => indexData(data), [data]);
  const annotations = useMemo(
    () => (stored === undefined ? undefined : new Map(stored.map((a) => [a.targetId, a]))),
    [stored],
  );
  const view: ReviewView = {
    info: session.info,
    verification: session.verification,
    data,
    ...indexed,
    annotations,
    reviewer,
  };
  return <Page route={route} view={view} />;
}

export function ReviewBrowser({ session, route }: Readonly<{ session: Checked; route: ReviewRoute }>) {
  return (
    <>
      <SectionNav current={sectionOf(route)} />
      {session.data.status === 'loading' ? (
        <p className="muted" role="status">
          Reading the case from the bundle…
        </p>
      ) : session.data.status === 'failed' ? (
        <p role="alert" className="field-error">
          The case in this bundle cannot be read: {session.data.message}
        </p>
      ) : (
        <Browser session={session} data={session.data.data} route={route} />
      )}
    </>
  );
}
