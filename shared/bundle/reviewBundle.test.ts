/** Review's words over real bundles: written by writeBundle, read back by openBundle, as the app does. */
import { describe, expect, it } from 'vitest';
import { openBundle } from './readBundle';
import { entityRows } from './reviewBrowse';
import { memoryAccess, reviewFixtureBundle } from './reviewFixture';
import { reviewGraphs } from './reviewGraph';
import { describeProblem, problemsOf, verdictOf } from './reviewSummary';

/** Where a file's stored bytes start in the ZIP: after its local header, name and extra field. */
function dataOffset(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const encoded = new TextEncoder().encode(name);
  for (let at = 0; at + 30 < zip.byteLength; at++) {
    if (view.getUint32(at, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const found = zip.subarray(at + 30, at + 30 + nameLength);
    if (nameLength === encoded.length && found.every((b, i) => b === encoded[i]))
      return at + 30 + nameLength + extraLength;
  }
  throw new Error(`${name} is not in the ZIP`);
}

describe('Review over a real bundle', () => {
  it('calls an untouched bundle intact and reads its case, entities and graph', async () => {
    const { zip } = await reviewFixtureBundle();
    const bundle = await openBundle(memoryAccess(zip));
    const verification = await bundle.verify();
    expect(verdictOf(verification)).toEqual({
      tone: 'intact',
      headline: 'Everything in this bundle is intact',
    });
    expect(verification.audit).toMatchObject({ status: 'intact', entries: 5 });
    const data = await bundle.readData();
    expect(data.case.reference).toBe('BPA-2026-114');
    expect(entityRows(data.entities).map((r) => r.name)).toContain('Top Lager Outlet');
    const [graph] = reviewGraphs(data.case.title, data.views, data.entities, data.links);
    expect(graph).toMatchObject({ name: 'Top Lager and its listing', nodes: 3, edges: 2 });
  });

  it('names the evidence file whose one byte was changed', async () => {
    const { zip, evidencePaths } = await reviewFixtureBundle();
    const target = evidencePaths.find((p) => p.endsWith('storefront-top-lager.html'));
    if (target === undefined) throw new Error('the fixture has no saved page');
    const altered = zip.slice();
    const at = dataOffset(altered, target) + 20;
    altered[at] = (altered[at] ?? 0) ^ 0x01;
    const bundle = await openBundle(memoryAccess(altered));
    const verification = await bundle.verify();
    expect(verdictOf(verification).headline).toBe(
      'This bundle was altered: 1 file differs from its manifest',
    );
    const problems = problemsOf(verification);
    expect(problems.map((p) => [p.path, p.status])).toEqual([[target, 'altered']]);
    expect(describeProblem(problems[0]!)).toContain(target);
  });
});
