import { beforeEach, describe, expect, it } from 'vitest';
import { testEntity } from '@shared/case/testEntities';
import { sha256Hex } from '@shared/hash';
import { linkId, type EvidenceId } from '@shared/model';
import type { CasegraphDb } from '../db';
import { freshDb } from '../testing/freshDb';
import { recentAudit, verifyAuditLog } from './audit';
import { caseHistory } from './caseHistory';
import { addEvidenceToCase, caseMembers, removeFromCase, setEntityRole } from './caseItems';
import { addCaseNote, deleteCaseNote, editCaseNote, notesOfCase } from './caseNotes';
import {
  addEntitiesToCase,
  caseDeletionImpact,
  casesOfEntity,
  createCase,
  deleteCase,
  updateCase,
} from './cases';
import { caseTimeline } from './caseTimeline';
import { setEntityTags } from './entityEdits';
import { storeEvidence } from './evidence';
import { setExaminerName } from './settings';

const seller = testEntity('seller', 'sneakerdeals', {
  storefrontName: ['Sneaker Deals'],
  createdAt: ['2025-02-10'],
});
const email = testEntity('email', 'shop@example.com', { value: ['shop@example.com'] });
const product = testEntity('product', 'airmax', { name: ['Air Max 90'], brand: ['Nike'] });
const listing = testEntity('listing', 'L1', { title: ['Air Max OVP'], firstSeen: ['2025-03-01'] });
const bytes = new TextEncoder().encode('screenshot');
const evidenceId = sha256Hex(bytes) as EvidenceId;

let db: CasegraphDb;
beforeEach(async () => {
  db = freshDb();
  await setExaminerName(db, 'M. Keller');
  await db.entities.bulkPut([seller, email, product, listing]);
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
    sha256: evidenceId,
    name: 'shop.png',
    mediaType: 'image/png',
    data: new Blob([bytes]),
    capturedAt: '2025-03-14T09:00:00Z',
  });
});

describe('case items', () => {
  it('gives each kind its usual role, and an explicit role wins', async () => {
    const c = await createCase(db, { title: 'Op. Sneaker' });
    await addEntitiesToCase(db, c.id, [seller.id, email.id, product.id]);
    const members = await caseMembers(db, c.id);
    expect(Object.fromEntries(members.entities.map((m) => [m.item.targetId, m.item.role]))).toEqual({
      [seller.id]: 'subject',
      [email.id]: 'associate',
      [product.id]: 'victimBrand',
    });
    const other = await createCase(db, { title: 'Other' });
    await addEntitiesToCase(db, other.id, [email.id], 'witness');
    expect(await casesOfEntity(db, email.id)).toHaveLength(2);
    expect((await caseMembers(db, other.id)).entities[0]?.item.role).toBe('witness');
  });

  it('changes a role, removes an entity, attaches and detaches evidence, each logged', async () => {
    const c = await createCase(db, { title: 'Op. Sneaker' });
    await addEntitiesToCase(db, c.id, [seller.id]);
    await setEntityRole(db, c.id, seller.id, 'associate');
    expect(await addEvidenceToCase(db, c.id, [evidenceId, evidenceId])).toBe(1);
    expect(await addEvidenceToCase(db, c.id, [evidenceId])).toBe(0);
    const members = await caseMembers(db, c.id);
    expect(members.evidence.map((e) => e.evidence?.name)).toEqual(['shop.png']);
    await removeFromCase(db, c.id, seller.id);
    await removeFromCase(db, c.id, evidenceId);
    expect(await caseMembers(db, c.id)).toEqual({ entities: [], evidence: [] });
    const actions = (await recentAudit(db, 5)).map((e) => [e.action, e.details]);
    expect(actions).toEqual([
      ['case.removeEvidence', { evidence: evidenceId, name: 'shop.png' }],
      ['case.removeEntity', { entity: seller.id, role: 'associate' }],
      ['case.addEvidence', { evidence: evidenceId, name: 'shop.png', caseTitle: 'Op. Sneaker' }],
      ['case.setRole', { entity: seller.id, before: 'subject', after: 'associate' }],
      ['case.addEntity', { entity: seller.id, role: 'subject', caseTitle: 'Op. Sneaker' }],
    ]);
    expect(await db.entities.get(seller.id)).toBeDefined();
    expect(await db.evidence.get(evidenceId)).toBeDefined();
  });
});

describe('case details', () => {
  it('records each changed field before and after, and nothing when nothing changed', async () => {
    const c = await createCase(db, { title: 'Op. Sneaker' });
    const updated = await updateCase(db, c.id, {
      status: 'referred',
      tags: [' DE ', 'de', 'sneakers'],
      summary: ' Storefronts share an IBAN. ',
      title: 'Op. Sneaker',
    });
    expect(updated).toMatchObject({
      status: 'referred',
      tags: ['DE', 'sneakers'],
      summary: 'Storefronts share an IBAN.',
    });
    const [entry] = await recentAudit(db, 1);
    expect(entry).toMatchObject({
      action: 'case.update',
      target: c.id,
      details: {
        before: { status: 'open', tags: [], summary: '' },
        after: { status: 'referred', tags: ['DE', 'sneakers'], summary: 'Storefronts share an IBAN.' },
      },
    });
    const count = await db.audit.count();
    await updateCase(db, c.id, { status: 'referred' });
    expect(await db.audit.count()).toBe(count);
    await expect(updateCase(db, c.id, { title: ' ' })).rejects.toThrow(/title/);
  });
});

describe('notes', () => {
  it('writes, edits and deletes Markdown notes signed by the examiner, each logged with the text', async () => {
    const c = await createCase(db, { title: 'Op. Sneaker' });
    const note = await addCaseNote(db, c.id, ' **Same IBAN** ');
    expect(note).toMatchObject({ author: 'M. Keller', body: '**Same IBAN**', caseId: c.id });
    await editCaseNote(db, note.id, 'Same IBAN and phone');
    expect((await notesOfCase(db, c.id)).map((n) => n.body)).toEqual(['Same IBAN and phone']);
    await deleteCaseNote(db, note.id);
    expect(await notesOfCase(db, c.id)).toEqual([]);
    const actions = (await recentAudit(db, 3)).map((e) => [e.action, e.details.before ?? e.details.body]);
    expect(actions).toEqual([
      ['case.deleteNote', 'Same IBAN and phone'],
      ['case.editNote', '**Same IBAN**'],
      ['case.addNote', '**Same IBAN**'],
    ]);
    await expect(addCaseNote(db, c.id, '  ')).rejects.toThrow(/text/);
  });
});

describe('deleting a case', () => {
  it('removes the case and what only it held, keeps entities, evidence and other cases, and is logged', async () => {
    const c = await createCase(db, { title: 'Op. Sneaker', reference: 'CG-1' });
    const other = await createCase(db, { title: 'Other' });
    await addEntitiesToCase(db, c.id, [seller.id, email.id]);
    await addEntitiesToCase(db, other.id, [seller.id]);
    await addEvidenceToCase(db, c.id, [evidenceId]);
    await addEvidenceToCase(db, other.id, [evidenceId]);
    await addCaseNote(db, c.id, 'Reasoning');
    expect(await caseDeletionImpact(db, c.id)).toEqual({
      entities: 2,
      evidence: 1,
      notes: 1,
      views: 0,
      sharedWithOtherCases: 2,
    });
    await deleteCase(db, c.id);
    expect(await db.cases.get(c.id)).toBeUndefined();
    expect(await db.caseItems.where('caseId').equals(c.id).count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
    expect(await db.entities.count()).toBe(4);
    expect(await db.evidence.get(evidenceId)).toBeDefined();
    expect(await db.blobs.get(evidenceId)).toBeDefined();
    expect((await caseMembers(db, other.id)).entities.map((m) => m.item.targetId)).toEqual([seller.id]);
    const [entry] = await recentAudit(db, 1);
    expect(entry).toMatchObject({
      action: 'case.delete',
      target: c.id,
      details: {
        title: 'Op. Sneaker',
        reference: 'CG-1',
        entities: 2,
        evidence: 1,
        notesText: ['Reasoning'],
      },
    });
    expect((await verifyAuditLog(db)).ok).toBe(true);
  });
});

describe('history and timeline', () => {
  it('shows the case, its data and nothing of other cases, newest first', async () => {
    const c = await createCase(db, { title: 'Op. Sneaker' });
    const other = await createCase(db, { title: 'Other' });
    await addEntitiesToCase(db, c.id, [seller.id]);
    await addEntitiesToCase(db, other.id, [email.id]);
    await setEntityTags(db, seller.id, ['fake']);
    await setEntityTags(db, email.id, ['hub']);
    const history = await caseHistory(db, c.id);
    expect(history.entries.map((e) => e.action)).toEqual(['entity.tags', 'case.addEntity', 'case.create']);
    expect(history.names[seller.id]).toBe('seller Sneaker Deals');
  });

  it('draws the case entities, the listings its sellers sell, its evidence and notes', async () => {
    const c = await createCase(db, { title: 'Op. Sneaker' });
    await addEntitiesToCase(db, c.id, [seller.id]);
    await addEvidenceToCase(db, c.id, [evidenceId]);
    await addCaseNote(db, c.id, 'Note');
    const timeline = await caseTimeline(db, c.id);
    expect(timeline.reached).toBe(1);
    expect(timeline.events.map((e) => e.kind)).toEqual([
      'accountCreated',
      'listingFirstSeen',
      'capture',
      'note',
    ]);
    expect(timeline.events[1]?.detail).toBe('via Sneaker Deals');
  });
});
