/** The search box's answer, asked of the explore worker as the investigator types (the latest question wins). */
import { useEffect, useState } from 'react';
import type { SearchResult } from '../repositories/search';
import { runSearch } from '../workers/exploreClient';
import { useStoreVersion } from './useStoreVersion';

export type { SearchResult, SearchHit, SearchGroup } from '../repositories/search';

export type SearchState = Readonly<{
  result: SearchResult | undefined;
  ms: number | undefined;
  /** The answer shown is for an earlier text (the new one is on its way). */
  busy: boolean;
}>;

type Answer = Readonly<{ tag: string; result: SearchResult; ms: number | undefined }>;

export function useSearch(text: string, perKind = 5): SearchState {
  const version = useStoreVersion();
  const [answer, setAnswer] = useState<Answer>();
  const tag = `${text}@${String(version)}`;
  useEffect(() => {
    if (text.trim() === '' || version === undefined) return undefined;
    let latest = true;
    runSearch(text, perKind).then(
      ({ result, ms }) => {
        if (latest) setAnswer({ tag, result, ms });
      },
      () => {
        if (latest) setAnswer({ tag, result: { query: text, groups: [] }, ms: undefined });
      },
    );
    return () => {
      latest = false;
    };
  }, [text, perKind, version, tag]);
  if (text.trim() === '') return { result: undefined, ms: undefined, busy: false };
  return { result: answer?.result, ms: answer?.ms, busy: answer?.tag !== tag };
}
