/**
 * A case's history, read from the one hash-chained audit log: which entries concern the case, and how to say
 * what each changed (a field, its value before and after) to someone who was not there.
 *
 * An entry concerns a case when it targets the case itself (created, edited, subjects, evidence, notes, deleted),
 * one of its saved views (or names the case in its details, as a deleted view's entry does), or the data under it:
 * one of its entities or pieces of evidence (tags, notes, names) or an import that brought them.
 */
import type { AuditEntry } from '../model';

export type CaseScope = Readonly<{
  caseId: string;
  /** Ids of the case's entities and evidence, its views, and the imports that brought its data. */
  memberIds: ReadonlySet<string>;
}>;

export function concernsCase(entry: AuditEntry, scope: CaseScope): boolean {
  if (entry.target === scope.caseId || scope.memberIds.has(entry.target)) return true;
  return entry.details.case === scope.caseId;
}

export type HistoryChange = Readonly<{ field: string; before: string; after: string }>;

export type HistoryLine = Readonly<{
  /** What happened, in words. */
  summary: string;
  /** Field by field, for edits. */
  changes: readonly HistoryChange[];
  /** Which part of the case: the case itself, its data, a view. */
  scope: 'case' | 'data' | 'view';
}>;

const ROLE_WORDS: Readonly<Record<string, string>> = {
  subject: 'subject',
  associate: 'associate',
  victimBrand: 'victim brand',
  witness: 'witness',
};

/** A value from an entry's details as one line of text. */
export function showValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(showValue).join(', ');
  return JSON.stringify(value);
}

const text = (value: unknown): string => (typeof value === 'string' ? value : showValue(value));
const role = (value: unknown): string => ROLE_WORDS[text(value)] ?? text(value);

/** `before`/`after` objects of an edit, field by field (only fields that differ). */
function fieldChanges(details: AuditEntry['details']): HistoryChange[] {
  const before = (details.before ?? {}) as Record<string, unknown>;
  const after = (details.after ?? {}) as Record<string, unknown>;
  if (
    typeof before !== 'object' ||
    typeof after !== 'object' ||
    Array.isArray(before) ||
    Array.isArray(after)
  ) {
    return [{ field: 'value', before: showValue(details.before), after: showValue(details.after) }];
  }
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .map((field) => ({ field, before: showValue(before[field]), after: showValue(after[field]) }))
    .filter((c) => c.before !== c.after);
}

export function describeEntry(entry: AuditEntry, names: (id: string) => string = (id) => id): HistoryLine {
  const d = entry.details;
  const line = (
    summary: string,
    scope: HistoryLine['scope'],
    changes: HistoryChange[] = [],
  ): HistoryLine => ({
    summary,
    changes,
    scope,
  });
  switch (entry.action) {
    case 'case.create':
      return line(`Opened the case “${text(d.title)}”`, 'case');
    case 'case.update':
      return line('Edited the case details', 'case', fieldChanges(d));
    case 'case.addEntity':
      return line(`Added ${names(text(d.entity))} as ${role(d.role)}`, 'case');
    case 'case.setRole':
      return line(`Changed the role of ${names(text(d.entity))}`, 'case', [
        { field: 'role', before: role(d.before), after: role(d.after) },
      ]);
    case 'case.removeEntity':
      return line(`Removed ${names(text(d.entity))} (${role(d.role)}) from the case`, 'case');
    case 'case.addEvidence':
      return line(`Attached evidence ${text(d.name)}`, 'case');
    case 'case.removeEvidence':
      return line(`Detached evidence ${text(d.name)}`, 'case');
    case 'case.addNote':
      return line('Wrote a note', 'case', [{ field: 'note', before: '—', after: text(d.body) }]);
    case 'case.editNote':
      return line('Edited a note', 'case', [{ field: 'note', before: text(d.before), after: text(d.after) }]);
    case 'case.deleteNote':
      return line('Deleted a note', 'case', [{ field: 'note', before: text(d.before), after: '—' }]);
    case 'case.delete':
      return line(`Deleted the case “${text(d.title)}”`, 'case');
    case 'bundle.export':
      return line(
        `Exported the case as a bundle${d.redact === true ? ' (redacted)' : ''}${d.includeEvidence === false ? ' without evidence files' : ''}: ${text(d.fileName)}`,
        'case',
        [{ field: 'manifest SHA-256', before: '—', after: text(d.manifestSha256) }],
      );
    case 'case.importAnnotations':
      return line(
        `Brought back ${showValue(d.count)} review annotation${d.count === 1 ? '' : 's'} by ${text(d.reviewer)}`,
        'case',
      );
    case 'view.save':
      return line(`Saved the graph view “${text(d.name)}” (${showValue(d.nodes)} nodes)`, 'view');
    case 'view.update':
      return line(`Updated the graph view “${text(d.name)}” (${showValue(d.nodes)} nodes)`, 'view');
    case 'view.delete':
      return line(`Deleted the graph view “${text(d.name)}”`, 'view');
    case 'entity.tags':
      return line(`Changed the tags of ${names(entry.target)}`, 'data', [
        { field: 'tags', before: showValue(d.before), after: showValue(d.after) },
      ]);
    case 'entity.note':
      return line(`Changed the analyst's note on ${names(entry.target)}`, 'data', [
        { field: 'note', before: showValue(d.before), after: showValue(d.after) },
      ]);
    case 'workbench.restore':
      return line(
        `Restored the whole workbench from a backup made ${text(d.backupCreatedAt)} by ${text(d.backupCreatedBy)}`,
        'data',
      );
    case 'evidence.add':
      return line(`Stored evidence ${text(d.name)}`, 'data');
    case 'evidence.rename':
      return line(`Evidence received again as ${text(d.addedName)}`, 'data');
    default:
      if (entry.action.startsWith('import.')) {
        const file = d.file === undefined ? '' : ` of ${text(d.file)}`;
        return line(`Import${file}: ${entry.action.slice('import.'.length)}`, 'data');
      }
      return line(
        `${entry.action} on ${names(entry.target)}`,
        'data',
        d.before !== undefined || d.after !== undefined ? fieldChanges(d) : [],
      );
  }
}
