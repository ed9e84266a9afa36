import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../hash';
import { manifestSchema } from './manifest';
import { parseSha256Sums } from './sha256sums';
import { ENTITIES, EVIDENCE, inChunks, testInput, testOptions, writeToMemory } from './testBundle';
import { writeBundle } from './writeBundle';

const text = (bytes: Uint8Array | undefined): string =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('writeBundle', () => {
  it('writes every file, lists each in the manifest and SHA256SUMS with its true hash, and copies evidence byte for byte', async () => {
    const written = await writeToMemory(testInput(), testOptions());
    const files = unzipSync(written.zip);
    const names = Object.keys(files);
    expect(names.at(-2)).toBe('manifest.json');
    expect(names.at(-1)).toBe('SHA256SUMS');
    expect(names).toEqual(
      expect.arrayContaining([
        'audit/log.jsonl',
        'data/case.json',
        'data/entities.csv',
        'data/entities.jsonl',
        'data/evidence.jsonl',
        'data/ftm.jsonl',
        'data/graph.graphml',
        'data/links.csv',
        'data/links.jsonl',
        'data/networks.json',
        'data/stix.json',
        'data/timeline.jsonl',
        'report.html',
        'report.pdf',
      ]),
    );
    // the entries before the manifest come in path order
    const body = names.slice(0, -2);
    expect(body).toEqual([...body].sort());

    const manifest = manifestSchema.parse(JSON.parse(text(files['manifest.json'])));
    expect(sha256Hex(files['manifest.json'] ?? new Uint8Array())).toBe(written.manifestSha256);
    expect(manifest.files.map((f) => f.path).sort()).toEqual(body);
    for (const file of manifest.files) {
      const bytes = files[file.path];
      expect(bytes, file.path).toBeDefined();
      expect(sha256Hex(bytes ?? new Uint8Array()), file.path).toBe(file.sha256);
      expect(bytes?.length, file.path).toBe(file.size);
    }
    const sums = parseSha256Sums(text(files.SHA256SUMS));
    expect(sums.problems).toEqual([]);
    expect(sums.lines.map((l) => l.path)).toEqual([...names].filter((n) => n !== 'SHA256SUMS').sort());
    for (const line of sums.lines) expect(sha256Hex(files[line.path] ?? new Uint8Array())).toBe(line.sha256);
    expect(text(files.SHA256SUMS)).toMatch(/^[0-9a-f]{64} {2}audit\/log\.jsonl\n/);

    for (const { record, bytes } of EVIDENCE) {
      const entry = manifest.files.find((f) => f.sha256 === record.id);
      expect(entry?.path.startsWith(`evidence/${record.id}-`)).toBe(true);
      expect(entry?.path).not.toContain('..');
      expect(files[entry?.path ?? '']).toEqual(bytes);
    }
    expect(manifest.files.find((f) => f.sha256 === EVIDENCE[0]?.record.id)?.path).toContain(
      'Skrinshot vitriny',
    );
    expect(manifest.counts).toEqual({ entities: 13, links: 14, evidence: 3, notes: 1 });
    expect(manifest.auditHead?.seq).toBe(12);
    expect(manifest.createdAt).toBe('2026-11-25T16:45:30.000Z');
    expect(written.bytes).toBe(written.zip.length);
  });

  it('gives byte-identical ZIPs for the same case, whatever the time zone of the machine', async () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'America/Sao_Paulo';
      const first = await writeToMemory(testInput(), testOptions());
      process.env.TZ = 'Asia/Tokyo';
      const second = await writeToMemory(testInput(), testOptions({ createdAt: '2030-01-01T00:00:00.000Z' }));
      expect(sha256Hex(second.zip)).toBe(sha256Hex(first.zip));
      expect(second.manifestSha256).toBe(first.manifestSha256);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('records the export time when not deterministic', async () => {
    const written = await writeToMemory(testInput(), testOptions({ deterministic: false }));
    expect(written.manifest.createdAt).toBe('2026-11-29T12:00:00.000Z');
  });

  it('refuses evidence whose bytes do not hash to its id, naming the file', async () => {
    const input = testInput();
    const tampered = {
      ...input,
      evidence: input.evidence.map((e, i) =>
        i === 0
          ? {
              ...e,
              read: () => {
                const bytes = EVIDENCE[0]?.bytes.slice() ?? new Uint8Array();
                bytes[1000] = (bytes[1000] ?? 0) ^ 1;
                return inChunks(bytes, 100_000);
              },
            }
          : e,
      ),
    };
    await expect(writeBundle(tampered, testOptions(), () => Promise.resolve())).rejects.toThrow(
      /Скриншот витрины 🛒\.png.*does not match/,
    );
  });

  it('lists evidence left out with its hash and size, and holds no evidence entry', async () => {
    const written = await writeToMemory(testInput(), testOptions({ includeEvidence: false }));
    const files = unzipSync(written.zip);
    expect(Object.keys(files).some((name) => name.startsWith('evidence/'))).toBe(false);
    const listed = written.manifest.files.filter((f) => f.role === 'evidence');
    expect(listed).toHaveLength(3);
    expect(listed.every((f) => f.included === false)).toBe(true);
    expect(listed.map((f) => f.size).sort((a, b) => a - b)).toEqual(
      EVIDENCE.map((e) => e.bytes.length).sort((a, b) => a - b),
    );
    expect(text(files.SHA256SUMS)).not.toContain('evidence/');
  });

  it('waits for the sink before writing more (back-pressure), and stops when cancelled', async () => {
    let inFlight = 0;
    let most = 0;
    const slowSink = async (): Promise<void> => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 0));
      inFlight -= 1;
    };
    await writeBundle(testInput(), testOptions(), slowSink);
    expect(most).toBe(1);

    const controller = new AbortController();
    let chunks = 0;
    const cancelling = (): Promise<void> => {
      chunks += 1;
      if (chunks === 3) controller.abort();
      return Promise.resolve();
    };
    await expect(
      writeBundle(testInput(), testOptions(), cancelling, undefined, controller.signal),
    ).rejects.toThrow();
  });

  it('writes spreadsheet-safe CSV with a BOM, neutralized formulas and intact Cyrillic and quotes', async () => {
    const files = unzipSync((await writeToMemory(testInput(), testOptions())).zip);
    const csv = text(files['data/entities.csv']);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const insta = rows.find((row) => row.id === ENTITIES.insta.id);
    expect(insta?.displayName).toBe(`'=HYPERLINK("http://evil.example","Loja 🇧🇷")`);
    expect(insta?.label).toBe('loja_barata_oficial');
    const seller = rows.find((row) => row.id === ENTITIES.seller.id);
    expect(seller?.businessName).toBe('ООО «Ромашка», "Лучшие цены"');
    expect(seller?.role).toBe('subject');
    const listing = rows.find((row) => row.kind === 'listing');
    expect(listing?.title).toBe('Кроссовки "Nike" Air, 42 размер -50%');
    const links = Papa.parse<Record<string, string>>(text(files['data/links.csv']).slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(links).toHaveLength(14);
  });

  it('writes a self-contained report in which hostile names are text', async () => {
    const files = unzipSync((await writeToMemory(testInput(), testOptions())).zip);
    const html = text(files['report.html']);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;Ромашка&quot;)&lt;/script&gt;');
    expect(html).not.toMatch(/(src|href)=["']?(https?:|\/\/)/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).toContain('@media print');
    expect(html).toContain('<svg');
    for (const { record } of EVIDENCE) expect(html).toContain(record.id);
    const pdf = files['report.pdf'] ?? new Uint8Array();
    expect(text(pdf.slice(0, 5))).toBe('%PDF-');
  });

  it('draws the first saved view when the case has one', async () => {
    const { SAVED_VIEW } = await import('./testBundle');
    const files = unzipSync((await writeToMemory(testInput({ views: [SAVED_VIEW] }), testOptions())).zip);
    const html = text(files['report.html']);
    expect(html).toContain('The saved view “Ромашка &lt;network&gt;”');
  });
});
