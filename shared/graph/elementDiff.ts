/**
 * What changed between the definitions Cytoscape was last brought to and the new ones, by identity: the element
 * mapper (elementMapper in elements.ts) hands back the same definition object for what did not change, so a
 * dragged node is one definition to apply rather than thirty thousand to compare.
 */
import type { ElementDefinition } from 'cytoscape';

export type ElementDiff = Readonly<{
  /** New definition objects: elements added or changed. */
  changed: readonly ElementDefinition[];
  /** Ids drawn before and no longer wanted. */
  removed: readonly string[];
  /** Something came or went (not only changed in place). */
  structural: boolean;
}>;

const idOf = (definition: ElementDefinition): string => definition.data.id as string;

export function diffElements(
  before: ReadonlyMap<string, ElementDefinition>,
  elements: readonly ElementDefinition[],
): ElementDiff {
  const changed: ElementDefinition[] = [];
  let stillThere = 0;
  for (const definition of elements) {
    const previous = before.get(idOf(definition));
    if (previous !== undefined) stillThere += 1;
    if (previous !== definition) changed.push(definition);
  }
  // every earlier element still wanted: no set of ids to build
  const wanted = stillThere === before.size ? undefined : new Set(elements.map(idOf));
  const removed = wanted ? [...before.keys()].filter((id) => !wanted.has(id)) : [];
  return { changed, removed, structural: removed.length > 0 || stillThere !== elements.length };
}
