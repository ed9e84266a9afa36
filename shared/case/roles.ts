/** The part an entity plays in a case, and the part it is given when nobody says. */
import { KINDS, kindOfId, type EntityId, type EntityKind, type SubjectRole } from '../model';
import { assertNever } from '../assertNever';

export const ROLE_LABELS: Readonly<Record<SubjectRole, string>> = {
  subject: 'Subject',
  associate: 'Associate',
  victimBrand: 'Victim brand',
  witness: 'Witness',
};

/**
 * Accounts, parties, listings and shipments are what a case is about (subjects); identifiers (an e-mail, a phone)
 * tie subjects together (associates); a product is the brand owner's, whose goods are copied (victim brand). The
 * investigator changes any of them in the case workspace.
 */
export function defaultRole(kind: EntityKind): SubjectRole {
  const group = KINDS[kind].group;
  switch (group) {
    case 'account':
    case 'party':
    case 'logistics':
      return 'subject';
    case 'commerce':
      return kind === 'product' ? 'victimBrand' : 'subject';
    case 'identifier':
      return 'associate';
    default:
      return assertNever(group);
  }
}

export function defaultRoleOf(id: EntityId): SubjectRole {
  const kind = kindOfId(id);
  return kind in KINDS ? defaultRole(kind) : 'subject';
}
