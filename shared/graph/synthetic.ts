/**
 * A generated link chart for the graph benchmark: `nodes` entities and `2 × nodes` links, shaped like a large
 * investigation seen on one chart — operations of a few dozen storefronts and social accounts around the e-mails,
 * phones, payment accounts and addresses they share, with a few ties between operations. Real `Entity` and `Link`
 * records, so the benchmark goes through the same store reads as an investigator's chart. No identifier reaches the
 * hub threshold, so nothing is folded away and both layouts get the same graph. Same size and seed, same records.
 */
import { createRandom } from '../demo/random';
import { withIndexFields } from '../explore/indexFields';
import {
  entityId,
  linkId,
  type Entity,
  type EntityId,
  type EntityKind,
  type Link,
  type LinkKind,
} from '../model';

export type SyntheticGraph = Readonly<{ entities: readonly Entity[]; links: readonly Link[] }>;

const ACCOUNT_KINDS = ['seller', 'seller', 'socialAccount'] as const;
const IDENTIFIER_KINDS = ['email', 'phone', 'paymentAccount', 'address', 'domain'] as const;
/** Entities per operation: small enough that an operation reads as one cluster. */
const OPERATION_SIZE = 40;
const NOW = '2026-01-01T00:00:00.000Z';

function record(kind: EntityKind, key: string, props: Readonly<Record<string, string>>): Entity {
  return withIndexFields({
    id: entityId(kind, key),
    kind,
    key,
    properties: Object.fromEntries(
      Object.entries(props).map(([prop, value]) => [prop, [{ value, sources: [] }]]),
    ),
    sources: [],
    importIds: [],
    sortName: '',
    sortTime: '',
    sortNumber: 0,
    facets: [],
    terms: [],
    termsByName: [],
    tags: [],
    createdAt: NOW,
    updatedAt: NOW,
  });
}

export function syntheticGraph(nodes: number, seed = 7): SyntheticGraph {
  const random = createRandom(seed, 'graph-bench');
  const entities: Entity[] = [];
  const accounts: EntityId[][] = [];
  const identifiers: EntityId[][] = [];
  for (let i = 0; i < nodes; i++) {
    const operation = Math.floor(i / OPERATION_SIZE);
    // two in five of an operation are accounts, the rest what they share
    const isAccount = i % 5 < 2;
    let entity: Entity;
    if (isAccount) {
      const kind = ACCOUNT_KINDS[i % ACCOUNT_KINDS.length] ?? 'seller';
      const day = `202${random.int(2, 5)}-0${random.int(1, 9)}-1${random.int(0, 9)}`;
      entity =
        kind === 'seller'
          ? record('seller', `bench.example\u001fS${i}`, {
              storefrontName: `Store ${i}`,
              createdAt: day,
            })
          : record('socialAccount', `bench.social\u001fu${i}`, { handle: `@shop${i}`, createdAt: day });
      (accounts[operation] ??= []).push(entity.id);
    } else {
      const kind = IDENTIFIER_KINDS[i % IDENTIFIER_KINDS.length] ?? 'email';
      const value =
        kind === 'email'
          ? `sales${i}@shop${operation}.example`
          : kind === 'phone'
            ? `+4915${String(100000000 + i)}`
            : kind === 'paymentAccount'
              ? `DE${String(10 ** 19 + i * 7919)}`
              : kind === 'domain'
                ? `shop${i}.example`
                : `${i} Market Street, Unit ${operation}`;
      entity = record(kind, value, { value });
      (identifiers[operation] ??= []).push(entity.id);
    }
    entities.push(entity);
  }
  const links = new Map<string, Link>();
  const add = (kind: LinkKind, from: EntityId, to: EntityId): boolean => {
    const id = linkId(kind, from, to);
    if (links.has(id)) return false;
    links.set(id, { id, kind, from, to, sources: [], importIds: [], createdAt: NOW, updatedAt: NOW });
    return true;
  };
  const target = 2 * nodes;
  const operations = accounts.length;
  // first every identifier gets one account of its operation, so nothing is alone
  identifiers.forEach((ids, operation) => {
    const own = accounts[operation] ?? accounts[0] ?? [];
    for (const id of ids) if (own.length > 0) add('uses', random.pick(own), id);
  });
  let guard = 0;
  while (links.size < target && guard++ < target * 20) {
    const operation = random.int(0, operations - 1);
    const own = accounts[operation] ?? [];
    if (own.length === 0) continue;
    const from = random.pick(own);
    // one link in twelve ties two operations; one in eight is a mention in a bio rather than a listed field
    const across = random.chance(1 / 12);
    const pool = identifiers[across ? random.int(0, operations - 1) : operation] ?? [];
    if (pool.length === 0) continue;
    add(random.chance(1 / 8) ? 'mentions' : 'uses', from, random.pick(pool));
  }
  return { entities, links: [...links.values()] };
}
