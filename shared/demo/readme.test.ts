import { describe, expect, it } from 'vitest';
import { generateDemo } from './generate';
import { demoReadme } from './readme';

describe('the demo README', () => {
  const result = generateDemo({ sellers: 40, seed: 7 });
  const readme = demoReadme(result);

  it('describes every file, the rights holders’ ones included', () => {
    for (const file of result.files) expect(readme).toContain(`\n${file.name}\n`);
    expect(readme).toContain('brand-catalog.csv');
    expect(readme).toContain('authorized-resellers.csv');
  });

  it('says what the truth holds for the pricing and authorization signals, with their counts', () => {
    const text = readme.replace(/\s+/g, ' ');
    expect(text).toContain(`(${result.truth.pricing.underpriced.length} listings,`);
    expect(text).toContain(
      `the ${result.truth.authorization.unauthorized.length} storefronts whose listings`,
    );
    expect(text).toContain('under 50 % of its product');
  });
});
