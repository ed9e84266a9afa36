import { beforeEach, describe, expect, it } from 'vitest';
import { guessMapping } from '@shared/import/mapping/guessMapping';
import type { CasegraphDb } from '../db';
import { freshDb } from '../testing/freshDb';
import { recentAudit } from './audit';
import { deleteTemplate, saveTemplate, templateFileText, templateFor } from './templates';

let db: CasegraphDb;
beforeEach(() => {
  db = freshDb();
});

const headers = ['Verkäufer-ID', 'Shopname', 'Kontakt (privat)'];

describe('mapping templates', () => {
  it('is found again by the same headers in any order, exported as a file check-file reads, and deleted with a log entry', async () => {
    const { mapping } = guessMapping(headers, 'händler_amazon-de.csv');
    await saveTemplate(db, '  Amazon DE Händler ', headers, mapping);
    const found = await templateFor(db, [...headers].reverse());
    expect(found?.name).toBe('Amazon DE Händler');

    const file = JSON.parse(templateFileText(found ?? (undefined as never))) as {
      name: string;
      mapping: { columns: unknown[]; slots: unknown[] };
    };
    expect(file.name).toBe('Amazon DE Händler');
    expect(file.mapping.columns).toEqual(mapping.columns);
    expect(file.mapping.slots).toEqual(mapping.slots);

    await deleteTemplate(db, 'Amazon DE Händler');
    expect(await templateFor(db, headers)).toBeUndefined();
    expect((await recentAudit(db, 1))[0]).toMatchObject({
      action: 'template.delete',
      target: 'Amazon DE Händler',
    });
  });
});
