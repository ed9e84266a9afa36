/**
 * Small integer codes for entity and link kinds, so the index can keep one byte per entity and per link instead of
 * a string. The order follows the model's tables; codes never leave the process (reports carry kind names).
 */
import { ENTITY_KINDS, KINDS, LINK_KINDS, type EntityKind, type LinkKind } from '../model';

export const LINK_KIND_LIST = Object.keys(LINK_KINDS) as LinkKind[];

const ENTITY_CODES = new Map<EntityKind, number>(ENTITY_KINDS.map((kind, code) => [kind, code]));
const LINK_CODES = new Map<LinkKind, number>(LINK_KIND_LIST.map((kind, code) => [kind, code]));

export function kindCode(kind: EntityKind): number {
  const code = ENTITY_CODES.get(kind);
  if (code === undefined) throw new Error(`Unknown entity kind ${kind}`);
  return code;
}

export function kindOfCode(code: number): EntityKind {
  const kind = ENTITY_KINDS[code];
  if (kind === undefined) throw new Error(`Unknown entity kind code ${code}`);
  return kind;
}

export function linkCode(kind: LinkKind): number {
  const code = LINK_CODES.get(kind);
  if (code === undefined) throw new Error(`Unknown link kind ${kind}`);
  return code;
}

export function linkKindOfCode(code: number): LinkKind {
  const kind = LINK_KIND_LIST[code];
  if (kind === undefined) throw new Error(`Unknown link kind code ${code}`);
  return kind;
}

/** Per entity-kind code: 1 when the kind is an account or a party (what networks are made of). */
export const IS_ACCOUNT_CODE: Uint8Array = Uint8Array.from(ENTITY_KINDS, (kind) => {
  const group = KINDS[kind].group;
  return group === 'account' || group === 'party' ? 1 : 0;
});

/** Per entity-kind code: 1 for identifier kinds (the shared nodes). */
export const IS_IDENTIFIER_CODE: Uint8Array = Uint8Array.from(ENTITY_KINDS, (kind) =>
  KINDS[kind].group === 'identifier' ? 1 : 0,
);

export const CODE = {
  seller: kindCode('seller'),
  socialAccount: kindCode('socialAccount'),
  person: kindCode('person'),
  organization: kindCode('organization'),
  listing: kindCode('listing'),
  product: kindCode('product'),
  shipment: kindCode('shipment'),
  address: kindCode('address'),
  image: kindCode('image'),
  email: kindCode('email'),
} as const;

export const LINK = {
  sells: linkCode('sells'),
  uses: linkCode('uses'),
  mentions: linkCode('mentions'),
  operates: linkCode('operates'),
  ships: linkCode('ships'),
  sameAs: linkCode('sameAs'),
  similar: linkCode('similar'),
} as const;
