/**
 * A value loaded asynchronously for a key (an evidence id, a Blob), with its loading and failed states. A newer
 * key wins: an answer for a key the component no longer shows is dropped, and the old load is told to stop.
 */
import { useEffect, useEffectEvent, useState } from 'react';

export type Loaded<T> =
  | Readonly<{ status: 'loading' }>
  | Readonly<{ status: 'ready'; value: T }>
  | Readonly<{ status: 'failed'; message: string }>;

const LOADING: Loaded<never> = { status: 'loading' };

export function useLoaded<K, T>(key: K, load: (key: K, signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ key: K; loaded: Loaded<T> }>();
  const start = useEffectEvent((forKey: K, signal: AbortSignal) => load(forKey, signal));

  useEffect(() => {
    const controller = new AbortController();
    start(key, controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) setState({ key, loaded: { status: 'ready', value } });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          key,
          loaded: { status: 'failed', message: error instanceof Error ? error.message : String(error) },
        });
      },
    );
    return () => controller.abort();
  }, [key]);

  return state !== undefined && Object.is(state.key, key) ? state.loaded : LOADING;
}
