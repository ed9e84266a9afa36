/**
 * The whole entity graph in a compact form that link analysis can walk quickly: entity ids interned to integers,
 * kinds in a Uint8Array, adjacency in CSR typed arrays (both directions of every link, since "connected" does not
 * care who wrote the link), and per link its kind, role and first source so every hop can be explained.
 *
 * Built by streaming: the worker reads the store in batches and feeds them in, so the Dexie records never have to be
 * in memory all at once (a million entities and two million links take roughly 150 MB here, not several GB).
 * `similar` links are suggestions, not facts: they are counted and left out.
 */
import {
  kindOfId,
  type Entity,
  type EntityId,
  type EvidenceId,
  type Link,
  type SourceLocator,
} from '../model';
import { IS_ACCOUNT_CODE, kindCode, kindOfCode, linkCode } from './codes';
import { FactsBuilder, type EntityFacts } from './entityFacts';
import { Growable, StringPool } from './growable';

export type GraphIndex = Readonly<{
  /** Number of entities, including link endpoints that were never seen as records. */
  size: number;
  ids: readonly EntityId[];
  indexOf: ReadonlyMap<EntityId, number>;
  /** Kind code per entity (see codes.ts). */
  kinds: Uint8Array;
  /** CSR adjacency: the neighbours of `i` are `adjacent[offsets[i] .. offsets[i + 1]]`, through `adjacentLink`. */
  offsets: Uint32Array;
  adjacent: Uint32Array;
  adjacentLink: Uint32Array;
  linkCount: number;
  linkKinds: Uint8Array;
  linkFrom: Uint32Array;
  linkTo: Uint32Array;
  /** Codes into `strings`: the role (field name, shipper/consignee), and the first source's evidence, sheet and path. */
  linkRole: Uint32Array;
  linkEvidence: Uint32Array;
  linkSheet: Uint32Array;
  linkPath: Uint32Array;
  /** The first source's row (0 when it has none). */
  linkRow: Uint32Array;
  strings: StringPool;
  facts: EntityFacts;
  /** `similar` links seen and left out. */
  skippedSuggestions: number;
}>;

export type GraphIndexBuilder = Readonly<{
  addEntities(batch: readonly Entity[]): void;
  addLinks(batch: readonly Link[]): void;
  /** Builds the adjacency; the builder cannot be used afterwards. */
  finish(): GraphIndex;
}>;

export function createGraphIndexBuilder(): GraphIndexBuilder {
  const ids: EntityId[] = [];
  const indexOf = new Map<EntityId, number>();
  const kinds = new Growable(Uint8Array);
  const facts = new FactsBuilder();
  const strings = new StringPool();
  const linkKinds = new Growable(Uint8Array);
  const linkFrom = new Growable(Uint32Array);
  const linkTo = new Growable(Uint32Array);
  const linkRole = new Growable(Uint32Array);
  const linkEvidence = new Growable(Uint32Array);
  const linkSheet = new Growable(Uint32Array);
  const linkPath = new Growable(Uint32Array);
  const linkRow = new Growable(Uint32Array);
  let skippedSuggestions = 0;
  let finished = false;

  const intern = (id: EntityId): number => {
    let index = indexOf.get(id);
    if (index === undefined) {
      index = ids.length;
      ids.push(id);
      indexOf.set(id, index);
      kinds.set(index, kindCode(kindOfId(id)));
    }
    return index;
  };
  const open = (): void => {
    if (finished) throw new Error('This graph index is already finished');
  };

  return {
    addEntities(batch) {
      open();
      for (const entity of batch) facts.add(intern(entity.id), entity);
    },
    addLinks(batch) {
      open();
      for (const link of batch) {
        if (link.kind === 'similar') {
          skippedSuggestions += 1;
          continue;
        }
        linkKinds.push(linkCode(link.kind));
        linkFrom.push(intern(link.from));
        linkTo.push(intern(link.to));
        linkRole.push(strings.intern(link.role));
        const source = link.sources[0];
        linkEvidence.push(strings.intern(source?.evidenceId));
        linkSheet.push(strings.intern(source?.locator.sheet));
        linkPath.push(strings.intern(source?.locator.path));
        linkRow.push(source?.locator.row ?? 0);
      }
    },
    finish() {
      open();
      finished = true;
      const size = ids.length;
      const from = linkFrom.toArray();
      const to = linkTo.toArray();
      const index: GraphIndex = {
        size,
        ids,
        indexOf,
        kinds: kinds.toArray(size),
        ...buildCsr(size, from, to),
        linkCount: from.length,
        linkKinds: linkKinds.toArray(),
        linkFrom: from,
        linkTo: to,
        linkRole: linkRole.toArray(),
        linkEvidence: linkEvidence.toArray(),
        linkSheet: linkSheet.toArray(),
        linkPath: linkPath.toArray(),
        linkRow: linkRow.toArray(),
        strings,
        facts: facts.finish(size),
        skippedSuggestions,
      };
      // The index has its own trimmed copies; a worker that keeps the builder around must not keep these too.
      for (const column of [
        kinds,
        linkKinds,
        linkFrom,
        linkTo,
        linkRole,
        linkEvidence,
        linkSheet,
        linkPath,
        linkRow,
      ])
        column.release();
      return index;
    },
  };
}

/** Counting sort of both ends of every link into CSR arrays; self-loops say nothing about connection and are left out. */
function buildCsr(
  size: number,
  from: Uint32Array,
  to: Uint32Array,
): Pick<GraphIndex, 'offsets' | 'adjacent' | 'adjacentLink'> {
  const offsets = new Uint32Array(size + 1);
  for (let l = 0; l < from.length; l++) {
    const a = from[l] ?? 0;
    const b = to[l] ?? 0;
    if (a === b) continue;
    offsets[a + 1] = (offsets[a + 1] ?? 0) + 1;
    offsets[b + 1] = (offsets[b + 1] ?? 0) + 1;
  }
  for (let i = 0; i < size; i++) offsets[i + 1] = (offsets[i + 1] ?? 0) + (offsets[i] ?? 0);
  const total = offsets[size] ?? 0;
  const adjacent = new Uint32Array(total);
  const adjacentLink = new Uint32Array(total);
  const fill = offsets.slice(0, size);
  for (let l = 0; l < from.length; l++) {
    const a = from[l] ?? 0;
    const b = to[l] ?? 0;
    if (a === b) continue;
    const atA = fill[a] ?? 0;
    adjacent[atA] = b;
    adjacentLink[atA] = l;
    fill[a] = atA + 1;
    const atB = fill[b] ?? 0;
    adjacent[atB] = a;
    adjacentLink[atB] = l;
    fill[b] = atB + 1;
  }
  return { offsets, adjacent, adjacentLink };
}

/** Builds an index from records already in memory (tests, the in-memory import), in batches as the worker would. */
export function buildGraphIndex(
  entities: Iterable<Entity>,
  links: Iterable<Link>,
  batchSize = 10_000,
): GraphIndex {
  const builder = createGraphIndexBuilder();
  for (const batch of batches(entities, batchSize)) builder.addEntities(batch);
  for (const batch of batches(links, batchSize)) builder.addLinks(batch);
  return builder.finish();
}

function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

export function entityIndex(index: GraphIndex, id: EntityId): number | undefined {
  return index.indexOf.get(id);
}

export function idAt(index: GraphIndex, i: number): EntityId {
  const id = index.ids[i];
  if (id === undefined) throw new RangeError(`No entity at index ${i}`);
  return id;
}

export function isAccountAt(index: GraphIndex, i: number): boolean {
  return IS_ACCOUNT_CODE[index.kinds[i] ?? 0] === 1;
}

/** What to call an entity: its caption, or for identifiers the key in its id (`+4961552302`, `shop@x.de`). */
export function captionAt(index: GraphIndex, i: number): string {
  const stored = index.facts.captions.get(i);
  if (stored !== undefined) return stored;
  const id = idAt(index, i);
  return id.slice(kindOfCode(index.kinds[i] ?? 0).length + 1).replaceAll('\u001f', ' ');
}

export type LinkSource = Readonly<{ evidenceId?: EvidenceId; locator: SourceLocator }>;

/** Where the link was first seen. */
export function linkSourceAt(index: GraphIndex, link: number): LinkSource {
  const evidence = index.strings.get(index.linkEvidence[link] ?? 0);
  const sheet = index.strings.get(index.linkSheet[link] ?? 0);
  const path = index.strings.get(index.linkPath[link] ?? 0);
  const row = index.linkRow[link] ?? 0;
  return {
    ...(evidence === undefined ? {} : { evidenceId: evidence as EvidenceId }),
    locator: {
      ...(row === 0 ? {} : { row }),
      ...(sheet === undefined ? {} : { sheet }),
      ...(path === undefined ? {} : { path }),
    },
  };
}

export function linkRoleAt(index: GraphIndex, link: number): string | undefined {
  return index.strings.get(index.linkRole[link] ?? 0);
}
