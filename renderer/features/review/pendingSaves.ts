/**
 * Annotation saves still in flight. The reviewer types and clicks "Export annotations" straight away: the file
 * must hold the comment just typed, so the export waits for these first.
 */
const pending = new Set<Promise<unknown>>();

export function trackSave<T>(save: Promise<T>): Promise<T> {
  pending.add(save);
  const done = () => pending.delete(save);
  save.then(done, done);
  return save;
}

/** Resolves once every save started so far has finished (failed ones included: they report themselves). */
export async function savesSettled(): Promise<void> {
  await Promise.allSettled([...pending]);
}

/** Comments being typed register how to save now, so the export can flush them without waiting for the pause. */
const flushers = new Set<() => void>();

export function registerFlush(flush: () => void): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export async function flushAndSettle(): Promise<void> {
  for (const flush of [...flushers]) flush();
  await savesSettled();
}
