/** Building drafts with ids that follow the model's deterministic rules. */
import { entityId, type EntityKind } from '../model';
import type { EntityDraft } from './types';

/** Separates key parts inside `key`, the same separator `entityId` uses. */
const PART_SEP = '\u001f';

export function entityDraft(
  kind: EntityKind,
  keyParts: readonly string[],
  properties: Readonly<Record<string, readonly (string | number)[]>>,
): EntityDraft {
  return { id: entityId(kind, ...keyParts), kind, key: keyParts.join(PART_SEP), properties };
}
