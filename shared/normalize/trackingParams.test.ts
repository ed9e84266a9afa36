import { describe, expect, it } from 'vitest';
import { isTrackingParam } from './trackingParams';

describe('isTrackingParam', () => {
  it.each<[string, string | undefined, boolean]>([
    ['utm_source', undefined, true],
    ['UTM_Campaign', 'shop', true],
    ['fbclid', undefined, true],
    ['igsh', 'instagram', true],
    ['pd_rd_w', 'amazon', true],
    ['qid', 'amazon', true],
    ['qid', 'shop', false],
    ['_trksid', 'ebay', true],
    ['var', 'ebay', false],
    ['aff_fcid', 'aliexpress', true],
    ['_x_sessn_id', 'temu', true],
    ['goods_id', 'temu', false],
    ['bi_s', 'allegro', true],
    ['wid', 'mercadolivre', false],
    ['q', 'google', false],
    ['page', undefined, false],
  ])('%s on %s -> %s', (name, site, expected) => {
    expect(isTrackingParam(name, site)).toBe(expected);
  });
});
