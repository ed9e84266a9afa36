/**
 * A case's notes: Markdown the investigator writes, signed with the examiner's name. Writing, editing and deleting
 * are each audit-logged against the case with the text before and after, so no reasoning changes unseen.
 */
import { newNoteId, type CaseId, type Note, type NoteId } from '@shared/model';
import type { CasegraphDb } from '../db';
import { appendAudit } from './audit';
import { readExaminerName } from './settings';

/** Oldest first, as a case file reads. */
export async function notesOfCase(db: CasegraphDb, caseId: CaseId): Promise<Note[]> {
  const notes = await db.notes.where('caseId').equals(caseId).toArray();
  return notes.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

function cleanBody(body: string): string {
  const text = body.trim();
  if (text === '') throw new Error('A note needs some text');
  return text;
}

export async function addCaseNote(db: CasegraphDb, caseId: CaseId, body: string): Promise<Note> {
  const text = cleanBody(body);
  return db.transaction('rw', [db.cases, db.notes, db.audit, db.settings], async () => {
    const record = await db.cases.get(caseId);
    if (!record) throw new Error('That case no longer exists');
    const now = new Date().toISOString();
    const note: Note = {
      id: newNoteId(),
      caseId,
      author: await readExaminerName(db),
      body: text,
      createdAt: now,
      updatedAt: now,
    };
    await db.notes.add(note);
    await db.cases.update(caseId, { updatedAt: now });
    await appendAudit(db, { action: 'case.addNote', target: caseId, details: { note: note.id, body: text } });
    return note;
  });
}

async function noteOfCase(db: CasegraphDb, id: NoteId): Promise<Note & { caseId: CaseId }> {
  const note = await db.notes.get(id);
  if (!note?.caseId) throw new Error('That note no longer exists');
  return note as Note & { caseId: CaseId };
}

export async function editCaseNote(db: CasegraphDb, id: NoteId, body: string): Promise<Note> {
  const text = cleanBody(body);
  return db.transaction('rw', [db.cases, db.notes, db.audit, db.settings], async () => {
    const note = await noteOfCase(db, id);
    if (note.body === text) return note;
    const now = new Date().toISOString();
    const updated: Note = { ...note, body: text, updatedAt: now };
    await db.notes.put(updated);
    await db.cases.update(note.caseId, { updatedAt: now });
    await appendAudit(db, {
      action: 'case.editNote',
      target: note.caseId,
      details: { note: id, before: note.body, after: text },
    });
    return updated;
  });
}

export async function deleteCaseNote(db: CasegraphDb, id: NoteId): Promise<void> {
  await db.transaction('rw', [db.cases, db.notes, db.audit, db.settings], async () => {
    const note = await noteOfCase(db, id);
    await db.notes.delete(id);
    await db.cases.update(note.caseId, { updatedAt: new Date().toISOString() });
    await appendAudit(db, {
      action: 'case.deleteNote',
      target: note.caseId,
      details: { note: id, before: note.body, author: note.author },
    });
  });
}
