/**
 * The facet panel of a table: each facet's values with how many records of the kind have them, read from the
 * facet index (distinct keys, then a count per key: IndexedDB counts without handing records to JavaScript).
 * Networks and signals come from the latest link analysis, for the account kinds it is about.
 */
import { FACET_LABELS, facetNamesOf, parseFacetKey, type FacetName } from '@shared/explore/facets';
import { SIGNAL_LABELS, type SignalKind } from '@shared/analysis';
import { KINDS, type EntityId, type EntityKind, type ImportId } from '@shared/model';
import type { CasegraphDb } from '../db';
import { countEntitiesWith, distinctKeys } from './indexCounts';
import { storedCount } from './storedCounts';
import {
  accountsWithSignal,
  DEFAULT_ANALYSIS,
  networkMemberIds,
  rankedNetworksWith,
} from './analysisResults';

export type FacetOption = Readonly<{
  /** A facet key (`listing|platform=ebay.de`), a network id or a signal kind. */
  key: string;
  label: string;
  count: number;
}>;

export type FacetGroup = Readonly<{
  facet: FacetName | 'network' | 'signal';
  label: string;
  options: readonly FacetOption[];
  /** Values left out of a long list (brands of a big scrape): the column filter finds them. */
  more: number;
}>;

/** Values per facet the panel lists, most frequent first. */
const MAX_OPTIONS = 40;
/** Beyond this many distinct values, counting each would take longer than it helps. */
const MAX_COUNTED = 400;

async function importLabels(db: CasegraphDb, ids: readonly string[]): Promise<Map<string, string>> {
  const records = await db.imports.bulkGet(ids as ImportId[]);
  return new Map(
    records.flatMap((r) => (r ? [[r.id, `${r.fileName} (${r.startedAt.slice(0, 10)})`] as const] : [])),
  );
}

export async function facetCounts(db: CasegraphDb, kind: EntityKind): Promise<FacetGroup[]> {
  const stored = await storedCount(db, `facets:${kind}`, () => countFacetValues(db, kind));
  return [...stored, ...(await analysisFacets(db, kind))];
}

async function countFacetValues(db: CasegraphDb, kind: EntityKind): Promise<FacetGroup[]> {
  const keys = await distinctKeys(db, 'entities', 'facets', `${kind}|`, `${kind}|\uffff`);
  const byFacet = new Map<FacetName, string[]>();
  for (const key of keys) {
    const parsed = parseFacetKey(key);
    if (parsed) byFacet.set(parsed.facet, [...(byFacet.get(parsed.facet) ?? []), key]);
  }
  const imports = await importLabels(
    db,
    (byFacet.get('import') ?? []).map((key) => parseFacetKey(key)?.value ?? ''),
  );
  const groups: FacetGroup[] = [];
  for (const facet of facetNamesOf(kind)) {
    const values = byFacet.get(facet) ?? [];
    if (values.length === 0) continue;
    // One value at a time, in steps (indexCounts.ts): the database answers one request at a time, and a count
    // walks its value's entries; asked all at once, or whole, they would queue ahead of the table's rows.
    const counted: FacetOption[] = [];
    for (const key of values.slice(0, MAX_COUNTED)) {
      const value = parseFacetKey(key)?.value ?? key;
      counted.push({
        key,
        label: facet === 'import' ? (imports.get(value) ?? value) : value,
        count: await countEntitiesWith(db, 'facets', key),
      });
    }
    counted.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    groups.push({
      facet,
      label: FACET_LABELS[facet],
      options: counted.slice(0, MAX_OPTIONS),
      more: values.length - Math.min(values.length, MAX_OPTIONS),
    });
  }
  return groups;
}

const ACCOUNT_GROUPS = new Set(['account', 'party']);

/** Networks (in rank order) and signals of the latest analysis that hold accounts of this kind. */
async function analysisFacets(db: CasegraphDb, kind: EntityKind): Promise<FacetGroup[]> {
  if (!ACCOUNT_GROUPS.has(KINDS[kind].group)) return [];
  const stored = await db.analyses.get(DEFAULT_ANALYSIS);
  if (!stored) return [];
  const { networksWithKind, signalAccounts } = stored.summary;
  const networks = await rankedNetworksWith(db, kind, MAX_OPTIONS);
  const signals = Object.entries(signalAccounts).flatMap(([key, count]) => {
    const [accountKind, signal] = key.split('|') as [string, SignalKind];
    return accountKind === kind ? [{ key: signal, label: SIGNAL_LABELS[signal], count }] : [];
  });
  const groups: FacetGroup[] = [];
  if (networks.length > 0)
    groups.push({
      facet: 'network',
      label: 'Network',
      options: networks.map(({ network, count }) => ({
        key: network.id,
        label: `#${network.rank} ${network.members[0]?.caption ?? network.id}`,
        count,
      })),
      more: Math.max(0, (networksWithKind[kind] ?? 0) - networks.length),
    });
  if (signals.length > 0) groups.push({ facet: 'signal', label: 'Signal', options: signals, more: 0 });
  return groups;
}

/** The ids a network or signal filter restricts a table to, from the latest analysis. */
export async function analysisRestriction(
  db: CasegraphDb,
  network: string | undefined,
  signal: SignalKind | undefined,
): Promise<ReadonlySet<EntityId> | undefined> {
  if (network === undefined && signal === undefined) return undefined;
  let ids: Set<EntityId> | undefined;
  if (network !== undefined) ids = new Set(await networkMemberIds(db, network));
  if (signal !== undefined) {
    const accounts = await accountsWithSignal(db, signal);
    ids = ids ? new Set([...ids].filter((id) => accounts.has(id))) : accounts;
  }
  return ids;
}
