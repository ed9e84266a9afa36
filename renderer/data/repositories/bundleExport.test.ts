/**
 * A case read from the store for a bundle, written, opened and checked as a reviewer would; then the reviewer's
 * annotations brought back into the case. The store is fake-indexeddb; the writer and reader are the real ones.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createAnnotationsFile, parseAnnotationsFile } from '@shared/bundle/annotations';
import { openBundle } from '@shared/bundle/readBundle';
import type { BundleOptions, RandomAccess } from '@shared/bundle/types';
import { testEntity } from '@shared/case/testEntities';
import { sha256Hex } from '@shared/hash';
import { linkId, type Case, type EvidenceId } from '@shared/model';
import type { CasegraphDb } from '../db';
import { freshDb } from '../testing/freshDb';
import { writeBundle } from '@shared/bundle/writeBundle';
import { recentAudit } from './audit';
import { recordBundleExport } from './bundleExports';
import { readBundleInput } from './bundleSource';
import { addEvidenceToCase } from './caseItems';
import {
  annotationsOfCase,
  annotationsOfTarget,
  AnnotationsRefused,
  importCaseAnnotations,
} from './caseAnnotations';
import { addEntitiesToCase, createCase, deleteCase, updateCase } from './cases';
import { storeEvidence } from './evidence';
import { setExaminerName } from './settings';

const seller = testEntity('seller', 'romashka', { storefrontName: ['Ромашка Shop 🌼'] });
const listing = testEntity('listing', 'L-77', { title: ['Кроссовки Air Max, "оригинал"'] });
const unrelated = testEntity('seller', 'other-shop', { storefrontName: ['Other Shop'] });
const screenshot = new TextEncoder().encode('<html>storefront capture</html>');
const screenshotId = sha256Hex(screenshot) as EvidenceId;

const OPTIONS: BundleOptions = {
  includeEvidence: true,
  redact: false,
  deterministic: true,
  examiner: 'M. Keller',
  tool: { name: 'Casegraph', version: 'test' },
  createdAt: '2026-11-29T12:00:00.000Z',
};

let db: CasegraphDb;
let record: Case;

beforeEach(async () => {
  db = freshDb();
  await setExaminerName(db, 'M. Keller');
  await db.entities.bulkPut([seller, listing, unrelated]);
  await db.links.put({
    id: linkId('sells', seller.id, listing.id),
    kind: 'sells',
    from: seller.id,
    to: listing.id,
    sources: [],
    importIds: [],
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  });
  await storeEvidence(db, {
    sha256: screenshotId,
    name: 'romashka-storefront.html',
    mediaType: 'text/html',
    data: new Blob([screenshot]),
  });
  record = await createCase(db, { title: 'Операция Ромашка', reference: 'CG-2026-077' });
  await addEntitiesToCase(db, record.id, [seller.id]);
  await addEvidenceToCase(db, record.id, [screenshotId]);
  // another case's change, later in the chain
  const other = await createCase(db, { title: 'Someone else’s case' });
  await addEntitiesToCase(db, other.id, [unrelated.id]);
});

async function bundleBytes(options: BundleOptions = OPTIONS): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await writeBundle(await readBundleInput(db, record.id), options, (chunk) => {
    chunks.push(chunk.slice());
    return Promise.resolve();
  });
  return new Uint8Array(Buffer.concat(chunks));
}

const randomAccess = (bytes: Uint8Array): RandomAccess => ({
  size: bytes.byteLength,
  read: (offset, length) => Promise.resolve(bytes.slice(offset, offset + length)),
});

describe('a case read for a bundle', () => {
  it('holds its subjects, what they link to, its evidence, and only number and hashes of other cases’ history', async () => {
    const input = await readBundleInput(db, record.id);
    expect(input.entities.map((e) => e.id).sort()).toEqual([listing.id, seller.id].sort());
    expect(input.links).toHaveLength(1);
    expect(input.evidence.map((e) => [e.record.name, e.reason])).toEqual([
      ['romashka-storefront.html', 'attached'],
    ]);
    const chunks: Uint8Array[] = [];
    for await (const chunk of input.evidence[0]?.read() ?? []) chunks.push(chunk);
    expect(sha256Hex(new Uint8Array(Buffer.concat(chunks)))).toBe(screenshotId);

    const lines = [];
    for await (const page of input.audit()) lines.push(...page);
    // the chain ends at the last entry about this case; the other case's entries come after it or as stubs
    expect(input.auditHead?.seq).toBe(lines.at(-1)?.seq);
    expect(lines.map((l) => l.seq)).toEqual(lines.map((_, i) => i + 1));
    expect(lines.every((l) => !('omitted' in l) || !('details' in l))).toBe(true);
    expect(JSON.stringify(lines)).not.toContain('Someone else');
  });

  it('writes the same bytes twice in deterministic mode, even after the first export is recorded', async () => {
    const first = await bundleBytes();
    await recordBundleExport(db, record.id, {
      manifestSha256: 'a'.repeat(64),
      fileName: 'CG-2026-077-bundle.zip',
      bytes: first.byteLength,
      includeEvidence: true,
      redact: false,
      deterministic: true,
    });
    const second = await bundleBytes();
    expect(sha256Hex(second)).toBe(sha256Hex(first));
    // a real change to the case is a different bundle
    await updateCase(db, record.id, { summary: 'Same IBAN on both storefronts.' });
    expect(sha256Hex(await bundleBytes())).not.toBe(sha256Hex(first));
  });

  it('opens as intact with its audit chain, and names an altered evidence byte', async () => {
    const bytes = await bundleBytes();
    const opened = await openBundle(randomAccess(bytes));
    const verification = await opened.verify();
    expect(verification.intact).toBe(true);
    expect(verification.audit.status).toBe('intact');

    const needle = new TextEncoder().encode('storefront capture');
    const at = Buffer.from(bytes).indexOf(Buffer.from(needle));
    const altered = bytes.slice();
    altered[at] = (altered[at] ?? 0) ^ 0x20;
    const check = await (await openBundle(randomAccess(altered))).verify();
    expect(check.intact).toBe(false);
    expect(check.files.filter((f) => f.status !== 'intact').map((f) => f.path)).toEqual([
      expect.stringMatching(/^evidence\/[0-9a-f]{64}-romashka-storefront\.html$/),
    ]);
  });
});

describe('the report’s PDF', () => {
  const printed = new TextEncoder().encode('%PDF-1.7 printed by the desktop app');
  const printPdf = (html: string) =>
    Promise.resolve(html.includes('Операция Ромашка') ? printed : new Uint8Array());
  async function pdfOf(bytes: Uint8Array): Promise<string> {
    const chunks: Uint8Array[] = [];
    for await (const chunk of (await openBundle(randomAccess(bytes))).readFile('report.pdf'))
      chunks.push(chunk);
    return Buffer.concat(chunks).toString('latin1');
  }

  it('is the shell’s print of report.html when it has one, and the built-in PDF when it has none', async () => {
    expect(await pdfOf(await bundleBytes({ ...OPTIONS, deterministic: false, printPdf }))).toBe(
      '%PDF-1.7 printed by the desktop app',
    );
    const own = await pdfOf(
      await bundleBytes({ ...OPTIONS, deterministic: false, printPdf: () => Promise.resolve(null) }),
    );
    expect(own.startsWith('%PDF-')).toBe(true);
    expect(own).not.toContain('printed by the desktop app');
  });

  it('is always the built-in one in deterministic mode, so the bytes repeat', async () => {
    expect(await pdfOf(await bundleBytes({ ...OPTIONS, printPdf }))).not.toContain(
      'printed by the desktop app',
    );
  });
});

describe('a reviewer’s annotations brought back', () => {
  async function reviewerFile(caseId = record.id) {
    const bytes = await bundleBytes();
    const opened = await openBundle(randomAccess(bytes));
    await recordBundleExport(db, record.id, {
      manifestSha256: opened.manifestSha256,
      fileName: 'CG-2026-077-bundle.zip',
      bytes: bytes.byteLength,
      includeEvidence: true,
      redact: false,
      deterministic: true,
    });
    const text = createAnnotationsFile({
      manifestSha256: opened.manifestSha256,
      manifest: { case: { ...opened.manifest.case, id: caseId } },
      reviewer: 'K. Nowak',
      createdAt: '2026-12-02T08:30:00.000Z',
      annotations: [
        {
          id: 'a1',
          target: { type: 'entity', id: seller.id, label: 'Ромашка Shop 🌼' },
          flag: 'disputed',
          comment: 'Imprint is a parcel locker <script>alert(1)</script>',
          at: '2026-12-02T08:10:00.000Z',
        },
      ],
    });
    return parseAnnotationsFile(text, 'review.json');
  }

  it('lands in the case and on the entity, once, with an audit entry naming the reviewer', async () => {
    const file = await reviewerFile();
    expect(await importCaseAnnotations(db, record.id, file)).toMatchObject({
      status: 'imported',
      count: 1,
      knownBundle: true,
    });
    expect(await importCaseAnnotations(db, record.id, file)).toEqual({ status: 'alreadyImported', count: 1 });
    const [annotation] = await annotationsOfCase(db, record.id);
    expect(annotation).toMatchObject({ reviewer: 'K. Nowak', flag: 'disputed', targetId: seller.id });
    expect(await annotationsOfTarget(db, seller.id)).toHaveLength(1);
    const [entry] = await recentAudit(db, 1);
    expect(entry).toMatchObject({
      action: 'case.importAnnotations',
      target: record.id,
      details: { reviewer: 'K. Nowak', count: 1 },
    });
  });

  it('refuses annotations made on another case, and goes when the case is deleted', async () => {
    const other = await createCase(db, { title: 'Другое дело' });
    await expect(importCaseAnnotations(db, other.id, await reviewerFile())).rejects.toThrow(
      AnnotationsRefused,
    );
    await importCaseAnnotations(db, record.id, await reviewerFile());
    await deleteCase(db, record.id);
    expect(await db.caseAnnotations.count()).toBe(0);
  });
});
