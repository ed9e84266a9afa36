/** The command line of `scripts/demo.ts`, parsed and checked without touching the disk. */
import { parseArgs } from 'node:util';

export type DemoArgs = Readonly<{
  sellers: number;
  out: string;
  seed?: number;
  listingsPerSeller?: number;
  /** Also stream a `listings-N.csv` of this many rows. */
  listingsCsvRows?: number;
}>;

export const USAGE = `Usage: npx tsx scripts/demo.ts --sellers N --out DIR [--seed S] [--listings-per-seller L] [--listings-csv-rows R]

Writes a seeded, synthetic counterfeit investigation to DIR: seller exports, scraped listings, shipments,
seizures, social profiles, FollowTheMoney and STIX files, screenshots and saved pages, plus truth.json
(what was planted) and README.txt. The same arguments always give byte-identical files.

  --sellers N               total storefronts (operations' and honest ones), at least 10
  --out DIR                 output folder (created if missing; files in it are overwritten)
  --seed S                  whole number, default 1
  --listings-per-seller L   listings per storefront in the workbook, default 5
  --listings-csv-rows R     also stream listings-R.csv with R rows (for memory tests), written chunk by chunk
  --help                    show this text
`;

export type ParsedArgs =
  | Readonly<{ kind: 'run'; args: DemoArgs }>
  | Readonly<{ kind: 'help' }>
  | Readonly<{ kind: 'error'; message: string }>;

function wholeNumber(name: string, text: string | undefined, min: number): number | string | undefined {
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text.trim())) return `--${name} must be a whole number, not "${text}"`;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min)
    return `--${name} must be a whole number of at least ${min}`;
  return value;
}

export function parseDemoArgs(argv: readonly string[]): ParsedArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        sellers: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string' },
        'listings-per-seller': { type: 'string' },
        'listings-csv-rows': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help === true) return { kind: 'help' };
  const text = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  const out = text('out');
  if (out === undefined || out.trim() === '') return { kind: 'error', message: '--out DIR is required' };
  if (text('sellers') === undefined) return { kind: 'error', message: '--sellers N is required' };
  const sellers = wholeNumber('sellers', text('sellers'), 1);
  const seed = wholeNumber('seed', text('seed'), Number.MIN_SAFE_INTEGER);
  const perSeller = wholeNumber('listings-per-seller', text('listings-per-seller'), 0);
  const csvRows = wholeNumber('listings-csv-rows', text('listings-csv-rows'), 1);
  for (const value of [sellers, seed, perSeller, csvRows]) {
    if (typeof value === 'string') return { kind: 'error', message: value };
  }
  if (typeof sellers !== 'number') return { kind: 'error', message: '--sellers N is required' };
  return {
    kind: 'run',
    args: {
      sellers,
      out,
      ...(typeof seed === 'number' ? { seed } : {}),
      ...(typeof perSeller === 'number' ? { listingsPerSeller: perSeller } : {}),
      ...(typeof csvRows === 'number' ? { listingsCsvRows: csvRows } : {}),
    },
  };
}
