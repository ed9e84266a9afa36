/**
 * The demo investigation: a seeded, realistic and messy set of files about counterfeit operations, with the exact
 * truth of what was planted. Same seed and options, byte-identical files: nothing depends on the clock, the time
 * zone, the locale or `Math.random`. Pure: runs in Node, a Worker (the app's "Load demo investigation") and tests.
 */
import { buildWorld } from './buildWorld';
import { compileTruth } from './compileTruth';
import type { DemoFile } from './demoFile';
import { writeAmazonSellers } from './files/amazonSellers';
import { writeAuthorizedResellers } from './files/authorizedResellers';
import { writeBrandCatalog } from './files/brandCatalog';
import { writeFtm } from './files/ftm';
import { writeInstagram } from './files/instagram';
import { writeListingsWorkbook } from './files/listingsWorkbook';
import { writeMercadoLivreSellers } from './files/mercadoLivreSellers';
import { writePages } from './files/pages';
import { writeScreenshots } from './files/screenshots';
import { writeSeizures } from './files/seizures';
import { writeSellerReport } from './files/sellerReport';
import { writeShipments } from './files/shipments';
import { writeStix } from './files/stix';
import { writeTiktok } from './files/tiktok';
import { resolveOptions, type DemoOptions } from './options';
import { createRecorder } from './recorder';
import type { DemoTruth } from './truth';

export type { DemoFile } from './demoFile';
export type { DemoOptions } from './options';
export type { DemoTruth } from './truth';
export {
  generateListingRows,
  writeListingsCsv,
  LISTING_HEADERS,
  type ListingRow,
  type ListingRowsOptions,
} from './listings';

export type DemoResult = Readonly<{ files: readonly DemoFile[]; truth: DemoTruth }>;

export function generateDemo(options: DemoOptions): DemoResult {
  const world = buildWorld(resolveOptions(options));
  const recorder = createRecorder();
  const files: DemoFile[] = [
    writeAmazonSellers(world, recorder),
    writeMercadoLivreSellers(world, recorder),
    writeSellerReport(world, recorder),
    writeListingsWorkbook(world, recorder),
    writeShipments(world, recorder),
    writeSeizures(world),
    writeInstagram(world, recorder),
    writeTiktok(world, recorder),
    writeFtm(world, recorder),
    writeStix(world, recorder),
    writeBrandCatalog(recorder),
    writeAuthorizedResellers(world, recorder),
    ...writeScreenshots(world, recorder),
    ...writePages(world, recorder),
  ];
  return { files, truth: compileTruth(world, recorder) };
}
