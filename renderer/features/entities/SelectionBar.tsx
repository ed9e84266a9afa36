/**
 * What to do with the ticked rows: add them to a case, tag them, save them as CSV. "Select all" takes every row
 * the filters match (up to a limit), not only the rows loaded on screen.
 */
import { useId, useState } from 'react';
import { useLocation } from 'wouter';
import type { RowSelectionState } from '@tanstack/react-table';
import type { Column } from '@shared/explore/columns';
import type { TableQuery } from '@shared/explore/tableQuery';
import { KINDS, type CaseId, type EntityId } from '@shared/model';
import { matchingIds, type ResultStatus } from '@renderer/data/hooks/useEntityTable';
import { addToCase, selectionCsv, tagSelection } from '@renderer/data/hooks/useTableActions';
import { rememberGraphSelection } from '@renderer/data/hooks/useGraph';
import { saveBlob } from '@renderer/platform/files';
import { OpenCaseSelect, useChosenCase } from '@renderer/features/cases/OpenCaseSelect';

/** More than this is not a selection an investigator acts on at once; the filters should narrow it first. */
export const SELECT_ALL_LIMIT = 100_000;

/** The most a link chart opens with at once: past this it stops being a picture anyone reads. */
export const GRAPH_SELECTION_LIMIT = 10_000;

export type SelectionBarProps = Readonly<{
  query: TableQuery;
  status: ResultStatus | undefined;
  columns: readonly Column[];
  selection: RowSelectionState;
  onSelection: (selection: RowSelectionState) => void;
}>;

export function SelectionBar({ query, status, columns, selection, onSelection }: SelectionBarProps) {
  const id = useId();
  const choice = useChosenCase();
  const [tag, setTag] = useState('');
  const [message, setMessage] = useState<Readonly<{ text: string; error?: boolean }>>();
  const [busy, setBusy] = useState(false);
  const [, navigate] = useLocation();
  const ids = Object.keys(selection) as EntityId[];
  const plural = KINDS[query.kind].plural.toLocaleLowerCase();
  const { openCases, chosen: chosenCase } = choice;

  const run = async (work: () => Promise<string>): Promise<void> => {
    setBusy(true);
    setMessage(undefined);
    try {
      setMessage({ text: await work() });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  const selectAll = (): Promise<void> =>
    run(async () => {
      const found = await matchingIds(query, SELECT_ALL_LIMIT);
      onSelection(Object.fromEntries(found.ids.map((entityId) => [entityId, true as const])));
      return found.complete
        ? `Selected all ${found.ids.length.toLocaleString()} matching ${plural}.`
        : `Selected the first ${found.ids.length.toLocaleString()} matching ${plural}: narrow the filters to act on the rest.`;
    });

  const matched = status?.matched ?? 0;
  return (
    <section className="selection-bar" aria-label="Selected rows">
      <p>
        <strong>{ids.length.toLocaleString()}</strong> selected
      </p>
      <button
        type="button"
        className="button"
        disabled={busy || matched === 0}
        onClick={() => void selectAll()}
      >
        Select all {status?.done ? matched.toLocaleString() : ''} matching
      </button>
      <button
        type="button"
        className="button button--quiet"
        disabled={ids.length === 0}
        onClick={() => onSelection({})}
      >
        Clear selection
      </button>
      <span className="selection-bar__group">
        <OpenCaseSelect id={`${id}-case`} choice={choice} />
        <button
          type="button"
          className="button"
          disabled={busy || ids.length === 0 || chosenCase === ''}
          onClick={() =>
            void run(async () => {
              const result = await addToCase(chosenCase as CaseId, ids);
              const title = openCases.find((c) => c.id === chosenCase)?.title ?? 'the case';
              return `Added ${result.added.toLocaleString()} to ${title}${
                result.alreadyThere > 0 ? ` (${result.alreadyThere.toLocaleString()} were already in it)` : ''
              }.`;
            })
          }
        >
          Add to case
        </button>
      </span>
      <span className="selection-bar__group">
        <label htmlFor={`${id}-tag`}>Tag</label>
        <input
          id={`${id}-tag`}
          className="input input--small"
          value={tag}
          placeholder="e.g. test purchase"
          onChange={(event) => setTag(event.target.value)}
        />
        <button
          type="button"
          className="button"
          disabled={busy || ids.length === 0 || tag.trim() === ''}
          onClick={() =>
            void run(async () => {
              const tagged = await tagSelection(ids, tag);
              setTag('');
              return `Tagged ${tagged.toLocaleString()} ${plural} “${tag.trim()}”.`;
            })
          }
        >
          Apply tag
        </button>
      </span>
      <button
        type="button"
        className="button"
        disabled={busy || ids.length === 0}
        onClick={() =>
          void run(async () => {
            const csv = await selectionCsv(ids, columns);
            const saved = await saveBlob(
              new Blob([csv], { type: 'text/csv' }),
              `${query.kind}-selection.csv`,
              [{ name: 'CSV', extensions: ['csv'] }],
            );
            return saved ? `Saved ${ids.length.toLocaleString()} rows as ${saved.name}.` : 'Not saved.';
          })
        }
      >
        Export CSV
      </button>
      <button
        type="button"
        className="button"
        disabled={busy || ids.length === 0}
        onClick={() => {
          if (ids.length > GRAPH_SELECTION_LIMIT) {
            setMessage({
              text: `A chart opens with at most ${GRAPH_SELECTION_LIMIT.toLocaleString()} nodes: narrow the selection first.`,
              error: true,
            });
            return;
          }
          rememberGraphSelection(ids);
          navigate('/graph/selection');
        }}
      >
        Open in graph
      </button>
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'field-error' : 'notice'}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
