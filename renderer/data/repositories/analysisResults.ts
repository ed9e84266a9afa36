/**
 * Reading a stored analysis a few records at a time: a page of networks by rank, a page of signals, the network an
 * entity belongs to, the members behind a facet. Nothing here reads the whole report.
 */
import type { Network, Signal, SignalKind, StoredNetwork, StoredSignal } from '@shared/analysis';
import type { EntityId } from '@shared/model';
import type { CasegraphDb } from '../db';

export const DEFAULT_ANALYSIS = 'default';

const fromStored = ({ analysisId: _a, memberIds: _m, ...network }: StoredNetwork): Network => network;
const signalOf = ({ analysisId: _a, seq: _s, ...signal }: StoredSignal): Signal => signal;

/** Networks ranked `offset + 1` to `offset + limit`, in rank order. */
export async function readNetworkPage(
  db: CasegraphDb,
  offset: number,
  limit: number,
  analysisId = DEFAULT_ANALYSIS,
): Promise<Network[]> {
  const rows = await db.analysisNetworks
    .where('[analysisId+rank]')
    .between([analysisId, offset + 1], [analysisId, offset + limit], true, true)
    .toArray();
  return rows.map(fromStored);
}

export async function readNetwork(
  db: CasegraphDb,
  networkId: string,
  analysisId = DEFAULT_ANALYSIS,
): Promise<Network | undefined> {
  const row = await db.analysisNetworks.where('[analysisId+id]').equals([analysisId, networkId]).first();
  return row && fromStored(row);
}

/** The network this entity is a member of in the run, if any. */
export async function networkOfEntity(
  db: CasegraphDb,
  id: EntityId,
  analysisId = DEFAULT_ANALYSIS,
): Promise<Network | undefined> {
  const rows = await db.analysisNetworks.where('memberIds').equals(id).toArray();
  const row = rows.find((r) => r.analysisId === analysisId);
  return row && fromStored(row);
}

export async function networkMemberIds(
  db: CasegraphDb,
  networkId: string,
  analysisId = DEFAULT_ANALYSIS,
): Promise<readonly EntityId[]> {
  const row = await db.analysisNetworks.where('[analysisId+id]').equals([analysisId, networkId]).first();
  return row?.memberIds ?? [];
}

/** A page of signals in the report's order, of one kind or of every kind. */
export async function readSignalPage(
  db: CasegraphDb,
  kind: SignalKind | undefined,
  offset: number,
  limit: number,
  analysisId = DEFAULT_ANALYSIS,
): Promise<Signal[]> {
  const rows =
    kind === undefined
      ? db.analysisSignals.where('[analysisId+seq]').between([analysisId, -Infinity], [analysisId, Infinity])
      : db.analysisSignals.where('[analysisId+kind]').equals([analysisId, kind]);
  // The compound kind index is ordered by primary key within a kind, which is the report's order.
  return (await rows.offset(offset).limit(limit).toArray()).map(signalOf);
}

export async function signalsOfAccount(
  db: CasegraphDb,
  id: EntityId,
  analysisId = DEFAULT_ANALYSIS,
): Promise<Signal[]> {
  const rows = await db.analysisSignals.where('account').equals(id).toArray();
  return rows.filter((r) => r.analysisId === analysisId).map(signalOf);
}

export async function accountsWithSignal(
  db: CasegraphDb,
  kind: SignalKind,
  analysisId = DEFAULT_ANALYSIS,
): Promise<Set<EntityId>> {
  const rows = await db.analysisSignals.where('[analysisId+kind]').equals([analysisId, kind]).toArray();
  return new Set(rows.map((r) => r.account));
}

/**
 * The first `limit` networks (by rank) with a member of `kind`, with how many such members each has: a scan by
 * rank that stops as soon as it has enough, so the facet of a big run reads a few hundred records.
 */
export async function rankedNetworksWith(
  db: CasegraphDb,
  kind: string,
  limit: number,
  analysisId = DEFAULT_ANALYSIS,
): Promise<{ network: Network; count: number }[]> {
  const found: { network: Network; count: number }[] = [];
  await db.analysisNetworks
    .where('[analysisId+rank]')
    .between([analysisId, -Infinity], [analysisId, Infinity])
    .until(() => found.length >= limit)
    .each((row) => {
      const count = row.members.filter((m) => m.kind === kind).length;
      if (count > 0) found.push({ network: fromStored(row), count });
    });
  return found;
}
