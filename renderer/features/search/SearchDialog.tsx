/**
 * The search box (Ctrl/Cmd+K from anywhere): every kind's best matches as the investigator types, the matching
 * field marked, arrow keys to choose, Enter to open. "All matches" opens the kind's table narrowed to the search.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import { KINDS } from '@shared/model';
import { useSearch, type SearchHit } from '@renderer/data/hooks/useSearch';
import { AddToCaseControl } from '@renderer/features/cases/AddToCaseControl';
import { entityPath, tablePath } from '@renderer/features/entities/entityPath';
import { Highlighted } from './Highlighted';

export function SearchDialog({ open, onClose }: Readonly<{ open: boolean; onClose: () => void }>) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [, navigate] = useLocation();
  const { result, busy, ms } = useSearch(text, 5);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const hits: SearchHit[] = result?.groups.flatMap((g) => g.hits) ?? [];
  const activeIndex = Math.min(active, Math.max(0, hits.length - 1));
  const go = (path: string): void => {
    onClose();
    navigate(path);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive(Math.min(activeIndex + 1, hits.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(Math.max(activeIndex - 1, 0));
    } else if (event.key === 'Escape') {
      // a search input would only clear itself on the first Escape; here Escape closes, as in any palette
      event.preventDefault();
      onClose();
    } else if (event.key === 'Enter') {
      const hit = hits[activeIndex];
      if (hit) {
        event.preventDefault();
        go(entityPath(hit.id));
      }
    }
  };
  const optionId = (index: number): string => `${id}-option-${index}`;
  let index = -1;

  return (
    <dialog ref={dialog} className="search-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`} className="visually-hidden">
        Search
      </h2>
      <div className="search-dialog__box">
        <input
          className="input search-dialog__input"
          type="search"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={`${id}-results`}
          aria-activedescendant={hits.length > 0 ? optionId(activeIndex) : undefined}
          aria-label="Search names, handles, e-mails, phones, URLs, titles, notes"
          placeholder="Search names, handles, e-mails, phones, URLs, titles, notes…"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          // the dialog exists to type into
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
        />
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="search-dialog__meta small muted" role="status">
        {text.trim() === ''
          ? 'Type a name, an e-mail, a phone in any format, a URL or a word from a title.'
          : busy
            ? 'Searching…'
            : hits.length === 0
              ? `Nothing matches “${text.trim()}”${ms === undefined ? '' : ` (${Math.round(ms).toLocaleString()} ms)`}.`
              : `${ms === undefined ? '' : `${Math.round(ms).toLocaleString()} ms`}${
                  result?.corrected ? ` · showing results for “${result.corrected.used}”` : ''
                }`}
      </p>
      <div id={`${id}-results`} role="listbox" aria-label="Results" className="search-dialog__results">
        {result?.groups.map((group) => (
          <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`}>
            <h3 id={`${id}-${group.kind}`} className="search-dialog__group">
              {KINDS[group.kind].plural}
              {group.more ? (
                <button
                  type="button"
                  className="button button--link small"
                  onClick={() => go(tablePath(group.kind, result.corrected?.used ?? text))}
                >
                  All matching {KINDS[group.kind].plural.toLocaleLowerCase()}
                </button>
              ) : null}
            </h3>
            {group.hits.map((hit) => {
              index += 1;
              const mine = index;
              return (
                <div
                  key={hit.id}
                  id={optionId(mine)}
                  role="option"
                  aria-selected={mine === activeIndex}
                  tabIndex={-1}
                  className={mine === activeIndex ? 'search-hit search-hit--active' : 'search-hit'}
                  onMouseEnter={() => setActive(mine)}
                  onClick={() => go(entityPath(hit.id))}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') go(entityPath(hit.id));
                  }}
                >
                  <span className="search-hit__caption">{hit.caption}</span>
                  {hit.highlight ? (
                    <span className="search-hit__field small">
                      <span className="muted">{hit.highlight.label}: </span>
                      <Highlighted text={hit.highlight.text} ranges={hit.highlight.ranges} />
                    </span>
                  ) : null}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      {hits[activeIndex] ? (
        <footer className="search-dialog__actions" aria-label="Chosen result">
          <span className="small muted">{hits[activeIndex].caption}</span>
          <AddToCaseControl key={hits[activeIndex].id} ids={[hits[activeIndex].id]} />
        </footer>
      ) : null}
    </dialog>
  );
}
