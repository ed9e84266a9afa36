/**
 * Screenshots of storefronts, as small valid PNGs drawn from the seed: the marketplace's header bar, the
 * storefront's banner in its operation's colour, product tiles and lines of "text". Enough to attach to a case and
 * to preview, and byte-identical for a seed.
 */
import type { DemoFile } from '../demoFile';
import { createCanvas, encodePng } from '../png';
import { createRandom, type Random } from '../random';
import type { Recorder } from '../recorder';
import { pushTo } from '../recorder';
import type { MarketplaceId } from '../vocab/marketplaces';
import { slugify } from '../vocab/people';
import { CAPTURED_AT, type Storefront, type World } from '../world';

type Rgb = readonly [number, number, number];

const HEADER: Readonly<Record<MarketplaceId, Rgb>> = {
  'amazon.de': [35, 47, 62],
  'ebay.de': [250, 250, 250],
  'ebay.co.uk': [250, 250, 250],
  'allegro.pl': [255, 90, 0],
  'mercadolivre.com.br': [255, 230, 0],
};

function draw(random: Random, front: Storefront, colour: Rgb): Uint8Array {
  const width = 192;
  const height = 132;
  const canvas = createCanvas(width, height, [246, 246, 246]);
  canvas.fill(0, 0, width, 16, HEADER[front.platform]);
  canvas.fill(8, 4, 40, 8, [255, 153, 0]);
  canvas.fill(60, 4, 120, 8, [255, 255, 255]);
  canvas.fill(0, 22, width, 26, colour);
  canvas.fill(10, 29, random.int(50, 110), 12, [255, 255, 255]);
  for (let tile = 0; tile < 4; tile++) {
    const x = 6 + tile * 46;
    canvas.fill(x, 56, 42, 52, [255, 255, 255]);
    canvas.fill(x + 6, 62, 30, 30, [random.int(20, 90), random.int(20, 90), random.int(20, 90)]);
    canvas.fill(x + 4, 96, random.int(20, 34), 3, [60, 60, 60]);
    canvas.fill(x + 4, 101, 18, 4, [178, 34, 34]);
  }
  for (let line = 0; line < 4; line++)
    canvas.fill(8, 116 + line * 8, random.int(80, 220), 3, [110, 110, 110]);
  return encodePng(canvas.image);
}

export function writeScreenshots(world: World, recorder: Recorder): DemoFile[] {
  const random = createRandom(world.seed, 'file', 'screenshots');
  const featured = world.operations.slice(0, 2);
  const count = random.int(3, 6);
  const files: DemoFile[] = [];
  const names = new Set<string>();
  for (let k = 0; k < count; k++) {
    const operation = featured[k % featured.length];
    if (operation === undefined) break;
    const index = operation.storefronts[Math.floor(k / featured.length) % operation.storefronts.length];
    const front = index === undefined ? undefined : world.storefronts[index];
    if (front === undefined) continue;
    let name = `screenshot_${front.platform}_${slugify(front.sellerId, '-')}.png`;
    if (names.has(name)) name = name.replace(/\.png$/, `_${k + 1}.png`);
    names.add(name);
    files.push({
      name,
      bytes: draw(random, front, operation.colour),
      description: `Screenshot of the storefront "${front.name}" (${front.platform}, seller ${front.sellerId}), captured ${CAPTURED_AT}.`,
    });
    pushTo(recorder.evidence, operation.index, name);
  }
  return files;
}
