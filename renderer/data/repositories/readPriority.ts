/**
 * Reads someone is waiting for come before counts nobody is. The database answers one request at a time, so a
 * table's page read while the facet counts are being taken (right after an import, at a million listings, for
 * half a minute) waited behind a counting step at each of its requests. Within one context (the explore worker),
 * a read marked as wanted now holds the background counts back until it is answered; the counts go on between.
 */
let reading = 0;
let waiting: (() => void)[] = [];

/** Runs a read someone is waiting for; background work pauses until no such read is in flight. */
export async function foregroundRead<T>(read: () => Promise<T>): Promise<T> {
  reading += 1;
  try {
    return await read();
  } finally {
    reading -= 1;
    if (reading === 0) {
      const resume = waiting;
      waiting = [];
      for (const go of resume) go();
    }
  }
}

/** Resolves when no read someone waits for is in flight: background work awaits it before each step. */
export function backgroundTurn(): Promise<void> {
  return reading === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
}
