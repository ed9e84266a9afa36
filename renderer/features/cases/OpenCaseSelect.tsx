/**
 * Choosing the open case an action goes into (add to case, save a chart): closed cases take nothing new. The first
 * open case is chosen until the investigator picks another; `preferred` (the case a chart came from) goes first.
 */
import { useState } from 'react';
import type { Case, CaseId } from '@shared/model';
import { useCases } from '@renderer/data/hooks/useCases';

export type ChosenCase = Readonly<{
  openCases: readonly Case[];
  /** '' when there is no open case. */
  chosen: CaseId | '';
  choose: (id: string) => void;
}>;

export function useChosenCase(preferred?: string): ChosenCase {
  const cases = useCases();
  const openCases = (cases ?? []).filter((c) => c.status !== 'closed');
  const [picked, choose] = useState('');
  const chosen = (picked || preferred || openCases[0]?.id || '') as CaseId | '';
  return { openCases, chosen, choose };
}

export function OpenCaseSelect({
  id,
  choice,
  label = 'Case',
  hideLabel = false,
}: Readonly<{ id: string; choice: ChosenCase; label?: string; hideLabel?: boolean }>) {
  return (
    <>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select
        id={id}
        className="input input--small"
        value={choice.chosen}
        onChange={(event) => choice.choose(event.target.value)}
        disabled={choice.openCases.length === 0}
      >
        {choice.openCases.length === 0 ? <option value="">No open case</option> : null}
        {choice.openCases.map((c) => (
          <option key={c.id} value={c.id}>
            {c.reference ? `${c.reference} · ${c.title}` : c.title}
          </option>
        ))}
      </select>
    </>
  );
}
