/**
 * A `blob:` URL for a Blob, revoked when the Blob changes or the component goes away, so previews opened and
 * closed all day do not keep every image they showed in memory.
 */
import { useEffect, useState } from 'react';

export function useObjectUrl(blob: Blob): string | undefined {
  const [entry, setEntry] = useState<{ blob: Blob; url: string }>();

  useEffect(() => {
    const url = URL.createObjectURL(blob);
    // Published from a microtask so the effect itself never sets state synchronously (a cascading render).
    let live = true;
    void Promise.resolve().then(() => {
      if (live) setEntry({ blob, url });
    });
    return () => {
      live = false;
      URL.revokeObjectURL(url);
    };
  }, [blob]);

  return entry?.blob === blob ? entry.url : undefined;
}
