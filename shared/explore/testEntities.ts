/** Entities for the explore tests, built the way an import builds them (merge, so index fields are computed). */
import type { EntityKind, ImportId, EvidenceId, Entity } from '../model';
import { entityDraft } from '../import/draft';
import { mergeEntity } from '../import/merge';

export const IMPORT_A = 'imp-sellers-2026-11' as ImportId;
export const IMPORT_B = 'imp-listings-2026-11' as ImportId;

export function entityOf(
  kind: EntityKind,
  key: readonly string[],
  properties: Readonly<Record<string, readonly (string | number)[]>>,
  options: Readonly<{ importId?: ImportId; row?: number; at?: string }> = {},
): Entity {
  const source = {
    importId: options.importId ?? IMPORT_A,
    evidenceId: 'e'.repeat(64) as EvidenceId,
    locator: { row: options.row ?? 2 },
  };
  return mergeEntity(
    undefined,
    entityDraft(kind, key, properties),
    source,
    options.at ?? '2026-11-20T10:00:00.000Z',
  );
}
