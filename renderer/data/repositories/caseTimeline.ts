/**
 * The events a case's timeline draws: from its entities, the listings and shipments its accounts sell and send
 * (one hop, so adding a seller brings its listings' dates without adding every listing), its evidence and notes.
 */
import { assembleTimeline, type TimelineEntity, type TimelineEvent } from '@shared/case/timeline';
import { caption, KINDS, type CaseId, type Entity, type EntityId, type LinkKind } from '@shared/model';
import type { CasegraphDb } from '../db';
import { caseMembers } from './caseItems';
import { notesOfCase } from './caseNotes';

/** Past this many reached entities the timeline shows the case's own entities only for the rest. */
export const TIMELINE_NEIGHBOUR_LIMIT = 5_000;
const REACHING: readonly LinkKind[] = ['sells', 'ships', 'operates'];

export type CaseTimeline = Readonly<{
  events: readonly TimelineEvent[];
  /** Entities reached through the case's accounts whose dates are included. */
  reached: number;
  /** True when more were linked than the limit allowed. */
  capped: boolean;
}>;

export async function caseTimeline(db: CasegraphDb, caseId: CaseId): Promise<CaseTimeline> {
  const members = await caseMembers(db, caseId);
  const own = members.entities.flatMap(({ entity }) => (entity ? [entity] : []));
  const ownIds = new Set<EntityId>(own.map((e) => e.id));
  const via = new Map<EntityId, string>();
  let capped = false;
  for (const entity of own) {
    const group = KINDS[entity.kind].group;
    if (group !== 'account' && group !== 'party') continue;
    const links = await db.links
      .where('[from+kind]')
      .anyOf(REACHING.map((kind) => [entity.id, kind]))
      .toArray();
    for (const link of links) {
      if (ownIds.has(link.to) || via.has(link.to)) continue;
      if (via.size >= TIMELINE_NEIGHBOUR_LIMIT) {
        capped = true;
        break;
      }
      via.set(link.to, caption(entity));
    }
  }
  const reachedIds = [...via.keys()];
  const reached: Entity[] = [];
  for (let at = 0; at < reachedIds.length; at += 1_000) {
    for (const entity of await db.entities.bulkGet(reachedIds.slice(at, at + 1_000))) {
      if (entity) reached.push(entity);
    }
  }
  const entities: TimelineEntity[] = [
    ...own.map((entity) => ({ entity })),
    ...reached.flatMap((entity) => {
      const name = via.get(entity.id);
      return name === undefined ? [] : [{ entity, via: name }];
    }),
  ];
  const evidence = members.evidence.flatMap(({ evidence: e }) => (e ? [e] : []));
  const events = assembleTimeline({ entities, evidence, notes: await notesOfCase(db, caseId) });
  return { events, reached: reached.length, capped };
}
