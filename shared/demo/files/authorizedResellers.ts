/**
 * `authorized-resellers.csv`: the rights holders' lists of authorized resellers, merged by their brand-protection
 * team — one row per brand and storefront, keyed like the seller files (marketplace + seller id) so it lands on the
 * sellers already imported. Honest storefronts are on it for the brands they stock; no operation's storefront is.
 */
import { authorizedBrands } from '../authorization';
import type { DemoFile } from '../demoFile';
import { csvLine, utf8 } from '../csv';
import { randomDay } from '../dates';
import { createRandom } from '../random';
import type { Recorder } from '../recorder';
import type { Storefront, World } from '../world';

export const AUTHORIZED_RESELLERS_FILE = 'authorized-resellers.csv';

export const AUTHORIZED_RESELLERS_HEADERS = [
  'Brand',
  'Marketplace',
  'Seller ID',
  'Storefront name',
  'Authorized since',
] as const;

type Row = Readonly<{ brand: string; front: Storefront }>;

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function writeAuthorizedResellers(world: World, recorder: Recorder): DemoFile {
  const random = createRandom(world.seed, 'file', AUTHORIZED_RESELLERS_FILE);
  const rows: Row[] = world.storefronts.flatMap((front) =>
    authorizedBrands(front).map((brand) => ({ brand, front })),
  );
  // Each brand sent its own list; merged, they read brand by brand.
  rows.sort(
    (a, b) =>
      compare(a.brand, b.brand) ||
      compare(a.front.platform, b.front.platform) ||
      compare(a.front.sellerId, b.front.sellerId),
  );
  const lines = [csvLine(AUTHORIZED_RESELLERS_HEADERS, ',')];
  for (const { brand, front } of rows) {
    lines.push(
      csvLine(
        [brand, front.platform, front.sellerId, front.name, randomDay(random, '2019-01-01', '2025-12-31')],
        ',',
      ),
    );
    recorder.authorizations.push({
      file: AUTHORIZED_RESELLERS_FILE,
      locator: { row: lines.length },
      storefront: { platform: front.platform, sellerId: front.sellerId },
      brand,
    });
  }
  return {
    name: AUTHORIZED_RESELLERS_FILE,
    bytes: utf8(`${lines.join('\n')}\n`),
    description:
      "The rights holders' lists of authorized resellers, merged: one row per brand and storefront (marketplace, " +
      'seller id, storefront name, authorized since). Imported, it marks the sellers already known with the ' +
      'brands they may sell; a storefront listing a brand it is not authorized for stands out.',
    mapping: {
      Brand: 'seller.authorizedBrands',
      Marketplace: 'seller.platform',
      'Seller ID': 'seller.sellerId',
      'Storefront name': 'seller.storefrontName',
      // The date an authorization began; sellers have no property for it.
      'Authorized since': 'ignore',
    },
    options: { dateOrder: 'YMD' },
  };
}
