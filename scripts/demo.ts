/**
 * Writes the demo investigation to a folder: every generated file, `truth.json` and `README.txt`; optionally a
 * large listings CSV streamed to disk chunk by chunk, for memory tests of the importer.
 *
 *   npx tsx scripts/demo.ts --sellers 40 --out /tmp/demo [--seed 7] [--listings-csv-rows 1000000]
 *
 * Exit codes: 0 done, 2 bad arguments, 1 anything else (a disk error).
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { generateDemo, writeListingsCsv, type DemoResult } from '../shared/demo/generate';
import { demoReadme } from '../shared/demo/readme';
import { parseDemoArgs, USAGE, type DemoArgs } from './demoArgs';

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function fail(message: string): never {
  process.stderr.write(`demo: ${message}\n\n${USAGE}`);
  process.exit(2);
}

async function streamListings(args: DemoArgs, rows: number, folder: string): Promise<string> {
  const path = join(folder, `listings-${rows}.csv`);
  const stream = createWriteStream(path, { encoding: 'utf8' });
  for (const chunk of writeListingsCsv({
    sellers: args.sellers,
    seed: args.seed,
    listingsPerSeller: args.listingsPerSeller,
    rows,
  })) {
    // Respect back-pressure: wait for the file to drain instead of queueing the whole CSV in memory.
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
  stream.end();
  await finished(stream);
  return path;
}

async function main(): Promise<void> {
  const parsed = parseDemoArgs(process.argv.slice(2));
  if (parsed.kind === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if (parsed.kind === 'error') fail(parsed.message);
  const { args } = parsed;

  let result: DemoResult;
  try {
    result = generateDemo({
      sellers: args.sellers,
      seed: args.seed,
      listingsPerSeller: args.listingsPerSeller,
    });
  } catch (error) {
    if (error instanceof RangeError) fail(error.message);
    throw error;
  }

  const folder = resolve(args.out);
  await mkdir(folder, { recursive: true });
  for (const file of result.files) await writeFile(join(folder, file.name), file.bytes);
  await writeFile(join(folder, 'truth.json'), `${JSON.stringify(result.truth, null, 2)}\n`);
  await writeFile(join(folder, 'README.txt'), demoReadme(result));
  say(`Wrote ${result.files.length + 2} files to ${folder}`);
  const { truth } = result;
  say(
    `${truth.operations.length} operations, ${truth.honestSellers.length} honest sellers, ` +
      `${truth.hubs.length} hubs, ${truth.noise.rejects.length} planted rejects (seed ${truth.seed})`,
  );
  if (args.listingsCsvRows !== undefined) {
    say(`Streamed ${await streamListings(args, args.listingsCsvRows, folder)}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`demo: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
