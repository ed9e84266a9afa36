/**
 * Shared items: the things that can tie two accounts together, each with the accounts that touch it and how
 * strongly. An identifier is touched by the accounts that use or mention it; a product photo by the sellers whose
 * listings show it; a shipment by its parties. The strength of one account's tie is the item's weight for its kind
 * times the mentions factor when the account only names it in free text.
 */
import { CODE, IS_ACCOUNT_CODE, IS_IDENTIFIER_CODE, kindOfCode, LINK } from './codes';
import { linkRoleAt, type GraphIndex } from './graphIndex';
import { Growable } from './growable';
import type { AnalysisSettings } from './settings';

export type ItemTable = Readonly<{
  count: number;
  /** Entity index of item k. */
  node: Uint32Array;
  /** Members of item k are `member[start[k] .. start[k + 1]]`. */
  start: Uint32Array;
  member: Uint32Array;
  /** The item each member slot belongs to. */
  owner: Uint32Array;
  /** How strongly each member is tied to the item (a pair gets the weaker of its two ties). */
  strength: Float32Array;
  /** On a shipment: the member's part (see PARTY); 0 elsewhere. */
  party: Uint8Array;
}>;

/** A member's part in a parcel: it sent it (shipper, or the seller named on it) or received it (consignee). */
export const PARTY = { none: 0, sender: 1, receiver: 2 } as const;

/** The base weight of an identifier node, before the mentions factor: 0 when it cannot tell who someone is. */
export function identifierWeight(index: GraphIndex, node: number, settings: AnalysisSettings): number {
  const code = index.kinds[node] ?? 0;
  const kind = kindOfCode(code);
  if (kind === 'address') {
    // A "city, country" line says where, not who: an address with no number in it ties nobody.
    const key = index.ids[node] ?? '';
    if (!/\d/.test(key)) return settings.vagueAddressWeight;
  }
  return (settings.identifierWeights as Readonly<Record<string, number>>)[kind] ?? 0;
}

function partyOf(index: GraphIndex, link: number): number {
  const role = linkRoleAt(index, link)?.toLowerCase();
  if (role === 'consignee') return PARTY.receiver;
  return role === 'shipper' || role === 'seller' ? PARTY.sender : PARTY.none;
}

/**
 * Every item that at least two accounts touch. One pass over the adjacency; photos look one step further
 * (image <- listing <- seller). Items with a weight of 0 are left out: they can tie nothing.
 */
export function collectItems(index: GraphIndex, settings: AnalysisSettings): ItemTable {
  const { offsets, adjacent, adjacentLink, kinds, linkKinds } = index;
  const node = new Growable(Uint32Array);
  const start = new Growable(Uint32Array);
  start.push(0);
  const member = new Growable(Uint32Array);
  const owner = new Growable(Uint32Array);
  const strength = new Growable(Float32Array);
  const party = new Growable(Uint8Array);
  // Per account, the strongest tie to the current item; `seen` stamps which accounts the current item has touched.
  const best = new Float32Array(index.size);
  const partOf = new Uint8Array(index.size);
  const seen = new Uint32Array(index.size);
  const touched: number[] = [];
  let stamp = 0;

  const touch = (account: number, tie: number, part: number = PARTY.none): void => {
    if (tie <= 0) return;
    if (seen[account] !== stamp) {
      seen[account] = stamp;
      best[account] = tie;
      partOf[account] = part;
      touched.push(account);
    } else if (tie > (best[account] ?? 0)) {
      best[account] = tie;
    }
  };

  for (let i = 0; i < index.size; i++) {
    const code = kinds[i] ?? 0;
    const isShipment = code === CODE.shipment;
    if (IS_IDENTIFIER_CODE[code] !== 1 && !isShipment) continue;
    const weight = isShipment ? settings.shipmentWeight : identifierWeight(index, i, settings);
    const photoWeight = code === CODE.image ? settings.listingPhotoWeight : 0;
    if (weight <= 0 && photoWeight <= 0) continue;
    stamp += 1;
    touched.length = 0;
    for (let e = offsets[i] ?? 0; e < (offsets[i + 1] ?? 0); e++) {
      const other = adjacent[e] ?? 0;
      const linkKind = linkKinds[adjacentLink[e] ?? 0];
      const otherCode = kinds[other] ?? 0;
      if (IS_ACCOUNT_CODE[otherCode] === 1) {
        if (isShipment && linkKind === LINK.ships) touch(other, weight, partyOf(index, adjacentLink[e] ?? 0));
        else if (!isShipment && linkKind === LINK.uses) touch(other, weight);
        else if (!isShipment && linkKind === LINK.mentions) touch(other, weight * settings.mentionsFactor);
      } else if (photoWeight > 0 && otherCode === CODE.listing && linkKind === LINK.uses) {
        for (let f = offsets[other] ?? 0; f < (offsets[other + 1] ?? 0); f++) {
          const seller = adjacent[f] ?? 0;
          if (linkKinds[adjacentLink[f] ?? 0] === LINK.sells && IS_ACCOUNT_CODE[kinds[seller] ?? 0] === 1) {
            touch(seller, photoWeight);
          }
        }
      }
    }
    if (touched.length < 2) continue;
    const k = node.push(i);
    for (const account of touched) {
      member.push(account);
      owner.push(k);
      strength.push(best[account] ?? 0);
      party.push(partOf[account] ?? 0);
    }
    start.push(member.length);
  }
  return {
    count: node.length,
    node: node.toArray(),
    start: start.toArray(),
    member: member.toArray(),
    owner: owner.toArray(),
    strength: strength.toArray(),
    party: party.toArray(),
  };
}

/** The number of accounts item k touches. */
export function memberCount(items: ItemTable, k: number): number {
  return (items.start[k + 1] ?? 0) - (items.start[k] ?? 0);
}

/** The other direction: the items of each account, as CSR over entity indices (`slot` points into `member`). */
export type AccountItems = Readonly<{ offsets: Uint32Array; slot: Uint32Array }>;

export function itemsByAccount(items: ItemTable, size: number): AccountItems {
  const offsets = new Uint32Array(size + 1);
  for (const account of items.member) offsets[account + 1] = (offsets[account + 1] ?? 0) + 1;
  for (let i = 0; i < size; i++) offsets[i + 1] = (offsets[i + 1] ?? 0) + (offsets[i] ?? 0);
  const slot = new Uint32Array(items.member.length);
  const fill = offsets.slice(0, size);
  for (let s = 0; s < items.member.length; s++) {
    const account = items.member[s] ?? 0;
    slot[fill[account] ?? 0] = s;
    fill[account] = (fill[account] ?? 0) + 1;
  }
  return { offsets, slot };
}
