/** The README that goes with a written-out demo: what each file is, and what `truth.json` holds. */
import type { DemoResult } from './generate';

export function demoReadme(result: DemoResult): string {
  const { truth } = result;
  const storefronts = truth.operations.reduce((sum, operation) => sum + operation.storefronts.length, 0);
  const lines = [
    'Casegraph demo investigation (synthetic data)',
    '',
    `Generated with seed ${truth.seed}, ${truth.sellers} storefronts, ${truth.listingsPerSeller} listings per storefront.`,
    `${truth.operations.length} counterfeit operations run ${storefronts} storefronts; ${truth.honestSellers.length} storefronts are honest.`,
    'Every company, person, phone number, e-mail address, bank account and brand in these files is invented; the marketplaces and towns are real.',
    '',
    'Files',
    '',
    ...result.files.flatMap((file) => [
      file.name,
      ...wrap(file.description, 100).map((line) => `    ${line}`),
      '',
    ]),
    'truth.json',
    ...wrap(
      "What was planted: each operation's storefronts, social accounts, shared identifiers (with every spelling " +
        'and each place it was written), product photos, waybills and seizures; the honest sellers; the hubs ' +
        '(marketplace support e-mail and address, freight forwarder); the noise (duplicates, rejects, broken ' +
        'lines); "pricing": the catalog, and every listing priced under ' +
        `${Math.round(truth.pricing.threshold * 100)} % of its product's MSRP (${truth.pricing.underpriced.length} ` +
        'listings, at the fixed euro rates given there; a few counterfeits ask nearly full price and a few honest ' +
        'shops clear stock cheaply); and "authorization": the storefronts each brand authorized, and the ' +
        `${truth.authorization.unauthorized.length} storefronts whose listings claim brands they are not ` +
        'authorized for, with the brand names as the listings spell them.',
      100,
    ).map((line) => `    ${line}`),
    '',
  ];
  return lines.join('\n');
}

/** Greedy word wrap, so the README reads well in any text viewer. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
