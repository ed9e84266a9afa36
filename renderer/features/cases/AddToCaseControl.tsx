/**
 * "Add to case" for any set of entities (the graph's selection, a search result): choose an open case, add them with
 * the role their kind suggests (the case workspace changes it), and say what happened. Logged by the repository.
 */
import { useId, useState } from 'react';
import type { CaseId, EntityId } from '@shared/model';
import { addToCase } from '@renderer/data/hooks/useTableActions';
import { OpenCaseSelect, useChosenCase } from './OpenCaseSelect';
import { StatusMessage, type Message } from '@renderer/ui/StatusMessage';

export function AddToCaseControl({ ids }: Readonly<{ ids: readonly EntityId[] }>) {
  const id = useId();
  const choice = useChosenCase();
  const { openCases, chosen } = choice;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>();
  const add = async (): Promise<void> => {
    setBusy(true);
    try {
      const result = await addToCase(chosen as CaseId, ids);
      const title = openCases.find((c) => c.id === chosen)?.title ?? 'the case';
      setMessage({
        text: `Added ${result.added.toLocaleString()} to ${title}${
          result.alreadyThere > 0 ? ` (${result.alreadyThere.toLocaleString()} already in it)` : ''
        }.`,
      });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="add-to-case">
      <OpenCaseSelect id={`${id}-case`} choice={choice} />
      <button
        type="button"
        className="button"
        disabled={busy || ids.length === 0 || chosen === ''}
        onClick={() => void add()}
      >
        Add to case
      </button>
      <StatusMessage message={message} />
    </div>
  );
}
