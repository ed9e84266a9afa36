/** One line of plain language for an audit entry. */
import type { AuditEntry } from '@shared/model';
import { describeEntry } from '@shared/case/history';

const text = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

export function describeAction(entry: AuditEntry): string {
  const d = entry.details;
  switch (entry.action) {
    case 'case.create':
      return `Opened case “${text(d.title)}”`;
    case 'evidence.add':
      return `Added evidence ${text(d.name)}`;
    case 'evidence.rename':
      return `Same evidence received again as ${text(d.addedName)}`;
    default:
      // Cases, views, restores and edits are worded where a case shows its history.
      return describeEntry(entry).summary;
  }
}
