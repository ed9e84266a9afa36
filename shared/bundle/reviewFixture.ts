/**
 * A small, realistic case written as a real bundle, for Review's tests (and to try the page by hand): a storefront,
 * its listing, the e-mail it uses, a screenshot and a saved page as evidence, a note, a saved graph view, and an
 * audit chain. Only for tests and tools; the app never imports it.
 */
import { assembleTimeline } from '../case/timeline';
import { testEntity } from '../case/testEntities';
import { sha256Hex } from '../hash';
import {
  linkId,
  nextAuditEntry,
  type AuditEntry,
  type Case,
  type CaseId,
  type CaseItem,
  type CaseItemId,
  type Evidence,
  type EvidenceId,
  type ImportId,
  type Link,
  type Note,
  type NoteId,
  type SavedView,
  type ViewId,
} from '../model';
import type { BundleInput, BundleOptions } from './types';
import { writeBundle } from './writeBundle';

const IMPORT = 'imp-2026-02-11-lager' as ImportId;
const AT = '2026-02-11T09:30:00.000Z';

const evidenceRecord = (
  name: string,
  mediaType: string,
  bytes: Uint8Array,
  capturedAt: string,
): Evidence => ({
  id: sha256Hex(bytes) as EvidenceId,
  name,
  otherNames: [],
  mediaType,
  size: bytes.byteLength,
  sourceUrl: 'https://www.amazon.de/sp?seller=A1TOPLAGER',
  capturedAt,
  capturedBy: 'M. Keller',
  importedAt: AT,
  importIds: [IMPORT],
});

/** One value as the async stream the writer reads. */
async function* inPieces<T>(value: T): AsyncIterable<T> {
  yield await Promise.resolve(value);
}

export type ReviewFixture = Readonly<{
  zip: Uint8Array;
  input: BundleInput;
  evidencePaths: readonly string[];
}>;

export async function reviewFixtureBundle(options: Partial<BundleOptions> = {}): Promise<ReviewFixture> {
  const page = new TextEncoder().encode(
    '<!doctype html><html><head><title>Top Lager Outlet</title><script>alert(1)</script></head><body><h1>Top Lager Outlet</h1><p>Air Max 90 OVP – 49,90 €</p><img src="https://tracker.example/p.gif"></body></html>',
  );
  const csv = new TextEncoder().encode(
    'seller_id,storefront,email,listing_id,title,price\nA1TOPLAGER,Top Lager Outlet,toplager.outlet@gmail.com,B0C7XK2L9Q,Air Max 90 OVP Herren 42,49.90 EUR\n',
  );
  const pageRecord = evidenceRecord(
    'storefront-top-lager.html',
    'text/html',
    page,
    '2026-02-10T18:04:00.000Z',
  );
  const csvRecord = evidenceRecord('seller-export-2026-02.csv', 'text/csv', csv, '2026-02-11T08:00:00.000Z');
  const source = (row: number) => [{ importId: IMPORT, evidenceId: csvRecord.id, locator: { row } }];

  const seller = {
    ...testEntity('seller', 'amazon.de:A1TOPLAGER', {
      storefrontName: ['Top Lager Outlet'],
      platform: ['amazon.de'],
      country: ['DE'],
      vatNumber: ['DE298765432'],
      createdAt: ['2025-11-03'],
    }),
    sources: source(2),
  };
  const email = testEntity('email', 'toplager.outlet@gmail.com', { value: ['toplager.outlet@gmail.com'] });
  const listing = testEntity('listing', 'amazon.de:B0C7XK2L9Q', {
    title: ['Air Max 90 OVP Herren 42'],
    price: ['49.90 EUR'],
    firstSeen: ['2026-01-20'],
  });
  const entities = [seller, email, listing];
  const link = (kind: Link['kind'], from: Link['from'], to: Link['to'], role?: string): Link => ({
    id: linkId(kind, from, to),
    kind,
    from,
    to,
    ...(role ? { role } : {}),
    sources: source(2),
    importIds: [IMPORT],
    createdAt: AT,
    updatedAt: AT,
  });
  const links = [link('sells', seller.id, listing.id), link('uses', seller.id, email.id, 'email')];

  const caseId = 'c7f3a2e0-5b1d-4c8e-9f6a-1d2e3f4a5b6c' as CaseId;
  const theCase: Case = {
    id: caseId,
    title: 'Op. Lötkolben',
    reference: 'BPA-2026-114',
    status: 'referred',
    owner: 'M. Keller',
    tags: ['sneakers', 'amazon.de'],
    summary:
      'Storefront selling Air Max 90 far under the recommended price; e-mail shared with two other shops.',
    createdAt: AT,
    updatedAt: '2026-02-12T16:45:00.000Z',
  };
  const base = (n: number) => ({ id: `item-${n}` as CaseItemId, caseId, addedAt: AT });
  const items: CaseItem[] = [
    { ...base(1), type: 'entity', targetId: seller.id, role: 'subject' },
    { ...base(2), type: 'entity', targetId: email.id, role: 'associate' },
    { ...base(3), type: 'evidence', targetId: pageRecord.id },
  ];
  const notes: Note[] = [
    {
      id: 'note-1' as NoteId,
      caseId,
      author: 'M. Keller',
      body: 'Test purchase ordered 2026-02-12; parcel expected from Frankfurt.',
      createdAt: '2026-02-12T16:45:00.000Z',
      updatedAt: '2026-02-12T16:45:00.000Z',
    },
  ];
  const views: SavedView[] = [
    {
      id: 'view-1' as ViewId,
      caseId,
      name: 'Top Lager and its listing',
      nodeIds: [seller.id, listing.id, email.id],
      positions: {
        [seller.id]: { x: 0, y: 0 },
        [listing.id]: { x: 220, y: 40 },
        [email.id]: { x: -180, y: 90 },
      },
      settings: {},
      createdAt: AT,
      updatedAt: AT,
    },
  ];
  let entry: AuditEntry | undefined;
  const audit: AuditEntry[] = [];
  for (const action of [
    'import.finish',
    'case.create',
    'case.addEntity',
    'case.addEvidence',
    'case.addNote',
  ]) {
    entry = nextAuditEntry(entry, { at: AT, actor: 'M. Keller', action, target: caseId, details: {} });
    audit.push(entry);
  }
  const bytesOf = new Map<string, Uint8Array>([
    [pageRecord.id, page],
    [csvRecord.id, csv],
  ]);
  const input: BundleInput = {
    case: theCase,
    items,
    entities,
    links,
    evidence: [pageRecord, csvRecord].map((record) => ({
      record,
      reason: record.id === pageRecord.id ? 'attached' : 'source',
      read: () => inPieces(bytesOf.get(record.id) ?? new Uint8Array()),
    })),
    notes,
    views,
    timeline: assembleTimeline({
      entities: entities.map((entity) => ({ entity })),
      evidence: [pageRecord],
      notes,
    }),
    networks: [],
    audit: () => inPieces(audit),
    auditHead: entry ? { seq: entry.seq, hash: entry.hash } : undefined,
  };
  const parts: Uint8Array[] = [];
  const written = await writeBundle(
    input,
    {
      includeEvidence: true,
      redact: false,
      deterministic: true,
      examiner: 'M. Keller',
      tool: { name: 'Casegraph', version: 'test' },
      createdAt: '2026-02-13T10:00:00.000Z',
      ...options,
    },
    (chunk) => {
      parts.push(chunk.slice());
      return Promise.resolve();
    },
  );
  const zip = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    zip.set(part, at);
    at += part.byteLength;
  }
  const evidencePaths = written.manifest.files.filter((f) => f.role === 'evidence').map((f) => f.path);
  return { zip, input, evidencePaths };
}

/** The same bytes as random access, the way the app's worker reads a Blob. */
export function memoryAccess(bytes: Uint8Array): {
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
} {
  return {
    size: bytes.byteLength,
    read: (offset, length) => Promise.resolve(bytes.slice(offset, offset + length)),
  };
}
