/** Saved column mappings, found again by the signature of a file's headers. */
import { templateSignature } from '@shared/import/mapping/templateSignature';
import type { Mapping, MappingTemplate } from '@shared/import/mapping/types';
import type { CasegraphDb, StoredTemplate } from '../db';
import { appendAudit } from './audit';

export async function saveTemplate(
  db: CasegraphDb,
  name: string,
  headers: readonly string[],
  mapping: Mapping,
): Promise<MappingTemplate> {
  const trimmed = name.trim();
  if (trimmed === '') throw new Error('A template needs a name');
  return db.transaction('rw', [db.templates, db.audit, db.settings], async () => {
    const now = new Date().toISOString();
    const existing = await db.templates.get(trimmed);
    const template: StoredTemplate = {
      name: trimmed,
      headers: [...headers],
      mapping,
      signature: templateSignature(headers),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await db.templates.put(template);
    await appendAudit(db, {
      action: existing ? 'template.update' : 'template.create',
      target: trimmed,
      details: { columns: mapping.columns.length },
    });
    return template;
  });
}

/** The most recently saved template made for exactly this set of headers, if any. */
export async function templateFor(
  db: CasegraphDb,
  headers: readonly string[],
): Promise<MappingTemplate | undefined> {
  const matches = await db.templates
    .where('signature')
    .equals(templateSignature(headers))
    .sortBy('updatedAt');
  return matches.at(-1);
}

export function listTemplates(db: CasegraphDb): Promise<MappingTemplate[]> {
  return db.templates.orderBy('name').toArray();
}

export async function deleteTemplate(db: CasegraphDb, name: string): Promise<void> {
  await db.transaction('rw', [db.templates, db.audit, db.settings], async () => {
    const existing = await db.templates.get(name);
    if (!existing) return;
    await db.templates.delete(name);
    await appendAudit(db, {
      action: 'template.delete',
      target: name,
      details: { columns: existing.mapping.columns.length },
    });
  });
}

/**
 * A template as a file for `npm run check-file -- FILE --mapping TEMPLATE.json`: a data provider checks a file
 * against exactly the mapping the investigator will use.
 */
export function templateFileText(template: MappingTemplate): string {
  const { name, headers, mapping, createdAt, updatedAt } = template;
  return `${JSON.stringify({ name, headers, mapping, createdAt, updatedAt }, null, 2)}\n`;
}
