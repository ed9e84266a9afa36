/** Long result lists render a page at a time: a million-entity store can have thousands of networks or signals. */
import { useState } from 'react';

const PAGE = 100;

export type Paged<T> = Readonly<{ items: readonly T[]; total: number; more: () => void }>;

export function usePaged<T>(all: readonly T[], page = PAGE): Paged<T> {
  const [shown, setShown] = useState(page);
  return { items: all.slice(0, shown), total: all.length, more: () => setShown(shown + page) };
}

/**
 * How many rows of a stored list to read and show, growing a page at a time; the list itself is read by the caller
 * (`useRankedNetworks(shown)`), so only the rows on screen ever leave the store.
 */
export function useShownCount(page = PAGE): readonly [number, () => void] {
  const [shown, setShown] = useState(page);
  return [shown, () => setShown((n) => n + page)];
}

export function ShowMore<T>({ paged, noun }: Readonly<{ paged: Paged<T>; noun: string }>) {
  if (paged.items.length >= paged.total) return null;
  return (
    <p>
      Showing {paged.items.length.toLocaleString()} of {paged.total.toLocaleString()} {noun}.{' '}
      <button type="button" className="button button--quiet" onClick={paged.more}>
        Show more
      </button>
    </p>
  );
}
