/**
 * `report.pdf`: the report's content as text, and the graph drawn with lines and circles from the same positions as
 * the HTML picture, with jsPDF's drawing API only (no HTML rendering, no DOM: it runs in Node and in a worker). The
 * desktop app may print report.html with Electron's printToPDF instead; this function is the one place to swap.
 *
 * Fixed bytes: the PDF's creation date is the report's own date and its file id a hash of the model, so the same
 * case exports to the same PDF.
 */
import { jsPDF } from 'jspdf';
import { sha256Hex } from '../hash';
import { KINDS } from '../model';
import { pdfText } from './pdfText';
import type { ReportModel } from './reportModel';

const PAGE = { width: 595.28, height: 841.89, margin: 40 };
const GROUP_COLOURS: Readonly<Record<string, readonly [number, number, number]>> = {
  account: [37, 99, 235],
  party: [124, 58, 237],
  commerce: [5, 150, 105],
  logistics: [217, 119, 6],
  identifier: [107, 114, 128],
};

export function buildReportPdf(model: ReportModel): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true });
  doc.setCreationDate(pdfDate(model.createdAt));
  doc.setFileId(sha256Hex(JSON.stringify(model)).slice(0, 32).toUpperCase());
  doc.setProperties({ title: pdfText(`${model.reference} - ${model.title}`), creator: pdfText(model.tool) });
  const width = PAGE.width - 2 * PAGE.margin;
  let y = PAGE.margin;

  const write = (text: string, size = 10, style: 'normal' | 'bold' = 'normal', gap = 4): void => {
    doc.setFont('helvetica', style);
    doc.setFontSize(size);
    const lines = doc.splitTextToSize(pdfText(text), width) as string[];
    for (const line of lines) {
      if (y + size > PAGE.height - PAGE.margin) {
        doc.addPage();
        y = PAGE.margin;
      }
      doc.text(line, PAGE.margin, y + size);
      y += size * 1.3;
    }
    y += gap;
  };
  const heading = (text: string): void => {
    y += 8;
    write(text, 13, 'bold', 6);
  };

  write(model.title, 18, 'bold');
  write(`Reference ${model.reference} - status ${model.status} - owner ${model.owner}`);
  write(`Exported ${model.createdAt} by ${model.examiner} with ${model.tool}`);
  write(
    `${model.options.includeEvidence ? 'Evidence files included' : 'Evidence files not included (listed with their hashes)'}; ${model.options.redact ? 'personal data redacted' : 'not redacted'}.`,
  );
  if (model.redactionNote !== undefined) write(model.redactionNote, 9);
  write(
    'Text in scripts other than Latin is transliterated in this PDF; report.html holds the exact text.',
    8,
  );

  heading('Summary');
  write(model.summary || 'No summary was written.');
  write(
    `${model.counts.entities} entities, ${model.counts.links} links, ${model.counts.evidence} evidence files, ${model.counts.notes} notes.`,
  );

  heading('Subjects');
  if (model.subjects.length === 0) write('No subjects.');
  for (const s of model.subjects) write(`${s.label} (${s.kind}) - ${s.role}`, 10, 'normal', 1);

  heading('Networks');
  if (model.networks.length === 0) write('No link analysis was run, or no network holds a subject.');
  for (const n of model.networks) {
    write(`#${n.rank}: ${n.size} accounts - ${n.reason}`, 10, 'bold', 1);
    write(`Members: ${n.members}${n.ties === '' ? '' : `. Shared: ${n.ties}`}`, 9);
  }

  drawGraph(doc, model);
  doc.addPage();
  y = PAGE.margin;

  heading('Timeline');
  if (model.timeline.length === 0) write('No dated events.');
  for (const e of model.timeline)
    write(`${e.at}  ${e.kind}: ${e.title}${e.detail === '' ? '' : ` - ${e.detail}`}`, 9, 'normal', 1);

  heading('Notes');
  if (model.notes.length === 0) write('No notes.');
  for (const n of model.notes) {
    write(`${n.author}, ${n.at}`, 9, 'bold', 1);
    write(n.body, 9);
  }

  heading('Evidence');
  if (model.evidence.length === 0) write('No evidence files.');
  for (const e of model.evidence) {
    write(
      `${e.name} (${e.mediaType}, ${e.size} bytes)${e.included ? ` - ${e.path}` : ' - not included'}`,
      9,
      'bold',
      0,
    );
    write(`SHA-256 ${e.sha256}`, 8, 'normal', 3);
  }

  heading('Audit');
  write(model.auditNote);
  write(
    model.auditHead === null
      ? 'No audit entries.'
      : `Head: entry ${model.auditHead.seq}, hash ${model.auditHead.hash}`,
    9,
  );
  return new Uint8Array(doc.output('arraybuffer'));
}

/**
 * A PDF date in UTC (`D:20261125164530+00'00'`). Given a Date, jsPDF writes the machine's local time and zone, and
 * the same case would give different bytes in Berlin and in São Paulo. jsPDF accepts years 1970–2037 only.
 */
function pdfDate(iso: string): string {
  const parsed = Date.parse(iso);
  const time = Math.min(Math.max(Number.isNaN(parsed) ? 0 : parsed, 0), Date.UTC(2037, 11, 31, 23, 59, 59));
  const digits = new Date(time).toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `D:${digits}+00'00'`;
}

/** The graph on a page of its own, scaled into the page's box. */
function drawGraph(doc: jsPDF, model: ReportModel): void {
  doc.addPage();
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(13);
  doc.text('Graph', PAGE.margin, PAGE.margin + 13);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(8);
  doc.text(
    doc.splitTextToSize(pdfText(model.graph.caption), PAGE.width - 2 * PAGE.margin) as string[],
    PAGE.margin,
    PAGE.margin + 28,
  );
  const { nodes, edges } = model.graph;
  if (nodes.length === 0) return;
  const box = {
    x: PAGE.margin,
    y: PAGE.margin + 50,
    w: PAGE.width - 2 * PAGE.margin,
    h: PAGE.height - 2 * PAGE.margin - 60,
  };
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min(box.w / Math.max(maxX - minX, 1), box.h / Math.max(maxY - minY, 1), 1);
  const at = new Map(
    nodes.map((n) => [
      n.id,
      {
        x: box.x + (n.x - minX) * scale + (box.w - (maxX - minX) * scale) / 2,
        y: box.y + (n.y - minY) * scale,
      },
    ]),
  );
  doc.setDrawColor(156, 163, 175);
  doc.setLineWidth(0.5);
  for (const edge of edges) {
    const a = at.get(edge.source);
    const b = at.get(edge.target);
    if (a !== undefined && b !== undefined) doc.line(a.x, a.y, b.x, b.y);
  }
  const labels = nodes.length <= 120;
  doc.setFontSize(6);
  for (const node of nodes) {
    const p = at.get(node.id);
    if (p === undefined) continue;
    const [r, g, b] = GROUP_COLOURS[KINDS[node.kind].group] ?? [0, 0, 0];
    doc.setFillColor(r, g, b);
    doc.circle(p.x, p.y, 3.5, 'F');
    if (labels) doc.text(pdfText(node.label).slice(0, 40), p.x + 5, p.y + 2);
  }
}
