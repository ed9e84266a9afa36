import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../hash';
import { openBundle } from './readBundle';
import { EVIDENCE, memoryAccess, testInput, testOptions, writeToMemory } from './testBundle';
import { BundleRefused } from './types';

const written = await writeToMemory(testInput(), testOptions());
const zipBytes = written.zip;

/** The central directory record of `name` in a ZIP: its offset, so a test can edit its fields. */
function centralRecord(zip: Uint8Array, name: string): number {
  const wanted = strToU8(name);
  for (let i = zip.length - 22; i >= 0; i -= 1) {
    if (zip[i] !== 0x50 || zip[i + 1] !== 0x4b || zip[i + 2] !== 1 || zip[i + 3] !== 2) continue;
    const length = (zip[i + 28] ?? 0) | ((zip[i + 29] ?? 0) << 8);
    if (length === wanted.length && wanted.every((b, j) => zip[i + 46 + j] === b)) return i;
  }
  throw new Error(`no central record for ${name}`);
}

const setU32 = (zip: Uint8Array, at: number, value: number): void => {
  new DataView(zip.buffer, zip.byteOffset).setUint32(at, value, true);
};

function rezip(files: Record<string, Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const [name, bytes] of Object.entries(files))
    entries[name] = [bytes, { level: name.startsWith('evidence/') ? 0 : 6 }];
  return zipSync(entries);
}

async function refusal(zip: Uint8Array): Promise<string> {
  try {
    await (await openBundle(memoryAccess(zip))).verify();
  } catch (error) {
    expect(error).toBeInstanceOf(BundleRefused);
    return (error as Error).message;
  }
  throw new Error('the bundle was not refused');
}

describe('openBundle and verify', () => {
  it('finds a freshly written bundle intact, with the manifest the writer returned', async () => {
    const bundle = await openBundle(memoryAccess(zipBytes));
    expect(bundle.manifestSha256).toBe(written.manifestSha256);
    expect(bundle.manifest).toEqual(written.manifest);
    const verification = await bundle.verify();
    expect(verification.files.filter((f) => f.status !== 'intact')).toEqual([]);
    expect(verification.audit).toEqual({
      status: 'intact',
      entries: 12,
      head: written.manifest.auditHead?.hash,
    });
    expect(verification.intact).toBe(true);
    expect(verification.files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['manifest.json', 'SHA256SUMS']),
    );
  });

  it('reports progress up to the total bytes and streams an evidence file back byte for byte', async () => {
    const bundle = await openBundle(memoryAccess(zipBytes));
    const seen: number[] = [];
    await bundle.verify((done, total) => seen.push(done / total));
    expect(seen.at(-1)).toBe(1);
    const first = EVIDENCE[0];
    const path = written.manifest.files.find((f) => f.sha256 === first?.record.id)?.path ?? '';
    const chunks: Uint8Array[] = [];
    for await (const chunk of bundle.readFile(path)) chunks.push(chunk);
    expect(sha256Hex(new Uint8Array(chunks.flatMap((c) => [...c])))).toBe(first?.record.id);
  });

  it('reads the case back, validated, for Review', async () => {
    const data = await (await openBundle(memoryAccess(zipBytes))).readData();
    expect(data.case.title).toBe('Ромашка — counterfeit Nike <b>sneakers</b>');
    expect(data.entities).toHaveLength(13);
    expect(data.links).toHaveLength(14);
    expect(data.evidence.map((e) => e.path?.startsWith('evidence/'))).toEqual([true, true, true]);
    expect(data.items.filter((i) => i.type === 'entity')).toHaveLength(5);
    expect(data.timeline[0]?.kind).toBe('listingFirstSeen');
    expect(data.networks[0]?.members).toHaveLength(2);
  });

  it('reports one flipped evidence byte as that file altered', async () => {
    const zip = zipBytes.slice();
    const original = EVIDENCE[0]?.bytes ?? new Uint8Array();
    const probe = original.subarray(5000, 5032);
    let at = -1;
    for (let i = 0; i < zip.length - probe.length && at === -1; i += 1) {
      if (probe.every((b, j) => zip[i + j] === b)) at = i;
    }
    zip[at] = (zip[at] ?? 0) ^ 0x01;
    const verification = await (await openBundle(memoryAccess(zip))).verify();
    const altered = verification.files.filter((f) => f.status !== 'intact');
    expect(altered).toHaveLength(1);
    expect(altered[0]?.status).toBe('altered');
    expect(altered[0]?.path).toMatch(/^evidence\/[0-9a-f]{64}-Skrinshot vitriny _\.png$/);
    expect(altered[0]?.expectedSha256).toBe(EVIDENCE[0]?.record.id);
    expect(verification.intact).toBe(false);
  });

  it('reports a removed file as missing and an added one as unlisted', async () => {
    const files = unzipSync(zipBytes);
    delete files['data/stix.json'];
    files['data/extra.txt'] = strToU8('added later');
    const verification = await (await openBundle(memoryAccess(rezip(files)))).verify();
    const problems = verification.files
      .filter((f) => f.status !== 'intact')
      .map((f) => `${f.status} ${f.path}`);
    expect(problems.sort()).toEqual(['missing data/stix.json', 'unlisted data/extra.txt']);
    expect(verification.intact).toBe(false);
  });

  it('does not count evidence left out on export as missing', async () => {
    const light = await writeToMemory(testInput(), testOptions({ includeEvidence: false }));
    const verification = await (await openBundle(memoryAccess(light.zip))).verify();
    expect(verification.intact).toBe(true);
    expect(verification.notIncluded).toHaveLength(3);
  });

  it('names the audit entry that was edited after export', async () => {
    const files = unzipSync(zipBytes);
    const lines = new TextDecoder().decode(files['audit/log.jsonl']).trimEnd().split('\n');
    const fifth = JSON.parse(lines[4] ?? '{}') as { details: Record<string, unknown> };
    fifth.details = { ...fifth.details, value: 'someone@else.example' };
    lines[4] = JSON.stringify(fifth);
    files['audit/log.jsonl'] = strToU8(`${lines.join('\n')}\n`);
    const verification = await (await openBundle(memoryAccess(rezip(files)))).verify();
    expect(verification.audit).toMatchObject({ status: 'broken', atSeq: 5 });
    expect(verification.files.find((f) => f.path === 'audit/log.jsonl')?.status).toBe('altered');
  });

  it('notices a log cut short: its head is not the manifest’s', async () => {
    const files = unzipSync(zipBytes);
    const lines = new TextDecoder().decode(files['audit/log.jsonl']).trimEnd().split('\n');
    files['audit/log.jsonl'] = strToU8(`${lines.slice(0, 10).join('\n')}\n`);
    const verification = await (await openBundle(memoryAccess(rezip(files)))).verify();
    expect(verification.audit).toMatchObject({ status: 'broken', atSeq: 11 });
  });

  it('reports SHA256SUMS that disagrees with the manifest', async () => {
    const files = unzipSync(zipBytes);
    const sums = new TextDecoder()
      .decode(files.SHA256SUMS)
      .replace(/^[0-9a-f]{64}(?= {2}data\/case\.json)/m, 'f'.repeat(64));
    files.SHA256SUMS = strToU8(sums);
    const verification = await (await openBundle(memoryAccess(rezip(files)))).verify();
    const sumsCheck = verification.files.find((f) => f.path === 'SHA256SUMS');
    expect(sumsCheck?.status).toBe('altered');
    expect(sumsCheck?.detail).toContain('data/case.json');
  });
});

describe('refusals', () => {
  it('refuses an entry that escapes the folder, naming it', async () => {
    const files = unzipSync(zipBytes);
    files['../../evil.txt'] = strToU8('pwned');
    expect(await refusal(rezip(files))).toMatch(/"\.\.\/\.\.\/evil\.txt".*outside the bundle's folder/);
  });

  it.each([
    ['/etc/cron.d/evil', /absolute path/],
    ['C:/Users/evil.bat', /Windows drive/],
    ['data\\..\\..\\evil.txt', /backslash/],
    ['data/evil\u0000.txt', /NUL/],
  ])('refuses the entry %j', async (name, reason) => {
    const files = unzipSync(zipBytes);
    files[name] = strToU8('x');
    expect(await refusal(rezip(files))).toMatch(reason);
  });

  it('refuses a zip bomb: a small entry declaring an absurd ratio', async () => {
    const files = unzipSync(zipBytes);
    files['data/bomb.txt'] = new Uint8Array(20 * 1024 * 1024);
    expect(await refusal(rezip(files))).toMatch(/"data\/bomb\.txt".*more than 1000:1.*zip bomb/);
  });

  it('stops an entry that inflates past the size it declares', async () => {
    const zip = zipBytes.slice();
    const at = centralRecord(zip, 'data/entities.jsonl');
    setU32(zip, at + 24, 100);
    const bundle = await openBundle(memoryAccess(zip));
    await expect(bundle.verify()).rejects.toThrow(
      /"data\/entities\.jsonl" inflates to more than the 100 bytes it declares/,
    );
  });

  it('refuses encrypted entries and unknown compression', async () => {
    const encrypted = zipBytes.slice();
    const a = centralRecord(encrypted, 'data/case.json');
    encrypted[a + 8] = (encrypted[a + 8] ?? 0) | 1;
    expect(await refusal(encrypted)).toMatch(/"data\/case\.json" is encrypted/);
    const bzip = zipBytes.slice();
    const b = centralRecord(bzip, 'data/case.json');
    bzip[b + 10] = 12;
    expect(await refusal(bzip)).toMatch(/compression method 12/);
  });

  it('refuses duplicate names, also those that differ only in case', async () => {
    const zip = zipBytes.slice();
    zip.set(strToU8('data/case.json'), centralRecord(zip, 'data/links.csv') + 46);
    expect(await refusal(zip)).toMatch(/"data\/case\.json" appears twice/);
    const files = unzipSync(zipBytes);
    const twin = rezip({ ...files, 'Data/Case.json': files['data/case.json'] ?? new Uint8Array() });
    expect(await refusal(twin)).toMatch(/differ only in upper and lower case/);
  });

  it('refuses a manifest from a newer Casegraph, and a ZIP without a manifest', async () => {
    const files = unzipSync(zipBytes);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Record<string, unknown>;
    files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, version: 99 }));
    expect(await refusal(rezip(files))).toMatch(/made by a newer Casegraph \(bundle format version 99\)/);
    delete files['manifest.json'];
    expect(await refusal(rezip(files))).toMatch(/not a Casegraph bundle: it has no manifest\.json/);
    files['manifest.json'] = strToU8('{"format":"casegraph-bundle",');
    expect(await refusal(rezip(files))).toMatch(/not valid JSON/);
  });

  it('refuses a truncated ZIP in plain words', async () => {
    expect(await refusal(zipBytes.slice(0, zipBytes.length - 100))).toMatch(/not a complete ZIP archive/);
    expect(await refusal(zipBytes.slice(0, 10))).toMatch(/not a ZIP archive/);
    expect(await refusal(strToU8('PK\u0005\u0006 just some text that is not a zip at all'))).toMatch(
      /not a complete ZIP/,
    );
  });

  it('reads a ZIP that ends with a comment', async () => {
    const comment = strToU8('hello там! PK\u0005\u0006');
    const zip = new Uint8Array(zipBytes.length + comment.length);
    zip.set(zipBytes);
    zip.set(comment, zipBytes.length);
    zip[zipBytes.length - 2] = comment.length;
    const verification = await (await openBundle(memoryAccess(zip))).verify();
    expect(verification.intact).toBe(true);
  });
});
