/**
 * Choose one entity by typing a name prefix or an identifier in any spelling (`+49 6155 2302`, an e-mail, a seller
 * id). Matches come from the store's indexes; picking one fixes the choice until the text changes.
 */
import { useEffect, useId, useState } from 'react';
import { KINDS } from '@shared/model';
import { lookUpEntities, type EntityMatch } from '@renderer/data/hooks/useAnalysis';

export function EntityPicker({
  label,
  value,
  onChange,
}: Readonly<{
  label: string;
  value: EntityMatch | undefined;
  onChange: (match: EntityMatch | undefined) => void;
}>) {
  const id = useId();
  const [text, setText] = useState('');
  const [matches, setMatches] = useState<readonly EntityMatch[]>([]);

  const searching = text.trim() !== '' && value === undefined;
  useEffect(() => {
    if (!searching) return;
    let current = true;
    // A short pause, so typing a phone number does not run a lookup per digit.
    const timer = setTimeout(() => {
      void lookUpEntities(text).then((found) => {
        if (current) setMatches(found);
      });
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, searching]);
  const shown = searching ? matches : [];

  return (
    <div className="field entity-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        className="input"
        value={value ? value.caption : text}
        placeholder="Name, seller id, e-mail, phone…"
        autoComplete="off"
        onChange={(e) => {
          onChange(undefined);
          setText(e.target.value);
        }}
      />
      {value ? (
        <span className="muted small">
          {KINDS[value.kind].label} · <code>{value.id}</code>
        </span>
      ) : null}
      {shown.length > 0 ? (
        <ul className="entity-picker__matches" aria-label={`Matches for ${label}`}>
          {shown.map((match) => (
            <li key={match.id}>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  onChange(match);
                  setText(match.caption);
                }}
              >
                {match.caption} <span className="muted">({KINDS[match.kind].label})</span>
              </button>
            </li>
          ))}
        </ul>
      ) : searching ? (
        <span className="muted small">No entity matches yet.</span>
      ) : null}
    </div>
  );
}
