/**
 * Keeps generated values unique where the world needs them to be (seller ids, honest sellers' e-mails and phones):
 * an accidental collision would plant a link that the truth does not know about.
 */
export type Registry = Readonly<{
  /** Claims `kind:key`; false when it was already taken. */
  claim(kind: string, key: string): boolean;
  has(kind: string, key: string): boolean;
}>;

export function createRegistry(): Registry {
  const taken = new Set<string>();
  return {
    claim: (kind, key) => {
      const id = `${kind}\u001f${key}`;
      if (taken.has(id)) return false;
      taken.add(id);
      return true;
    },
    has: (kind, key) => taken.has(`${kind}\u001f${key}`),
  };
}

/** Makes values until one is free; `attempt` lets `make` widen its space (append digits) after collisions. */
export function unique<T extends Readonly<{ key: string }>>(
  registry: Registry,
  kind: string,
  make: (attempt: number) => T,
): T {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const value = make(attempt);
    if (registry.claim(kind, value.key)) return value;
  }
  throw new Error(`Could not make a unique ${kind}`);
}
