import { beforeEach, describe, expect, it } from 'vitest';
import type { ReviewRecord } from '@shared/bundle/stored';
import type { CasegraphDb } from '../db';
import { freshDb } from '../testing/freshDb';
import { annotationsOf, forgetReview, listReviews, recordReview, saveAnnotation } from './review';

const BUNDLE = 'b1946ac92492d2347c6235b4d2611184a4b3c1f2e0e8d5c7f1a9a3e2c4d6b8f0';
const OTHER = '5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03';

const review = (manifestSha256: string, openedAt: string, intact = true): ReviewRecord => ({
  manifestSha256,
  fileName: 'BPA-2026-114-bundle.zip',
  caseId: 'c7f3a2e0-5b1d-4c8e-9f6a-1d2e3f4a5b6c',
  caseTitle: 'Op. Lötkolben',
  caseReference: 'BPA-2026-114',
  openedAt,
  intact,
  problems: intact ? 0 : 1,
});

const seller = { type: 'entity', id: 'seller:amazon.de:A1TOPLAGER', label: 'Top Lager GmbH' } as const;
const screenshot = {
  type: 'evidence',
  id: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  label: 'storefront-2026-03-02.png',
} as const;

let db: CasegraphDb;
beforeEach(() => {
  db = freshDb();
});

describe('review store', () => {
  it('lists bundles opened here newest first, and opening one again refreshes it rather than adding a row', async () => {
    await recordReview(db, review(BUNDLE, '2026-03-04T09:00:00.000Z'));
    await recordReview(db, review(OTHER, '2026-03-05T09:00:00.000Z'));
    await recordReview(db, review(BUNDLE, '2026-03-06T09:00:00.000Z', false));
    const listed = await listReviews(db);
    expect(listed.map((r) => [r.manifestSha256, r.intact])).toEqual([
      [BUNDLE, false],
      [OTHER, true],
    ]);
  });

  it('keeps one annotation per target and bundle: a change replaces it under the same id', async () => {
    const first = await saveAnnotation(db, {
      manifestSha256: BUNDLE,
      target: seller,
      flag: 'question',
      comment: '  Same VAT number as the Lager24 storefront?  ',
      reviewer: 'A. Ruiz',
      at: '2026-03-06T10:00:00.000Z',
    });
    expect(first).toMatchObject({ flag: 'question', comment: 'Same VAT number as the Lager24 storefront?' });
    const second = await saveAnnotation(db, {
      manifestSha256: BUNDLE,
      target: seller,
      flag: 'confirmed',
      comment: 'Checked with the registry: same company.',
      reviewer: 'A. Ruiz',
      at: '2026-03-06T10:05:00.000Z',
    });
    expect(second?.id).toBe(first?.id);
    // The same target in another bundle is another annotation.
    await saveAnnotation(db, {
      manifestSha256: OTHER,
      target: seller,
      flag: 'disputed',
      comment: '',
      reviewer: 'A. Ruiz',
      at: '2026-03-06T10:06:00.000Z',
    });
    const mine = await annotationsOf(db, BUNDLE);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      targetId: seller.id,
      flag: 'confirmed',
      comment: 'Checked with the registry: same company.',
      reviewer: 'A. Ruiz',
      at: '2026-03-06T10:05:00.000Z',
    });
  });

  it('removes an annotation whose flag and comment are both cleared, and lists the rest in the order made', async () => {
    await saveAnnotation(db, {
      manifestSha256: BUNDLE,
      target: screenshot,
      flag: 'disputed',
      comment: 'The date in the corner does not match the capture time.',
      reviewer: 'A. Ruiz',
      at: '2026-03-06T11:00:00.000Z',
    });
    await saveAnnotation(db, {
      manifestSha256: BUNDLE,
      target: seller,
      flag: 'confirmed',
      comment: '',
      reviewer: 'A. Ruiz',
      at: '2026-03-06T11:02:00.000Z',
    });
    expect((await annotationsOf(db, BUNDLE)).map((a) => a.target.label)).toEqual([
      'storefront-2026-03-02.png',
      'Top Lager GmbH',
    ]);
    const cleared = await saveAnnotation(db, {
      manifestSha256: BUNDLE,
      target: screenshot,
      flag: null,
      comment: '   ',
      reviewer: 'A. Ruiz',
      at: '2026-03-06T11:03:00.000Z',
    });
    expect(cleared).toBeUndefined();
    expect((await annotationsOf(db, BUNDLE)).map((a) => a.targetId)).toEqual([seller.id]);
  });

  it('forgets a bundle with its annotations and leaves other bundles alone', async () => {
    await recordReview(db, review(BUNDLE, '2026-03-04T09:00:00.000Z'));
    await recordReview(db, review(OTHER, '2026-03-05T09:00:00.000Z'));
    for (const sha of [BUNDLE, OTHER]) {
      await saveAnnotation(db, {
        manifestSha256: sha,
        target: seller,
        flag: 'question',
        comment: 'Who operates this storefront?',
        reviewer: 'A. Ruiz',
        at: '2026-03-06T12:00:00.000Z',
      });
    }
    await forgetReview(db, BUNDLE);
    expect((await listReviews(db)).map((r) => r.manifestSha256)).toEqual([OTHER]);
    expect(await annotationsOf(db, BUNDLE)).toEqual([]);
    expect(await annotationsOf(db, OTHER)).toHaveLength(1);
  });
});
