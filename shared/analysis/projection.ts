/**
 * The account projection: accounts (sellers, social accounts, people, organizations) joined by what they share.
 * Each shared item adds its weight to every pair of its accounts; a pair whose sum reaches the threshold is strong.
 * A direct `operates` link adds its own weight; `sameAs` links and confirmed decisions join unconditionally.
 *
 * Hubs are folded before anything is joined: an item with more accounts than `hubThreshold`, and an item whose
 * accounts fall apart into separate networks without it (bridgeHubs.ts). A folded hub adds no pair; it is listed so
 * the analyst sees what was folded and why.
 */
import { kindOfId, type EntityId, type EntityKind } from '../model';
import { checkBridge, createBridgeScratch, type BridgeFinding } from './bridgeHubs';
import { CODE, IS_ACCOUNT_CODE, LINK } from './codes';
import { readDecisions, type Decision, type DecisionBook } from './decision';
import { captionAt, idAt, type GraphIndex } from './graphIndex';
import { Growable } from './growable';
import { collectItems, itemsByAccount, memberCount, type ItemTable } from './items';
import { PairTable } from './pairTable';
import type { AnalysisSettings } from './settings';
import { buildStrongGraph, type StrongGraph } from './strongGraph';

export type Hub = Readonly<{
  id: EntityId;
  kind: EntityKind;
  value: string;
  /** How many accounts use it. */
  accounts: number;
  /** `count`: more accounts than the hub threshold; `bridge`: it alone ties groups that stand apart. */
  reason: 'count' | 'bridge';
  explanation: string;
}>;

export type Projection = Readonly<{
  index: GraphIndex;
  settings: AnalysisSettings;
  items: ItemTable;
  /** 1 at the entity index of every folded hub. */
  hubMask: Uint8Array;
  hubs: readonly Hub[];
  /** Summed weight of every pair of accounts, hubs left out. */
  pairs: PairTable;
  /** Pairs joined whatever their score (`sameAs`, confirmed decisions), flattened: a0, b0, a1, b1, … */
  joins: Uint32Array;
  strong: StrongGraph;
}>;

/** How many times the hub check runs: folding one hub can reveal another that only looked joined through it. */
const MAX_BRIDGE_ROUNDS = 4;

/** Every pair of the item's accounts gets the weaker of their two ties: added, subtracted, or as a floor (`max`). */
function addItemPairs(items: ItemTable, k: number, pairs: PairTable, how: 'add' | 'subtract' | 'max'): void {
  const from = items.start[k] ?? 0;
  const to = items.start[k + 1] ?? 0;
  for (let x = from; x < to; x++) {
    for (let y = x + 1; y < to; y++) {
      const tie = Math.min(items.strength[x] ?? 0, items.strength[y] ?? 0);
      const a = items.member[x] ?? 0;
      const b = items.member[y] ?? 0;
      if (how === 'max') pairs.max(a, b, tie);
      else pairs.add(a, b, how === 'add' ? tie : -tie);
    }
  }
}

/** `operates` adds its weight to the pair; `sameAs` between two accounts joins them. */
function addDirectLinks(
  index: GraphIndex,
  settings: AnalysisSettings,
  pairs: PairTable,
  joins: Growable<Uint32Array>,
): void {
  for (let l = 0; l < index.linkCount; l++) {
    const a = index.linkFrom[l] ?? 0;
    const b = index.linkTo[l] ?? 0;
    if (a === b) continue;
    if (IS_ACCOUNT_CODE[index.kinds[a] ?? 0] !== 1 || IS_ACCOUNT_CODE[index.kinds[b] ?? 0] !== 1) continue;
    const kind = index.linkKinds[l];
    if (kind === LINK.sameAs) {
      joins.push(a);
      joins.push(b);
    } else if (kind === LINK.operates && settings.operatesWeight > 0) {
      pairs.add(a, b, settings.operatesWeight);
    }
  }
}

function hubOf(
  index: GraphIndex,
  items: ItemTable,
  k: number,
  settings: AnalysisSettings,
  bridge?: BridgeFinding,
): Hub {
  const node = items.node[k] ?? 0;
  const id = idAt(index, node);
  const accounts = memberCount(items, k);
  const explanation =
    bridge === undefined
      ? `Used by ${accounts} accounts (more than ${settings.hubThreshold}): a shared service or a common value, not one actor's`
      : bridge.networks >= 2 && bridge.groups >= settings.bridgeHubMinGroups
        ? `Used by ${accounts} accounts that nothing else ties together: without it they fall into ${bridge.groups} ` +
          `separate groups, ${bridge.networks} of them networks of their own`
        : `Used by ${accounts} parcel recipients who receive from ${bridge.senders} unrelated senders: a forwarder's ` +
          "or a parcel service's address";
  return {
    id,
    kind: kindOfId(id),
    value: captionAt(index, node),
    accounts,
    reason: bridge === undefined ? 'count' : 'bridge',
    explanation,
  };
}

export function projectAccounts(
  index: GraphIndex,
  settings: AnalysisSettings,
  decisions: readonly Decision[] | DecisionBook = [],
): Projection {
  const items = collectItems(index, settings);
  const hubMask = new Uint8Array(index.size);
  const hubs: Hub[] = [];
  const pairs = new PairTable(items.member.length * 2);
  // Parcels between the same two parties are one business relationship however many there are: a freight
  // forwarder receiving ten parcels of two operations must not become one of them by volume alone.
  const relations = new PairTable(1024);
  const candidates: number[] = [];
  for (let k = 0; k < items.count; k++) {
    const node = items.node[k] ?? 0;
    if (memberCount(items, k) > settings.hubThreshold) {
      hubMask[node] = 1;
      hubs.push(hubOf(index, items, k, settings));
    } else if (index.kinds[node] === CODE.shipment) {
      addItemPairs(items, k, relations, 'max');
    } else {
      addItemPairs(items, k, pairs, 'add');
      candidates.push(k);
    }
  }
  relations.forEach((a, b, score) => pairs.add(a, b, score));
  const joins = new Growable(Uint32Array);
  addDirectLinks(index, settings, pairs, joins);
  const book = 'confirmed' in decisions ? decisions : readDecisions(decisions);
  for (const decision of book.confirmed) {
    const a = index.indexOf.get(decision.a);
    const b = index.indexOf.get(decision.b);
    if (a === undefined || b === undefined) continue;
    joins.push(a);
    joins.push(b);
  }
  const joined = joins.toArray();
  const threshold = settings.strongThreshold;
  let strong = buildStrongGraph(index.size, pairs, joined, threshold);
  const scratch = createBridgeScratch(index.size);
  const isParcel = index.kinds.map((code) => (code === CODE.shipment ? 1 : 0));
  const isStorefront = index.kinds.map((code) =>
    code === CODE.seller || code === CODE.socialAccount ? 1 : 0,
  );
  const accountItems = itemsByAccount(items, index.size);
  const context = { items, accountItems, hubMask, isParcel, isStorefront, settings };
  let open = candidates;
  for (let round = 0; round < MAX_BRIDGE_ROUNDS && settings.bridgeHubMinGroups > 0; round++) {
    const found: BridgeFinding[] = [];
    const rest: number[] = [];
    for (const k of open) {
      const finding = checkBridge(k, context, strong, scratch);
      if (finding) found.push(finding);
      else rest.push(k);
    }
    if (found.length === 0) break;
    for (const finding of found) {
      addItemPairs(items, finding.item, pairs, 'subtract');
      hubMask[items.node[finding.item] ?? 0] = 1;
      hubs.push(hubOf(index, items, finding.item, settings, finding));
    }
    strong = buildStrongGraph(index.size, pairs, joined, threshold);
    open = rest;
  }
  hubs.sort((x, y) => y.accounts - x.accounts || (x.id < y.id ? -1 : 1));
  return { index, settings, items, hubMask, hubs, pairs, joins: joined, strong };
}
