/** The README that goes with a written-out demo: what each file is, and what `truth.json` holds. */
import type { DemoResult } from './generate';

export function demoReadme(result: DemoResult): string {
  const { truth } = result;
  const width = Math.max(...result.files.map((file) => file.name.length), 'truth.json'.length);
  const storefronts = truth.operations.reduce((sum, operation) => sum + operation.storefronts.length, 0);
  const lines = [
    'Casegraph demo investigation (synthetic data)',
    '',
    `Generated with seed ${truth.seed}, ${truth.sellers} storefronts, ${truth.listingsPerSeller} listings per storefront.`,
    `${truth.operations.length} counterfeit operations run ${storefronts} storefronts; ${truth.honestSellers.length} storefronts are honest.`,
    'Every company, person, phone number, e-mail address, bank account and brand in these files is invented.',
    '',
    'Files',
    '',
    ...result.files.map((file) => `${file.name.padEnd(width)}  ${file.description}`),
    `${'truth.json'.padEnd(width)}  What was planted: each operation's storefronts, social accounts, shared identifiers (with every spelling and where it was written), images, waybills and seizures; the honest sellers; the hubs (marketplace support e-mail and address, freight forwarder); and the noise (duplicates, rejects, broken lines).`,
    '',
  ];
  return lines.join('\n');
}
