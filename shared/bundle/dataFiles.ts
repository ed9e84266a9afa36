/**
 * The `data/` files in Casegraph's own model, full fidelity, for the Review screen (and anyone with `jq`):
 * `case.json` (the case, its items with roles, notes, saved views), one record per line in `entities.jsonl`,
 * `links.jsonl`, `evidence.jsonl`, `timeline.jsonl`, and `networks.json`. Paths are fixed here and read back by
 * bundleData.ts.
 */
import type { BundleContent } from './content';

export const DATA_PATHS = {
  case: 'data/case.json',
  entities: 'data/entities.jsonl',
  links: 'data/links.jsonl',
  evidence: 'data/evidence.jsonl',
  timeline: 'data/timeline.jsonl',
  networks: 'data/networks.json',
  entitiesCsv: 'data/entities.csv',
  linksCsv: 'data/links.csv',
  ftm: 'data/ftm.jsonl',
  graphml: 'data/graph.graphml',
  stix: 'data/stix.json',
} as const;

export const AUDIT_PATH = 'audit/log.jsonl';
export const REPORT_HTML_PATH = 'report.html';
export const REPORT_PDF_PATH = 'report.pdf';

export function caseJson(content: BundleContent): string {
  return `${JSON.stringify({ case: content.case, items: content.items, notes: content.notes, views: content.views }, null, 2)}\n`;
}

export function* jsonLines(records: readonly unknown[]): Iterable<string> {
  for (const record of records) yield `${JSON.stringify(record)}\n`;
}

export function evidenceLines(content: BundleContent): Iterable<string> {
  return jsonLines(content.evidence.map(({ record, reason }) => ({ ...record, reason })));
}

export function networksJson(content: BundleContent): string {
  return `${JSON.stringify(content.networks, null, 2)}\n`;
}
