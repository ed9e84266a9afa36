/**
 * The table's question as state: sort, facets, column filters and the search words. Column filters are applied a
 * moment after typing stops, so each keystroke does not start a scan of a million records.
 */
import { useEffect, useMemo, useState } from 'react';
import type { SortSlot } from '@shared/explore/sortKeys';
import type { TableQuery, TextFilter } from '@shared/explore/tableQuery';
import type { SignalKind } from '@shared/analysis';
import type { EntityKind } from '@shared/model';

const TYPING_PAUSE_MS = 300;

export type TableQueryState = Readonly<{
  query: TableQuery;
  /** The filters as typed (the query gets them after the pause). */
  typed: Readonly<Record<string, string>>;
  setSort: (slot: SortSlot, desc: boolean) => void;
  toggleFacet: (key: string) => void;
  setNetwork: (network: string | undefined) => void;
  setSignal: (signal: SignalKind | undefined) => void;
  setFilter: (column: string, text: string) => void;
  clearFilters: () => void;
}>;

export function useTableQuery(kind: EntityKind, search: string | undefined): TableQueryState {
  const [sort, setSortState] = useState<{ slot: SortSlot; desc: boolean }>({ slot: 'name', desc: false });
  const [facets, setFacets] = useState<readonly string[]>([]);
  const [network, setNetwork] = useState<string>();
  const [signal, setSignal] = useState<SignalKind>();
  const [typed, setTyped] = useState<Readonly<Record<string, string>>>({});
  const [applied, setApplied] = useState<Readonly<Record<string, string>>>({});

  useEffect(() => {
    const timer = setTimeout(() => setApplied(typed), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  const query = useMemo((): TableQuery => {
    const text: TextFilter[] = Object.entries(applied)
      .filter(([, value]) => value.trim() !== '')
      .map(([column, value]) => ({ column, text: value }));
    return {
      kind,
      sort,
      facets,
      text,
      ...(network === undefined ? {} : { network }),
      ...(signal === undefined ? {} : { signal }),
      ...(search ? { search } : {}),
    };
  }, [kind, sort, facets, applied, network, signal, search]);

  return {
    query,
    typed,
    setSort: (slot, desc) => setSortState({ slot, desc }),
    toggleFacet: (key) =>
      setFacets((all) => (all.includes(key) ? all.filter((k) => k !== key) : [...all, key])),
    setNetwork,
    setSignal,
    setFilter: (column, value) => setTyped((all) => ({ ...all, [column]: value })),
    clearFilters: () => {
      setFacets([]);
      setNetwork(undefined);
      setSignal(undefined);
      setTyped({});
      setApplied({});
    },
  };
}
