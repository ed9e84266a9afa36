/**
 * The overview's few largest networks from the last link analysis: the report's own triage order (rank 1 first),
 * each with a one-line account of the identifiers holding it together.
 */
import type { Network, NetworkTie } from '../analysis';
import { KINDS } from '../model';

export type NetworkHighlight = Readonly<{
  id: string;
  rank: number;
  /** Accounts in the network. */
  size: number;
  listings: number;
  seizures: number;
  /** Shared identifiers in the network, all of them (the summary names only the first few). */
  tieCount: number;
  /** The strongest ties in a few words, e.g. `billing@x.example (E-mail, 4), +49 30 1234 (Phone, 3) and 5 more`. */
  heldBy: string;
}>;

/** Long values (URLs, photo hashes) are cut so one tie never fills the line. */
export function shorten(value: string, max = 32): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

/** A photo's value is its hash: a few characters tell two apart, the rest is noise on the overview. */
const PHOTO_CHARS = 12;

/** Ties come sorted by how many members they touch, so the first ones are the ones that matter most. */
export function describeTies(ties: readonly NetworkTie[], shown = 2): string {
  if (ties.length === 0)
    return 'no shared identifier: joined by shipments, ownership or an analyst’s decision';
  const head = ties
    .slice(0, shown)
    .map(
      (tie) =>
        `${shorten(tie.value, tie.kind === 'image' ? PHOTO_CHARS : undefined)} (${KINDS[tie.kind].label}, ${tie.members})`,
    )
    .join(', ');
  const rest = ties.length - shown;
  return rest > 0 ? `${head} and ${rest.toLocaleString('en')} more` : head;
}

export function topNetworks(networks: readonly Network[], limit = 5): NetworkHighlight[] {
  return [...networks]
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((network) => ({
      id: network.id,
      rank: network.rank,
      size: network.size,
      listings: network.listings,
      seizures: network.seizures,
      tieCount: network.ties.length,
      heldBy: describeTies(network.ties),
    }));
}
