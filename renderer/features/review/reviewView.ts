/** What every page of an open bundle reads: the check, the case's data, and the reviewer's annotations so far. */
import type { ReviewAnnotation } from '@shared/bundle/stored';
import type { BundleData, BundleVerification } from '@shared/bundle/types';
import type { Entity, EntityId } from '@shared/model';
import type { OpenedInfo } from '@renderer/data/workers/reviewClient';

export type BundleEvidenceItem = BundleData['evidence'][number];

export type ReviewView = Readonly<{
  info: OpenedInfo;
  verification: BundleVerification;
  data: BundleData;
  entitiesById: ReadonlyMap<EntityId, Entity>;
  evidenceById: ReadonlyMap<string, BundleEvidenceItem>;
  /** By target id; undefined while the store is still answering (controls wait, so they start from the truth). */
  annotations: ReadonlyMap<string, ReviewAnnotation> | undefined;
  reviewer: string;
}>;

export function indexData(data: BundleData): Pick<ReviewView, 'entitiesById' | 'evidenceById'> {
  return {
    entitiesById: new Map(data.entities.map((entity) => [entity.id, entity])),
    evidenceById: new Map(data.evidence.map((item) => [item.record.id, item])),
  };
}

export const evidenceName = (view: ReviewView, id: string): string =>
  view.evidenceById.get(id)?.record.name ?? `file ${id.slice(0, 12)}…`;
