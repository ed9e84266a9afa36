/** A link to another entity's page, with its kind. */
import { Link } from 'wouter';
import { KINDS } from '@shared/model';
import type { EntityRef } from '@renderer/data/hooks/useEntity';
import { entityPath } from '@renderer/features/entities/entityPath';

export function EntityLink({ entity }: Readonly<{ entity: EntityRef }>) {
  return (
    <>
      <Link href={entityPath(entity.id)}>{entity.caption}</Link>{' '}
      <span className="badge badge--kind">{KINDS[entity.kind].label}</span>
    </>
  );
}
