import { describe, expect, it } from 'vitest';
import { entityId } from '../model';
import { guessMapping } from './mapping/guessMapping';
import { bytesSource } from './parse';
import { previewFile, runPipeline } from './pipeline';

const csv = [
  'Verkäufer-ID;Shopname;E-Mail;Telefon',
  'A1;"Sneaker Paradies 👟";info@sneaker.example;06155 2302',
  'B2;"Schuh ""Outlet""";kaputt;',
  'C3;"Магазин\nОригинал";shop@original.example;+7 495 123-45-67',
  ';;;',
  'D4;Trend24;trend@24.example;06155/2302',
].join('\r\n');
const source = bytesSource('verkaeufer_amazon-de.csv', new TextEncoder().encode(csv));

describe('the import pipeline', () => {
  it('previews a semicolon file and proposes a mapping', async () => {
    const preview = await previewFile(source);
    expect(preview.format).toBe('csv');
    expect(preview.headers).toEqual(['Verkäufer-ID', 'Shopname', 'E-Mail', 'Telefon']);
    expect(preview.rows).toHaveLength(4);
  });

  it('maps every record, keeps rejects with their row, and merges the shared phone', async () => {
    const preview = await previewFile(source);
    const plan = {
      format: preview.format,
      mapping: guessMapping(preview.headers, source.name, { region: 'DE' }).mapping,
    };
    const batches = [];
    for await (const batch of runPipeline(source, plan, { batchSize: 2 })) batches.push(batch);
    const records = batches.flatMap((b) => b.records);
    expect(records.map((r) => r.locator.row)).toEqual([2, 3, 4, 6]);
    expect(records[1]?.rejects).toMatchObject([{ field: 'E-Mail', value: 'kaputt' }]);
    const phoneUsers = records.filter((r) =>
      r.entities.some((e) => e.id === entityId('phone', '+4961552302')),
    );
    expect(phoneUsers.map((r) => r.locator.row)).toEqual([2, 6]);
    expect(batches.at(-1)?.rowsRead).toBe(4);
  });

  it('resumes after the records an earlier run committed, and nowhere else', async () => {
    const preview = await previewFile(source);
    const plan = { format: preview.format, mapping: guessMapping(preview.headers, source.name).mapping };
    const rows: (number | undefined)[] = [];
    for await (const batch of runPipeline(source, plan, { batchSize: 2, skipRecords: 3 })) {
      rows.push(...batch.records.map((r) => r.locator.row));
    }
    expect(rows).toEqual([6]);
  });

  it('stops at an aborted signal', async () => {
    const preview = await previewFile(source);
    const plan = { format: preview.format, mapping: guessMapping(preview.headers, source.name).mapping };
    const controller = new AbortController();
    controller.abort();
    const consume = async () => {
      const seen = [];
      for await (const batch of runPipeline(source, plan, { batchSize: 1, signal: controller.signal })) {
        seen.push(batch);
      }
      return seen;
    };
    await expect(consume()).rejects.toThrow();
  });
});
