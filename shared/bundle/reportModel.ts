/**
 * What the report says, once, as plain data: the HTML and the PDF are two renderings of this model, so they cannot
 * tell different stories.
 */
import { TIMELINE_LABELS } from '../case/timeline';
import { caption, KINDS } from '../model';
import type { BundleContent } from './content';
import type { BundleManifest } from './manifest';
import type { ReportGraph } from './reportGraph';

export type ReportModel = Readonly<{
  title: string;
  reference: string;
  status: string;
  owner: string;
  tags: readonly string[];
  summary: string;
  examiner: string;
  tool: string;
  createdAt: string;
  options: BundleManifest['options'];
  redactionNote?: string;
  counts: BundleManifest['counts'];
  subjects: readonly Readonly<{ label: string; kind: string; role: string; id: string }>[];
  networks: readonly Readonly<{
    rank: number;
    size: number;
    reason: string;
    members: string;
    ties: string;
  }>[];
  timeline: readonly Readonly<{ at: string; kind: string; title: string; detail: string }>[];
  notes: readonly Readonly<{ author: string; at: string; body: string }>[];
  evidence: readonly Readonly<{
    name: string;
    sha256: string;
    size: number;
    mediaType: string;
    path: string;
    included: boolean;
  }>[];
  auditHead: BundleManifest['auditHead'];
  auditNote: string;
  graph: ReportGraph;
}>;

/** A report stays printable: long lists are cut, and the cut is said in words (the data files hold everything). */
export const REPORT_LIST_MAX = 500;

export function reportModel(
  content: BundleContent,
  manifest: Omit<BundleManifest, 'files'>,
  evidencePaths: ReadonlyMap<string, string>,
  graph: ReportGraph,
): ReportModel {
  const entities = new Map(content.entities.map((entity) => [entity.id as string, entity]));
  const subjects = content.items.flatMap((item) => {
    if (item.type !== 'entity') return [];
    const entity = entities.get(item.targetId);
    if (entity === undefined) return [];
    return [
      {
        id: entity.id,
        label: caption(entity),
        kind: KINDS[entity.kind].label,
        role: item.role,
      },
    ];
  });
  return {
    title: content.case.title,
    reference: content.case.reference,
    status: content.case.status,
    owner: content.case.owner,
    tags: content.case.tags,
    summary: content.case.summary,
    examiner: manifest.examiner,
    tool: `${manifest.tool.name} ${manifest.tool.version}`,
    createdAt: manifest.createdAt,
    options: manifest.options,
    ...(manifest.redaction === undefined ? {} : { redactionNote: manifest.redaction.note }),
    counts: manifest.counts,
    subjects: subjects.slice(0, REPORT_LIST_MAX),
    networks: content.networks.slice(0, 50).map((network) => ({
      rank: network.rank,
      size: network.size,
      reason: network.scoreReason,
      members: network.members
        .slice(0, 20)
        .map((member) => member.caption)
        .join(', ')
        .concat(network.members.length > 20 ? ` and ${network.members.length - 20} more` : ''),
      ties: network.ties
        .slice(0, 10)
        .map((tie) => tie.value)
        .join(', '),
    })),
    timeline: content.timeline.slice(0, REPORT_LIST_MAX).map((event) => ({
      at: event.at,
      kind: TIMELINE_LABELS[event.kind],
      title: event.title,
      detail: event.detail,
    })),
    notes: content.notes
      .filter((note) => note.caseId === content.case.id)
      .map((note) => ({ author: note.author, at: note.updatedAt, body: note.body })),
    evidence: content.evidence.slice(0, REPORT_LIST_MAX).map(({ record }) => ({
      name: record.name,
      sha256: record.id,
      size: record.size,
      mediaType: record.mediaType,
      path: evidencePaths.get(record.id) ?? '',
      included: manifest.options.includeEvidence,
    })),
    auditHead: manifest.auditHead,
    auditNote: manifest.auditIncluded
      ? 'The whole audit log is in audit/log.jsonl; its last entry is the head below.'
      : (manifest.auditOmittedReason ?? 'The audit log is not included.'),
    graph,
  };
}
