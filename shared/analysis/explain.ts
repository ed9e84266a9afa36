/**
 * Every link, explained in words an investigator can check against the file: what the link says (kind and field),
 * and where it was first seen (`sellers.csv, row 17`). Evidence ids are SHA-256 hashes; the caller passes the map
 * from evidence id to file name (the evidence table, or the in-memory import's `evidenceNames`).
 */
import { describeLocator, type EntityId, type LinkKind } from '../model';
import { CODE, IS_IDENTIFIER_CODE, linkKindOfCode } from './codes';
import { captionAt, idAt, linkRoleAt, linkSourceAt, type GraphIndex, type LinkSource } from './graphIndex';

/** Evidence id -> file name. */
export type EvidenceNames = ReadonlyMap<string, string>;

/** `sellers.csv, row 17`; a file the map does not know is named by the start of its hash. */
export function describeSource(source: LinkSource, names: EvidenceNames): string {
  if (source.evidenceId === undefined) return 'no recorded source';
  const file = names.get(source.evidenceId) ?? `file ${source.evidenceId.slice(0, 12)}…`;
  const place = describeLocator(source.locator);
  return place === 'whole file' ? file : `${file}, ${place}`;
}

/** Two sources of one fact, said once: `sellers.csv, rows 17 and 23`. */
function describeTwo(a: LinkSource, b: LinkSource, names: EvidenceNames): string {
  const first = describeSource(a, names);
  const second = describeSource(b, names);
  if (first === second) return first;
  const sameSheet =
    a.locator.sheet === b.locator.sheet && a.locator.path === undefined && b.locator.path === undefined;
  if (
    a.evidenceId === b.evidenceId &&
    sameSheet &&
    a.locator.row !== undefined &&
    b.locator.row !== undefined
  ) {
    const file = describeSource(
      { ...a, locator: a.locator.sheet === undefined ? {} : { sheet: a.locator.sheet } },
      names,
    );
    return `${file}, rows ${a.locator.row} and ${b.locator.row}`;
  }
  return `${first} and ${second}`;
}

export type PathStep = Readonly<{
  from: EntityId;
  to: EntityId;
  linkKind: LinkKind;
  role?: string;
  /** False when the path walks the link against its direction (from its `to` to its `from`). */
  forward: boolean;
  /** Where the link was first seen. */
  source: string;
  /** The link in words: `Top Lager uses +4961552302 (Phone) — from sellers.csv, row 17`. */
  text: string;
}>;

const VERBS: Readonly<Record<LinkKind, string>> = {
  sells: 'sells',
  uses: 'uses',
  mentions: 'mentions',
  operates: 'operates',
  ships: 'is a party to',
  sameAs: 'is the same actor as',
  similar: 'looks like',
};

/** One link between two entities of a path, in the link's own direction. */
export function explainStep(index: GraphIndex, link: number, from: number, names: EvidenceNames): PathStep {
  const linkFrom = index.linkFrom[link] ?? 0;
  const linkTo = index.linkTo[link] ?? 0;
  const forward = linkFrom === from;
  const to = forward ? linkTo : linkFrom;
  const linkKind = linkKindOfCode(index.linkKinds[link] ?? 0);
  const role = linkRoleAt(index, link);
  const where = linkSourceAt(index, link);
  // An analyst's confirmation is stored as a `sameAs` link with no file behind it.
  const source =
    where.evidenceId === undefined && linkKind === 'sameAs'
      ? "an analyst's decision"
      : describeSource(where, names);
  const roleText = role === undefined ? '' : ` (${role})`;
  const text = `${captionAt(index, linkFrom)} ${VERBS[linkKind]} ${captionAt(index, linkTo)}${roleText} — from ${source}`;
  return {
    from: idAt(index, from),
    to: idAt(index, to),
    linkKind,
    ...(role === undefined ? {} : { role }),
    forward,
    source,
    text,
  };
}

/**
 * The path as sentences. Two accounts meeting at an identifier read as one sentence with both sources
 * (`Both list +4961552302 — from sellers.csv, rows 17 and 23`); every other link reads on its own.
 */
export function describePath(
  index: GraphIndex,
  nodes: readonly number[],
  links: readonly number[],
  names: EvidenceNames,
): string[] {
  const sentences: string[] = [];
  for (let i = 0; i < links.length; i++) {
    const link = links[i] ?? 0;
    const next = links[i + 1];
    const middle = nodes[i + 1] ?? 0;
    const code = index.kinds[middle] ?? 0;
    const meets =
      next !== undefined &&
      (IS_IDENTIFIER_CODE[code] === 1 || code === CODE.shipment) &&
      index.linkTo[link] === middle &&
      index.linkTo[next] === middle;
    if (meets) {
      const kinds = [linkKindOfCode(index.linkKinds[link] ?? 0), linkKindOfCode(index.linkKinds[next] ?? 0)];
      const verb =
        code === CODE.shipment
          ? 'Both are parties to parcel'
          : code === CODE.image
            ? 'Both show the photo'
            : kinds.every((k) => k === 'uses')
              ? 'Both list'
              : kinds.every((k) => k === 'mentions')
                ? 'Both mention'
                : 'One lists and the other mentions';
      const source = describeTwo(linkSourceAt(index, link), linkSourceAt(index, next), names);
      sentences.push(`${verb} ${captionAt(index, middle)} — from ${source}`);
      i += 1;
      continue;
    }
    sentences.push(explainStep(index, link, nodes[i] ?? 0, names).text);
  }
  return sentences;
}
