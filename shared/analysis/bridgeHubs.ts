/**
 * Hubs that a count cannot find. A marketplace's support e-mail on the rows of six storefronts of four different
 * operations is used by only six accounts — fewer than an operation's own phone — yet it is nobody's. Each shared
 * item is tested on the graph of strong pairs with just that item left out (leave-one-out). It is a hub when
 *
 * A. it is the only tie between networks that stand apart — all of:
 *    - its accounts fall into at least `bridgeHubMinGroups` groups,
 *    - at least two of them are networks in their own right (two or more storefronts or profiles: a company and
 *      the one storefront it runs are one actor, not a network),
 *    - no group holds more than `bridgeHubMaxShare` of its accounts (an operation's own phone, on its storefronts
 *      and one stray profile, is mostly inside one group),
 *    - it reaches those networks at scattered points: on average at most `bridgeHubMaxCoverage` of a network's
 *      storefronts use it. An operation whose two crews share nothing but their phone has that phone on every
 *      storefront of both; the support address is on one storefront of this operation and one of that.
 *    An account alone without the item counts with the network it leans to through its strongest other tie (a
 *    photo, a parcel), never through another account of the same item: two storefronts that both show the support
 *    e-mail and the support address must not vouch for each other.
 *
 * B. or it is a logistics address: its lone accounts receive parcels from at least `bridgeHubMinGroups` senders
 *    that stand apart. Consignees "c/o" a freight forwarder are each a name on one parcel; what they share is the
 *    forwarder's address, and the parcels come from unrelated operations.
 *
 * Three storefronts tied by nothing but one phone stay a network: none of them stands anywhere else.
 */
import { PARTY, type AccountItems, type ItemTable } from './items';
import type { AnalysisSettings } from './settings';
import { isStrong, type StrongGraph } from './strongGraph';

export type BridgeFinding = Readonly<{
  /** The item (index into the item table). */
  item: number;
  /** Groups its accounts fall into without it, and how many of those are networks of two or more. */
  groups: number;
  networks: number;
  /** Separate groups that sent parcels to its lone accounts (rule B). */
  senders: number;
}>;

export type BridgeContext = Readonly<{
  items: ItemTable;
  accountItems: AccountItems;
  /** 1 at the entity index of hubs folded so far: their ties do not count. */
  hubMask: Uint8Array;
  /** 1 at the entity index of shipments. */
  isParcel: Uint8Array;
  /**
   * 1 at storefronts and profiles (sellers, social accounts). A group stands on its own when it has two of them: a
   * company and the one storefront it runs are one actor's presence, not a network.
   */
  isStorefront: Uint8Array;
  settings: AnalysisSettings;
}>;

/** Work arrays reused from one candidate to the next, so testing a hundred thousand items allocates nothing. */
export type BridgeScratch = {
  /** Stamp per entity: the candidate whose member it is. */
  memberOf: Uint32Array;
  memberStrength: Float32Array;
  /** Per entity: the walk (BFS) that reached it; per walk, how many storefronts and profiles it reached. */
  walkOf: Uint32Array;
  walkSize: Map<number, number>;
  /** Per walk: how many of those storefronts and profiles use the candidate item themselves. */
  walkUsers: Map<number, number>;
  queue: Uint32Array;
  candidate: number;
  walk: number;
  budget: number;
};

export function createBridgeScratch(size: number): BridgeScratch {
  return {
    memberOf: new Uint32Array(size),
    memberStrength: new Float32Array(size),
    walkOf: new Uint32Array(size),
    walkSize: new Map(),
    walkUsers: new Map(),
    queue: new Uint32Array(size),
    candidate: 0,
    walk: 0,
    budget: 0,
  };
}

/** The group (walk id) of `root` without the candidate item, walking it if no walk of this candidate has yet. */
function groupOf(
  root: number,
  context: BridgeContext,
  graph: StrongGraph,
  scratch: BridgeScratch,
  since: number,
): number {
  const known = scratch.walkOf[root] ?? 0;
  if (known > since) return known;
  scratch.walk += 1;
  const walk = scratch.walk;
  const { memberOf, memberStrength, walkOf, queue, candidate } = scratch;
  const threshold = context.settings.strongThreshold;
  let standing = 0;
  let users = 0;
  walkOf[root] = walk;
  let head = 0;
  let tail = 0;
  queue[tail++] = root;
  while (head < tail) {
    const u = queue[head++] ?? 0;
    scratch.budget -= 1;
    standing += context.isStorefront[u] ?? 0;
    const uIsMember = memberOf[u] === candidate;
    if (uIsMember) users += context.isStorefront[u] ?? 0;
    for (let e = graph.offsets[u] ?? 0; e < (graph.offsets[u + 1] ?? 0); e++) {
      const v = graph.adjacent[e] ?? 0;
      if (walkOf[v] === walk) continue;
      let score = graph.score[e] ?? 0;
      // Without the item, a pair of its accounts loses what the item gave it: the weaker of the two ties.
      if (uIsMember && memberOf[v] === candidate)
        score -= Math.min(memberStrength[u] ?? 0, memberStrength[v] ?? 0);
      if (!isStrong(score, threshold)) continue;
      walkOf[v] = walk;
      queue[tail++] = v;
    }
  }
  scratch.walkSize.set(walk, standing);
  scratch.walkUsers.set(walk, users);
  return walk;
}

/**
 * The group a lone account leans to through its strongest other tie (a parcel, a photo), never through another
 * account of the candidate item: two storefronts that share the support address and the support e-mail must not
 * vouch for each other.
 */
function leaningOf(
  account: number,
  item: number,
  context: BridgeContext,
  graph: StrongGraph,
  scratch: BridgeScratch,
  since: number,
): number | undefined {
  const { items, accountItems, hubMask } = context;
  let best = 0;
  let bestGroup: number | undefined;
  for (let a = accountItems.offsets[account] ?? 0; a < (accountItems.offsets[account + 1] ?? 0); a++) {
    const slot = accountItems.slot[a] ?? 0;
    const other = items.owner[slot] ?? 0;
    if (other === item || hubMask[items.node[other] ?? 0] === 1) continue;
    const mine = items.strength[slot] ?? 0;
    for (let m = items.start[other] ?? 0; m < (items.start[other + 1] ?? 0); m++) {
      const v = items.member[m] ?? 0;
      if (v === account || scratch.memberOf[v] === scratch.candidate) continue;
      const tie = Math.min(mine, items.strength[m] ?? 0);
      if (tie <= best) continue;
      const group = groupOf(v, context, graph, scratch, since);
      if ((scratch.walkSize.get(group) ?? 0) < 2) continue;
      best = tie;
      bestGroup = group;
    }
  }
  return bestGroup;
}

/** The groups of everyone who sent parcels to this account (it is their consignee). */
function sendersOf(
  account: number,
  context: BridgeContext,
  graph: StrongGraph,
  scratch: BridgeScratch,
  since: number,
  into: Set<number>,
): void {
  const { items, accountItems, isParcel } = context;
  for (let a = accountItems.offsets[account] ?? 0; a < (accountItems.offsets[account + 1] ?? 0); a++) {
    const slot = accountItems.slot[a] ?? 0;
    const parcel = items.owner[slot] ?? 0;
    if (isParcel[items.node[parcel] ?? 0] !== 1 || items.party[slot] !== PARTY.receiver) continue;
    for (let m = items.start[parcel] ?? 0; m < (items.start[parcel + 1] ?? 0); m++) {
      const sender = items.member[m] ?? 0;
      if (items.party[m] !== PARTY.sender || scratch.memberOf[sender] === scratch.candidate) continue;
      into.add(groupOf(sender, context, graph, scratch, since));
    }
  }
}

/** Tests one item; undefined when it is not a hub (or the check ran out of budget, which keeps it). */
export function checkBridge(
  item: number,
  context: BridgeContext,
  graph: StrongGraph,
  scratch: BridgeScratch,
): BridgeFinding | undefined {
  const { items, settings } = context;
  const from = items.start[item] ?? 0;
  const to = items.start[item + 1] ?? 0;
  const members = to - from;
  if (settings.bridgeHubMinGroups <= 0 || members < 2) return undefined;
  scratch.candidate += 1;
  scratch.budget = settings.bridgeHubVisitBudget;
  scratch.walkSize.clear();
  scratch.walkUsers.clear();
  const since = scratch.walk;
  for (let m = from; m < to; m++) {
    const account = items.member[m] ?? 0;
    scratch.memberOf[account] = scratch.candidate;
    scratch.memberStrength[account] = items.strength[m] ?? 0;
  }
  const first = groupOf(items.member[from] ?? 0, context, graph, scratch, since);
  // Every account of the item is still together without it: an ordinary shared identifier.
  if (Array.from(items.member.subarray(from, to)).every((a) => scratch.walkOf[a] === first)) return undefined;
  const membersPerGroup = new Map<number, number>();
  /**
   * Who sends parcels to the item's lone accounts: a freight forwarder's address receives for unrelated senders
   * (consignees "c/o" the forwarder), and three of them make it a logistics hub, not anyone's own address.
   */
  const senderGroups = new Set<number>();
  for (let m = from; m < to; m++) {
    const account = items.member[m] ?? 0;
    let group = groupOf(account, context, graph, scratch, since);
    if ((scratch.walkSize.get(group) ?? 0) < 2) {
      group = leaningOf(account, item, context, graph, scratch, since) ?? group;
      sendersOf(account, context, graph, scratch, since, senderGroups);
    }
    membersPerGroup.set(group, (membersPerGroup.get(group) ?? 0) + 1);
    if (scratch.budget < 0) return undefined;
  }
  const groups = membersPerGroup.size;
  const standing = [...membersPerGroup.keys()].filter((g) => (scratch.walkSize.get(g) ?? 0) >= 2);
  const networks = standing.length;
  const largest = Math.max(...membersPerGroup.values());
  const spread = largest / members <= settings.bridgeHubMaxShare;
  // An operation's own phone is on all its storefronts; a support address lands on one here and one there.
  const coverage =
    standing.reduce((sum, g) => sum + (scratch.walkUsers.get(g) ?? 0) / (scratch.walkSize.get(g) ?? 1), 0) /
    Math.max(1, networks);
  const scattered = coverage <= settings.bridgeHubMaxCoverage;
  const minGroups = settings.bridgeHubMinGroups;
  const hub = (groups >= minGroups && networks >= 2 && spread && scattered) || senderGroups.size >= minGroups;
  return hub ? { item, groups, networks, senders: senderGroups.size } : undefined;
}
