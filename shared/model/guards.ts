/** Type guards over kinds, in one place so the rest of the code never compares group strings itself. */
import type { AccountKind, Entity, IdentifierKind } from './entity';
import { KINDS, type EntityKind } from './kinds';
import { LINK_KINDS, type LinkKind } from './link';

export function isEntityKind(value: string): value is EntityKind {
  return Object.hasOwn(KINDS, value);
}

export function isLinkKind(value: string): value is LinkKind {
  return Object.hasOwn(LINK_KINDS, value);
}

/** Identifiers are the shared nodes (e-mail, phone, payment account…) that connect accounts. */
export function isIdentifierKind(kind: EntityKind): kind is IdentifierKind {
  return KINDS[kind].group === 'identifier';
}

/** Accounts and parties are what link analysis groups into operations. */
export function isAccountKind(kind: EntityKind): kind is AccountKind {
  const group = KINDS[kind].group;
  return group === 'account' || group === 'party';
}

export function isIdentifier(entity: Entity): entity is Extract<Entity, { kind: IdentifierKind }> {
  return isIdentifierKind(entity.kind);
}
