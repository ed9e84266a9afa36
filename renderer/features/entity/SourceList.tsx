/** Where a value came from: file, row (or sheet, or JSON path) and when it was imported. */
import { describeLocator, type ImportId, type ImportRecord, type SourceRef } from '@shared/model';

/** A value seen on a thousand rows lists the first few; the import's report has the rest. */
const SHOWN = 3;

export function SourceList({
  sources,
  imports,
}: Readonly<{ sources: readonly SourceRef[]; imports: ReadonlyMap<ImportId, ImportRecord> }>) {
  if (sources.length === 0) return <span className="muted">added by an analyst</span>;
  return (
    <ul className="sources">
      {sources.slice(0, SHOWN).map((source) => {
        const record = imports.get(source.importId);
        return (
          <li key={`${source.importId}|${describeLocator(source.locator)}`}>
            <span className="sources__file">{record?.fileName ?? 'an undone import'}</span>,{' '}
            {describeLocator(source.locator)}
            {record ? <span className="muted"> · imported {record.startedAt.slice(0, 10)}</span> : null}
          </li>
        );
      })}
      {sources.length > SHOWN ? (
        <li className="muted">and {(sources.length - SHOWN).toLocaleString()} more places</li>
      ) : null}
    </ul>
  );
}
