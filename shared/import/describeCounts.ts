/**
 * "12 sellers, 30 phones, 41 links": what an import brought, in words. The app's import list and `check-file`'s
 * consumers (and the e2e test comparing them) use this one wording.
 */
import { ENTITY_KINDS, KINDS } from '../model';

/** Counts keyed by entity kind, plus `link:<kind>` for links (the shape import records keep). */
export type ImportCounts = Readonly<Record<string, number>>;

export function describeCounts(counts: ImportCounts): string {
  const parts: string[] = [];
  // Kinds in the model's order, so the same counts always read the same whatever order they were counted in.
  for (const kind of ENTITY_KINDS) {
    const n = counts[kind] ?? 0;
    if (n === 0) continue;
    parts.push(
      `${n.toLocaleString('en')} ${(n === 1 ? KINDS[kind].label : KINDS[kind].plural).toLowerCase()}`,
    );
  }
  const links = Object.entries(counts)
    .filter(([kind]) => kind.startsWith('link:'))
    .reduce((sum, [, n]) => sum + n, 0);
  if (links > 0) parts.push(`${links.toLocaleString('en')} link${links === 1 ? '' : 's'}`);
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}

/** The same counts from a `check-file` report's `entities` and `links`. */
export function countsFromReport(
  entities: Readonly<Record<string, number>>,
  links: Readonly<Record<string, number>>,
): ImportCounts {
  return {
    ...entities,
    ...Object.fromEntries(Object.entries(links).map(([kind, n]) => [`link:${kind}`, n])),
  };
}
