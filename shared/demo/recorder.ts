/**
 * Collects, while files are written, where each identifier went and how it was spelled. The truth is compiled from
 * these records rather than from the plan, so it describes the files exactly — including a value that a writer
 * left out of a row.
 */
import type { DemoTruth, TruthDuplicate, TruthOccurrence, TruthReject } from './truth';
import type { WorldIdentifier } from './world';

export type Recorded = TruthOccurrence & Readonly<{ identifier: WorldIdentifier }>;

export type Recorder = Readonly<{
  occurrences: Recorded[];
  rejects: TruthReject[];
  duplicates: TruthDuplicate[];
  brokenLines: DemoTruth['noise']['brokenLines'][number][];
  /** Operation index -> ids of the FollowTheMoney entities / STIX objects that describe it. */
  objectIds: Readonly<{ ftm: Map<number, string[]>; stix: Map<number, string[]> }>;
  /** Operation index -> evidence files captured from its storefronts. */
  evidence: Map<number, string[]>;
  use(identifier: WorldIdentifier, occurrence: TruthOccurrence): void;
}>;

export function createRecorder(): Recorder {
  const occurrences: Recorded[] = [];
  return {
    occurrences,
    rejects: [],
    duplicates: [],
    brokenLines: [],
    objectIds: { ftm: new Map(), stix: new Map() },
    evidence: new Map(),
    use: (identifier, occurrence) => {
      occurrences.push({ ...occurrence, identifier });
    },
  };
}

/** Appends to a list kept in a map, creating it on first use. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
