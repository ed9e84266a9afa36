/** The facets of a kind's table, with counts: tick values to narrow the rows (values of one facet add up). */
import { useId } from 'react';
import type { SignalKind } from '@shared/analysis';
import type { FacetGroup } from '@renderer/data/hooks/useEntityTable';

export type FacetPanelProps = Readonly<{
  groups: readonly FacetGroup[] | undefined;
  selected: readonly string[];
  network: string | undefined;
  signal: SignalKind | undefined;
  onToggle: (key: string) => void;
  onNetwork: (network: string | undefined) => void;
  onSignal: (signal: SignalKind | undefined) => void;
}>;

export function FacetPanel(props: FacetPanelProps) {
  const id = useId();
  if (props.groups === undefined) return <aside className="facets muted">Counting values…</aside>;
  if (props.groups.length === 0) return null;
  return (
    <aside className="facets" aria-label="Narrow the table">
      {props.groups.map((group) => (
        <fieldset key={group.facet} className="facets__group">
          <legend>{group.label}</legend>
          <ul>
            {group.options.map((option) => {
              const inputId = `${id}-${group.facet}-${option.key}`;
              const checked =
                group.facet === 'network'
                  ? props.network === option.key
                  : group.facet === 'signal'
                    ? props.signal === option.key
                    : props.selected.includes(option.key);
              const toggle = (): void => {
                if (group.facet === 'network') props.onNetwork(checked ? undefined : option.key);
                else if (group.facet === 'signal')
                  props.onSignal(checked ? undefined : (option.key as SignalKind));
                else props.onToggle(option.key);
              };
              return (
                <li key={option.key}>
                  <input id={inputId} type="checkbox" checked={checked} onChange={toggle} />
                  <label htmlFor={inputId} title={option.label}>
                    <span className="facets__label">{option.label}</span>
                    <span className="facets__count">{option.count.toLocaleString()}</span>
                  </label>
                </li>
              );
            })}
          </ul>
          {group.more > 0 ? (
            <p className="small muted">{group.more.toLocaleString()} more: use the column filter.</p>
          ) : null}
        </fieldset>
      ))}
    </aside>
  );
}
