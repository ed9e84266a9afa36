/**
 * The data of a bundle as plain records: what every file of `data/`, the report and the exchange formats are built
 * from. Redaction maps one `BundleContent` to another, so no writer needs to know whether it is on.
 */
import type { StoredNetwork } from '../analysis/stored';
import type { TimelineEvent } from '../case/timeline';
import type { Case, CaseItem, Entity, Evidence, Link, Note, SavedView } from '../model';
import type { BundleInput } from './types';

export type BundleEvidenceRecord = Readonly<{ record: Evidence; reason: 'attached' | 'source' }>;

export type BundleContent = Readonly<{
  case: Case;
  items: readonly CaseItem[];
  entities: readonly Entity[];
  links: readonly Link[];
  evidence: readonly BundleEvidenceRecord[];
  notes: readonly Note[];
  views: readonly SavedView[];
  timeline: readonly TimelineEvent[];
  networks: readonly StoredNetwork[];
}>;

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number => {
    const [x, y] = [key(a), key(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  };

/**
 * The input's records in a fixed order (by id; the timeline by time, then key), with evidence listed once (a file
 * both attached and the source of a value is `attached`): the same case read twice in any order is the same content.
 */
export function contentOf(input: BundleInput): BundleContent {
  const evidence = new Map<string, BundleEvidenceRecord>();
  for (const { record, reason } of input.evidence) {
    const known = evidence.get(record.id);
    if (known === undefined || (known.reason === 'source' && reason === 'attached')) {
      evidence.set(record.id, { record, reason });
    }
  }
  return {
    case: input.case,
    items: [...input.items].sort(byKey((item) => item.id)),
    entities: [...input.entities].sort(byKey((entity) => entity.id)),
    links: [...input.links].sort(byKey((link) => link.id)),
    evidence: [...evidence.values()].sort(byKey((e) => e.record.id)),
    notes: [...input.notes].sort(byKey((note) => note.id)),
    views: [...input.views].sort(byKey((view) => view.id)),
    timeline: [...input.timeline].sort(
      (a, b) => a.time - b.time || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    ),
    networks: [...input.networks].sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}
