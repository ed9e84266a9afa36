/** Where an entity's page and a kind's table live in the app's routes (ids are encoded: they hold `:` and `␟`). */
import type { EntityId, EntityKind } from '@shared/model';

export const entityPath = (id: EntityId): string => `/entity/${encodeURIComponent(id)}`;

export const tablePath = (kind: EntityKind, search?: string): string =>
  search && search.trim() !== ''
    ? `/entities/${kind}/search/${encodeURIComponent(search.trim())}`
    : `/entities/${kind}`;
