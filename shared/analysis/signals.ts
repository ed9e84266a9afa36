/**
 * Red flags on accounts, each with the listings or parcels behind it, so triage can say why:
 *
 * - underpriced: listings far under the rights holder's price for the same product (productMatch.ts), in the same
 *   currency, or converted at the analyst's own exchange rates (without one, a price in another currency is skipped
 *   rather than converted at a guessed rate);
 * - unauthorizedBrand: the seller lists brand X, X's rights holder published authorized resellers, and the seller
 *   is not one of them;
 * - youngAccount: an account created shortly before it carried many listings;
 * - seizure: the account's parcels, or its network's, were seized by customs.
 */
import type { EntityId } from '../model';
import { CODE, LINK } from './codes';
import { isoDay } from './entityFacts';
import { captionAt, idAt, type GraphIndex } from './graphIndex';
import type { NetworkSet } from './networks';
import { brandKey, createProductMatcher } from './productMatch';
import type { Projection } from './projection';

export type SignalKind = 'underpriced' | 'unauthorizedBrand' | 'youngAccount' | 'seizure';

/** How each signal is named wherever it is shown (lists, facets, entity pages). */
export const SIGNAL_LABELS: Readonly<Record<SignalKind, string>> = {
  underpriced: 'Far under the brand’s price',
  unauthorizedBrand: 'Brand without authorization',
  youngAccount: 'Young account, many listings',
  seizure: 'Seen in seizures',
};

export type SignalItem = Readonly<{ id: EntityId; caption: string; detail: string }>;

export type Signal = Readonly<{
  kind: SignalKind;
  account: EntityId;
  accountCaption: string;
  reason: string;
  /** The listings or parcels behind it (the first 20). */
  items: readonly SignalItem[];
  /** How many items there are in all. */
  count: number;
}>;

const MAX_ITEMS = 20;

function neighbours(index: GraphIndex, node: number, link: number, kind: number): number[] {
  const out: number[] = [];
  for (let e = index.offsets[node] ?? 0; e < (index.offsets[node + 1] ?? 0); e++) {
    const other = index.adjacent[e] ?? 0;
    if (index.linkKinds[index.adjacentLink[e] ?? 0] === link && index.kinds[other] === kind) out.push(other);
  }
  return out;
}

function signal(
  index: GraphIndex,
  kind: SignalKind,
  account: number,
  reason: string,
  items: SignalItem[],
): Signal {
  return {
    kind,
    account: idAt(index, account),
    accountCaption: captionAt(index, account),
    reason,
    items: items.slice(0, MAX_ITEMS),
    count: items.length,
  };
}

const money = (amount: number, currency: string): string => `${amount.toFixed(2)} ${currency}`;
const percent = (ratio: number): string => `${Math.round(ratio * 100)} %`;

/** A price in another currency, at the analyst's rates; undefined when she gave no rate for one of the two. */
function inCurrency(
  amount: number,
  from: string,
  to: string,
  rates: Readonly<Record<string, number>>,
): number | undefined {
  if (from === to) return amount;
  const fromRate = rates[from];
  const toRate = rates[to];
  if (fromRate === undefined || toRate === undefined || !(fromRate > 0) || !(toRate > 0)) return undefined;
  return (amount * fromRate) / toRate;
}

function priceSignals(projection: Projection, sellers: readonly number[]): Signal[] {
  const { index, settings } = projection;
  const { facts } = index;
  const match = createProductMatcher(index);
  const signals: Signal[] = [];
  for (const seller of sellers) {
    const items: SignalItem[] = [];
    for (const listing of neighbours(index, seller, LINK.sells, CODE.listing)) {
      const found = match(listing);
      if (!found) continue;
      const price = facts.amount[listing] ?? Number.NaN;
      const msrp = facts.amount[found.product] ?? Number.NaN;
      const currency = facts.pool.get(facts.currency[listing] ?? 0);
      const msrpCurrency = facts.pool.get(facts.currency[found.product] ?? 0);
      if (!(price > 0) || !(msrp > 0) || currency === undefined || msrpCurrency === undefined) continue;
      const converted = inCurrency(price, currency, msrpCurrency, settings.signals.exchangeRates);
      if (converted === undefined) continue;
      const ratio = converted / msrp;
      if (ratio >= settings.signals.underpricedRatio) continue;
      const shown =
        currency === msrpCurrency
          ? money(price, currency)
          : `${money(price, currency)} (${money(converted, msrpCurrency)} at your rate)`;
      items.push({
        id: idAt(index, listing),
        caption: captionAt(index, listing),
        detail: `${shown} against ${money(msrp, msrpCurrency)} for ${captionAt(index, found.product)} (${percent(ratio)}; matched by ${found.by})`,
      });
    }
    if (items.length === 0) continue;
    const reason = `${items.length} listing${items.length === 1 ? '' : 's'} under ${percent(settings.signals.underpricedRatio)} of the rights holder's price`;
    signals.push(signal(index, 'underpriced', seller, reason, items));
  }
  return signals;
}

function brandSignals(projection: Projection, sellers: readonly number[]): Signal[] {
  const { index } = projection;
  const { facts } = index;
  // Brand -> the sellers its rights holder authorized; a brand with no list published says nothing.
  const authorized = new Map<string, Set<number>>();
  for (const [seller, brands] of facts.authorizedBrands) {
    for (const brand of brands) {
      const key = brandKey(brand);
      authorized.set(key, (authorized.get(key) ?? new Set()).add(seller));
    }
  }
  if (authorized.size === 0) return [];
  const signals: Signal[] = [];
  for (const seller of sellers) {
    const items: SignalItem[] = [];
    const brands = new Set<string>();
    for (const listing of neighbours(index, seller, LINK.sells, CODE.listing)) {
      const brand = facts.pool.get(facts.brand[listing] ?? 0);
      const list = brand === undefined ? undefined : authorized.get(brandKey(brand));
      if (brand === undefined || list === undefined || list.has(seller)) continue;
      brands.add(brand);
      items.push({
        id: idAt(index, listing),
        caption: captionAt(index, listing),
        detail: `${brand}: not on the rights holder's list of ${list.size} authorized reseller${list.size === 1 ? '' : 's'}`,
      });
    }
    if (items.length === 0) continue;
    const reason = `Lists ${[...brands].join(', ')} without being an authorized reseller (${items.length} listing${items.length === 1 ? '' : 's'})`;
    signals.push(signal(index, 'unauthorizedBrand', seller, reason, items));
  }
  return signals;
}

function youngAccountSignals(projection: Projection, sellers: readonly number[]): Signal[] {
  const { index, settings } = projection;
  const { facts } = index;
  const signals: Signal[] = [];
  for (const seller of sellers) {
    const created = facts.createdDay[seller] ?? Number.NaN;
    if (!Number.isFinite(created)) continue;
    const listings = neighbours(index, seller, LINK.sells, CODE.listing);
    if (listings.length < settings.signals.youngAccountListings) continue;
    const newest = Math.max(...listings.map((l) => facts.lastDay[l] ?? Number.NaN).filter(Number.isFinite));
    if (!Number.isFinite(newest) || newest - created >= settings.signals.youngAccountDays) continue;
    const items = listings.map((l) => ({
      id: idAt(index, l),
      caption: captionAt(index, l),
      detail: `seen ${isoDay(facts.firstDay[l] ?? Number.NaN) ?? 'on an unknown day'}`,
    }));
    const reason = `Created ${isoDay(created) ?? ''}, ${Math.round(newest - created)} days before its newest of ${listings.length} listings`;
    signals.push(signal(index, 'youngAccount', seller, reason, items));
  }
  return signals;
}

function seizureItem(index: GraphIndex, shipment: number): SignalItem {
  const { facts } = index;
  const day = isoDay(facts.lastDay[shipment] ?? Number.NaN);
  return {
    id: idAt(index, shipment),
    caption: captionAt(index, shipment),
    detail: `seized${day === undefined ? '' : ` ${day}`} (${facts.seizureId.get(shipment) ?? ''})`,
  };
}

function seizureSignals(projection: Projection, networks: NetworkSet): Signal[] {
  const { index } = projection;
  const seized = (account: number): number[] =>
    neighbours(index, account, LINK.ships, CODE.shipment).filter((s) => index.facts.seizureId.has(s));
  const signals: Signal[] = [];
  const flagged = new Set<number>();
  for (let account = 0; account < index.size; account++) {
    const own = seized(account);
    if (own.length === 0) continue;
    flagged.add(account);
    const reason =
      own.length === 1
        ? 'One of its parcels was seized by customs'
        : `${own.length} of its parcels were seized by customs`;
    signals.push(
      signal(
        index,
        'seizure',
        account,
        reason,
        own.map((s) => seizureItem(index, s)),
      ),
    );
  }
  // The storefronts of a network whose parties' parcels were seized: the seizure is theirs too.
  const byNetwork = new Map<number, number[]>();
  for (const account of flagged) {
    const network = networks.networkOf[account] ?? -1;
    if (network >= 0) byNetwork.set(network, [...(byNetwork.get(network) ?? []), ...seized(account)]);
  }
  for (const [position, shipments] of byNetwork) {
    const network = networks.networks[position];
    if (!network) continue;
    const unique = [...new Set(shipments)];
    for (const member of network.members) {
      const account = index.indexOf.get(member.id);
      if (account === undefined || flagged.has(account) || index.kinds[account] !== CODE.seller) continue;
      const reason = `Its network (${network.size} accounts) had ${unique.length} parcel${unique.length === 1 ? '' : 's'} seized by customs`;
      signals.push(
        signal(
          index,
          'seizure',
          account,
          reason,
          unique.map((s) => seizureItem(index, s)),
        ),
      );
    }
  }
  return signals;
}

export function findSignals(projection: Projection, networks: NetworkSet): Signal[] {
  const { index } = projection;
  const sellers: number[] = [];
  for (let i = 0; i < index.size; i++) if (index.kinds[i] === CODE.seller) sellers.push(i);
  return [
    ...seizureSignals(projection, networks),
    ...priceSignals(projection, sellers),
    ...brandSignals(projection, sellers),
    ...youngAccountSignals(projection, sellers),
  ];
}
