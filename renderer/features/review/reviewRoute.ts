/**
 * Review's addresses, so a reviewer can go back and forth between pages of the open bundle with the browser's
 * history: `/review` (the check and the case), `/review/<section>`, `/review/entity/<id>`, `/review/evidence/<id>`.
 */
export const REVIEW_SECTIONS = ['case', 'entities', 'evidence', 'timeline', 'graph', 'annotations'] as const;
export type ReviewSection = (typeof REVIEW_SECTIONS)[number];

export const SECTION_LABEL: Readonly<Record<ReviewSection, string>> = {
  case: 'Case',
  entities: 'Entities',
  evidence: 'Evidence',
  timeline: 'Timeline',
  graph: 'Graph',
  annotations: 'Annotations',
};

export type ReviewRoute =
  | Readonly<{ page: 'section'; section: ReviewSection }>
  | Readonly<{ page: 'entity'; id: string }>
  | Readonly<{ page: 'evidenceItem'; id: string }>;

/** Route parameters come encoded (ids hold `:`); a malformed one is taken as it is. */
function decoded(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function reviewRoute(params: Readonly<{ section?: string; id?: string }>): ReviewRoute {
  const section = params.section;
  const id = decoded(params.id);
  if (id !== undefined && section === 'entity') return { page: 'entity', id };
  if (id !== undefined && section === 'evidence') return { page: 'evidenceItem', id };
  const known = REVIEW_SECTIONS.find((s) => s === section);
  return { page: 'section', section: known ?? 'case' };
}

export const sectionPath = (section: ReviewSection): string =>
  section === 'case' ? '/review' : `/review/${section}`;
export const reviewEntityPath = (id: string): string => `/review/entity/${encodeURIComponent(id)}`;
export const reviewEvidencePath = (id: string): string => `/review/evidence/${encodeURIComponent(id)}`;
