/**
 * A small, hostile, realistic case for the bundle tests: a Russian storefront and its owner, a Brazilian Instagram
 * shop, shared e-mails and phones, an address, an IBAN, names with `<script>`, spreadsheet formulas, quotes, commas,
 * control characters and emoji; three evidence files; notes that repeat an e-mail and a phone verbatim; an audit
 * chain. Plus the helpers to write a bundle into memory and read it back through random access.
 */
import type { StoredNetwork } from '../analysis/stored';
import type { TimelineEvent } from '../case/timeline';
import { entityOf } from '../explore/testEntities';
import { sha256Hex } from '../hash';
import {
  entityId,
  linkId,
  nextAuditEntry,
  type AuditEntry,
  type Case,
  type CaseId,
  type CaseItem,
  type CaseItemId,
  type Entity,
  type Evidence,
  type EvidenceId,
  type ImportId,
  type Link,
  type LinkKind,
  type Note,
  type NoteId,
  type SavedView,
  type ViewId,
} from '../model';
import { normalizeAddress } from '../normalize';
import type { BundleInput, BundleOptions, RandomAccess } from './types';
import { writeBundle, type WrittenBundle } from './writeBundle';

export const CASE_ID = 'c0ffee00-1111-4222-8333-444455556666' as CaseId;
export const EMAIL = 'prodazhi@romashka-shop.ru';
export const EMAIL_IN_NOTE = 'Prodazhi@Romashka-Shop.ru';
export const PHONE = '+74951234567';
export const PHONE_IN_NOTE = '+7 495 123-45-67';
export const BR_EMAIL = 'loja.barata@gmail.com';
export const ADDRESS = 'ул. Тверская, д. 1, Москва 125009';
export const HIDDEN_EMAIL = 'secret.supplier@mail.ru';
export const IBAN = 'DE89370400440532013000';

const at = '2026-11-20T10:00:00.000Z';
const importId = 'import-1' as ImportId;

function addressEntity(full: string): Entity {
  const key = normalizeAddress(full);
  if (!key.ok) throw new Error(key.reason);
  return entityOf('address', [key.value], { value: [key.value], full: [full], country: ['RU'] });
}

export const ENTITIES = {
  seller: entityOf('seller', ['ozon.ru', '77123'], {
    platform: ['ozon.ru'],
    sellerId: ['77123'],
    storefrontName: ['<script>alert("Ромашка")</script>'],
    businessName: ['ООО «Ромашка», "Лучшие цены"'],
    country: ['RU'],
  }),
  insta: entityOf('socialAccount', ['instagram', 'loja_barata_oficial'], {
    platform: ['instagram'],
    handle: ['loja_barata_oficial'],
    displayName: ['=HYPERLINK("http://evil.example","Loja 🇧🇷")'],
    bio: [`📩 pedidos: ${BR_EMAIL} | fornecedor ${HIDDEN_EMAIL}\u0007`],
  }),
  person: entityOf('person', ['ftm', 'p-ivanov'], { name: ['Иван Петров'], country: ['RU'] }),
  company: entityOf('organization', ['ftm', 'co-romashka'], {
    name: ['ООО «Ромашка»'],
    registrationNumber: ['1187746123456'],
    vatNumber: ['7701234567'],
    country: ['RU'],
  }),
  email: entityOf('email', [EMAIL], { value: [EMAIL] }),
  brEmail: entityOf('email', [BR_EMAIL], { value: [BR_EMAIL] }),
  phone: entityOf('phone', [PHONE], { value: [PHONE], country: ['RU'] }),
  address: addressEntity(ADDRESS),
  iban: entityOf('paymentAccount', [IBAN], { value: [IBAN], provider: ['Commerzbank'] }),
  domain: entityOf('domain', ['romashka-shop.ru'], { value: ['romashka-shop.ru'] }),
  url: entityOf('url', ['https://romashka-shop.ru'], { value: ['https://romashka-shop.ru'] }),
  ip: entityOf('ipAddress', ['203.0.113.7'], { value: ['203.0.113.7'] }),
  listing: entityOf('listing', ['ozon.ru', '555'], {
    platform: ['ozon.ru'],
    listingId: ['555'],
    title: ['Кроссовки "Nike" Air, 42 размер -50%'],
    firstSeen: ['2026-10-01'],
  }),
} as const;

function link(kind: LinkKind, from: Entity, to: Entity, role?: string): Link {
  return {
    id: linkId(kind, from.id, to.id),
    kind,
    from: from.id,
    to: to.id,
    ...(role === undefined ? {} : { role }),
    sources: [],
    importIds: [importId],
    createdAt: at,
    updatedAt: at,
  };
}

export const LINKS: readonly Link[] = [
  link('uses', ENTITIES.seller, ENTITIES.email, 'email'),
  link('uses', ENTITIES.seller, ENTITIES.phone, 'phone'),
  link('uses', ENTITIES.company, ENTITIES.email, 'ftm:email'),
  link('uses', ENTITIES.company, ENTITIES.phone, 'ftm:phone'),
  link('uses', ENTITIES.company, ENTITIES.address, 'ftm:addressEntity'),
  link('uses', ENTITIES.company, ENTITIES.iban, 'ftm:owner'),
  link('uses', ENTITIES.company, ENTITIES.url, 'ftm:website'),
  link('operates', ENTITIES.company, ENTITIES.seller, 'ftm:owner'),
  link('operates', ENTITIES.person, ENTITIES.company, 'ftm:Directorship'),
  link('uses', ENTITIES.insta, ENTITIES.brEmail, 'bio'),
  link('mentions', ENTITIES.insta, ENTITIES.seller),
  link('uses', ENTITIES.seller, ENTITIES.domain, 'website'),
  link('uses', ENTITIES.seller, ENTITIES.ip, 'ip'),
  link('sells', ENTITIES.seller, ENTITIES.listing),
];

export type TestEvidence = Readonly<{ record: Evidence; bytes: Uint8Array }>;

function evidence(name: string, bytes: Uint8Array, mediaType: string): TestEvidence {
  return {
    bytes,
    record: {
      id: sha256Hex(bytes) as EvidenceId,
      name,
      otherNames: [],
      mediaType,
      size: bytes.length,
      capturedAt: '2026-10-02T08:00:00.000Z',
      importedAt: at,
      importIds: [importId],
    },
  };
}

/** Bytes that look like a photo: not compressible text, and long enough to span several chunks. */
export function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < length; i += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

export const EVIDENCE: readonly TestEvidence[] = [
  evidence('Скриншот витрины 🛒.png', pseudoRandomBytes(300_000, 7), 'image/png'),
  evidence(
    '../../etc/passwd "export", v2.csv',
    new TextEncoder().encode(`seller,email\nРомашка,${EMAIL}\n`),
    'text/csv',
  ),
  evidence('empty.txt', new Uint8Array(0), 'text/plain'),
];

const CASE: Case = {
  id: CASE_ID,
  title: 'Ромашка — counterfeit Nike <b>sneakers</b>',
  reference: 'CG-2026-017',
  status: 'open',
  owner: 'Анна Смирнова',
  tags: ['nike', 'ozon', 'приоритет'],
  summary: `Storefront on Ozon selling fake Nike; contact ${EMAIL_IN_NOTE}, phone ${PHONE_IN_NOTE}.`,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-25T16:45:30.000Z',
};

function item(
  id: string,
  entity: Entity,
  role: 'subject' | 'associate' | 'victimBrand' | 'witness',
): CaseItem {
  return { id: id as CaseItemId, caseId: CASE_ID, addedAt: at, type: 'entity', targetId: entity.id, role };
}

const NOTES: readonly Note[] = [
  {
    id: 'note-1' as NoteId,
    caseId: CASE_ID,
    author: 'Анна',
    body: `Called ${PHONE_IN_NOTE}; wrote to ${EMAIL_IN_NOTE}. Office at ${ADDRESS}.\n=SUM(1,2) <img src=x onerror=alert(1)>`,
    createdAt: at,
    updatedAt: at,
  },
];

const TIMELINE: readonly TimelineEvent[] = [
  {
    key: 'listingFirstSeen:555',
    kind: 'listingFirstSeen',
    at: '2026-10-01',
    time: Date.UTC(2026, 9, 1),
    title: 'Listing first seen',
    detail: `Кроссовки "Nike" — via ${EMAIL}`,
    target: { type: 'entity', id: ENTITIES.listing.id },
  },
];

const NETWORKS: readonly StoredNetwork[] = [
  {
    id: 'net-1',
    rank: 1,
    score: 0.9,
    scoreReason: `2 accounts share ${EMAIL}`,
    size: 2,
    members: [
      { id: ENTITIES.seller.id, kind: 'seller', caption: '<script>alert("Ромашка")</script>' },
      { id: ENTITIES.insta.id, kind: 'socialAccount', caption: 'loja_barata_oficial' },
    ],
    ties: [{ id: ENTITIES.email.id, kind: 'email', value: EMAIL, members: 2 }],
    listings: 1,
    shipments: 0,
    seizures: 0,
    analysisId: 'analysis-1',
    memberIds: [ENTITIES.seller.id, ENTITIES.insta.id],
  },
];

export function auditChain(count: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    entries.push(
      nextAuditEntry(entries.at(-1), {
        at: new Date(Date.UTC(2026, 10, 1, 9, i)).toISOString(),
        actor: 'Анна',
        action: i === 0 ? 'case.create' : 'case.addEntity',
        target: CASE_ID,
        details: {
          entity: i % 2 === 0 ? ENTITIES.email.id : ENTITIES.phone.id,
          value: i % 2 === 0 ? EMAIL : PHONE,
        },
      }),
    );
  }
  return entries;
}

/** Bytes as an async stream of pieces of `size` bytes (a copy each, as a file reader would hand them over). */
export async function* inChunks(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  const pieces: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += size) pieces.push(bytes.slice(offset, offset + size));
  for (const piece of pieces) {
    // a real reader waits for the disk between pieces
    await Promise.resolve();
    yield piece;
  }
}

/** A list as the store's pages of `size`. */
export async function* pages<T>(items: readonly T[], size: number): AsyncIterable<readonly T[]> {
  const all: (readonly T[])[] = [];
  for (let i = 0; i < items.length; i += size) all.push(items.slice(i, i + size));
  for (const page of all) {
    // a real store answers each page asynchronously
    await Promise.resolve();
    yield page;
  }
}

export type InputOptions = Readonly<{
  views?: readonly SavedView[];
  audit?: readonly AuditEntry[];
  evidence?: readonly TestEvidence[];
}>;

export function testInput(options: InputOptions = {}): BundleInput {
  const audit = options.audit ?? auditChain(12);
  const files = options.evidence ?? EVIDENCE;
  const last = audit.at(-1);
  return {
    case: CASE,
    items: [
      item('i1', ENTITIES.seller, 'subject'),
      item('i2', ENTITIES.insta, 'subject'),
      item('i3', ENTITIES.company, 'subject'),
      item('i4', ENTITIES.email, 'associate'),
      item('i5', ENTITIES.phone, 'associate'),
      ...files.map((file, i): CaseItem => ({
        id: `ev${i}` as CaseItemId,
        caseId: CASE_ID,
        addedAt: at,
        type: 'evidence',
        targetId: file.record.id,
      })),
    ],
    entities: Object.values(ENTITIES),
    links: LINKS,
    evidence: files.map((file) => ({
      record: file.record,
      reason: 'attached' as const,
      // deliberately small, uneven chunks: the writer must not care how the bytes arrive
      read: () => inChunks(file.bytes, 65_521),
    })),
    notes: NOTES,
    views: options.views ?? [],
    timeline: TIMELINE,
    networks: NETWORKS,
    audit: () => pages(audit, 5),
    auditHead: last === undefined ? undefined : { seq: last.seq, hash: last.hash },
  };
}

export const SAVED_VIEW: SavedView = {
  id: 'view-1' as ViewId,
  caseId: CASE_ID,
  name: 'Ромашка <network>',
  nodeIds: [ENTITIES.seller.id, ENTITIES.email.id, ENTITIES.insta.id],
  positions: {
    [ENTITIES.seller.id]: { x: 0, y: 0 },
    [ENTITIES.email.id]: { x: 200, y: 40 },
    [ENTITIES.insta.id]: { x: 400, y: 0 },
  },
  settings: {},
  createdAt: at,
  updatedAt: at,
};

export const testOptions = (overrides: Partial<BundleOptions> = {}): BundleOptions => ({
  includeEvidence: true,
  redact: false,
  deterministic: true,
  examiner: 'Анна Смирнова',
  tool: { name: 'Casegraph', version: '0.1.0' },
  createdAt: '2026-11-29T12:00:00.000Z',
  ...overrides,
});

/** Writes a bundle into memory. */
export async function writeToMemory(
  input: BundleInput,
  options: BundleOptions,
): Promise<WrittenBundle & { zip: Uint8Array }> {
  const chunks: Uint8Array[] = [];
  const result = await writeBundle(input, options, (chunk) => {
    chunks.push(chunk.slice());
    return Promise.resolve();
  });
  const zip = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    zip.set(chunk, offset);
    offset += chunk.length;
  }
  return { ...result, zip };
}

export function memoryAccess(bytes: Uint8Array): RandomAccess {
  return {
    size: bytes.length,
    read: (offset, length) => Promise.resolve(bytes.slice(offset, offset + length)),
  };
}

export { entityId };
