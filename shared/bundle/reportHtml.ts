/**
 * `report.html`: the case on one self-contained page a lawyer can open from the unzipped folder and print. No
 * script, no external resource of any kind (fonts, images and the graph are inline), so it shows the same offline
 * and cannot call anywhere. Every value from the case is escaped: a seller named `<script>` is text.
 */
import type { ReportModel } from './reportModel';
import { xmlText as esc } from './xmlText';

const STYLE = `
  :root { color-scheme: light; }
  body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111827; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
  h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d1d5db; }
  table { border-collapse: collapse; width: 100%; font-size: 13px; } th, td { text-align: left; vertical-align: top; padding: .25rem .5rem; border-bottom: 1px solid #e5e7eb; }
  th { background: #f3f4f6; } code, .hash { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; word-break: break-all; }
  .meta { color: #4b5563; } .note { white-space: pre-wrap; border-left: 3px solid #d1d5db; padding-left: .75rem; }
  .graph svg { max-width: 100%; height: auto; border: 1px solid #e5e7eb; }
  @media print { body { margin: 0; max-width: none; font-size: 11px; } h2 { break-after: avoid; } tr, .graph { break-inside: avoid; } a { color: inherit; text-decoration: none; } }
`;

const row = (cells: readonly string[]): string =>
  `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
const head = (cells: readonly string[]): string =>
  `<tr>${cells.map((cell) => `<th scope="col">${esc(cell)}</th>`).join('')}</tr>`;

function table(headers: readonly string[], rows: readonly (readonly string[])[], empty: string): string {
  if (rows.length === 0) return `<p class="meta">${esc(empty)}</p>`;
  return `<table><thead>${head(headers)}</thead><tbody>${rows.map(row).join('')}</tbody></table>`;
}

export function reportHtml(model: ReportModel): string {
  const options = [
    model.options.includeEvidence
      ? 'evidence files included'
      : 'evidence files not included (listed with their hashes)',
    model.options.redact ? 'personal data redacted' : 'not redacted',
    model.options.deterministic ? 'deterministic' : '',
  ].filter(Boolean);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(`${model.reference} — ${model.title}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(model.title)}</h1>
<p class="meta">Reference <strong>${esc(model.reference)}</strong> · status ${esc(model.status)} · owner ${esc(model.owner)}${model.tags.length > 0 ? ` · tags ${esc(model.tags.join(', '))}` : ''}</p>
<p class="meta">Exported ${esc(model.createdAt)} by ${esc(model.examiner)} with ${esc(model.tool)} · ${esc(options.join(', '))}</p>
${model.redactionNote === undefined ? '' : `<p class="note">${esc(model.redactionNote)}</p>`}
</header>
<main>
<section><h2>Summary</h2>
<p class="note">${esc(model.summary || 'No summary was written.')}</p>
<p class="meta">${model.counts.entities} entities, ${model.counts.links} links, ${model.counts.evidence} evidence files, ${model.counts.notes} notes.</p>
</section>
<section><h2>Subjects</h2>
${table(
  ['Name', 'Kind', 'Role'],
  model.subjects.map((s) => [esc(s.label), esc(s.kind), esc(s.role)]),
  'No subjects.',
)}
</section>
<section><h2>Networks</h2>
${table(
  ['Rank', 'Accounts', 'Why', 'Members', 'Shared identifiers'],
  model.networks.map((n) => [String(n.rank), String(n.size), esc(n.reason), esc(n.members), esc(n.ties)]),
  'No link analysis was run, or no network holds a subject.',
)}
</section>
<section class="graph"><h2>Graph</h2>
<p class="meta">${esc(model.graph.caption)}</p>
${model.graph.svg}
</section>
<section><h2>Timeline</h2>
${table(
  ['When', 'What', 'Event', 'Detail'],
  model.timeline.map((e) => [esc(e.at), esc(e.kind), esc(e.title), esc(e.detail)]),
  'No dated events.',
)}
</section>
<section><h2>Notes</h2>
${model.notes.length === 0 ? '<p class="meta">No notes.</p>' : model.notes.map((n) => `<p class="meta">${esc(n.author)}, ${esc(n.at)}</p><div class="note">${esc(n.body)}</div>`).join('\n')}
</section>
<section><h2>Evidence</h2>
${table(
  ['File', 'Type', 'Bytes', 'SHA-256', 'In this bundle'],
  model.evidence.map((e) => [
    esc(e.name),
    esc(e.mediaType),
    String(e.size),
    `<span class="hash">${esc(e.sha256)}</span>`,
    e.included ? `<code>${esc(e.path)}</code>` : 'not included',
  ]),
  'No evidence files.',
)}
</section>
<section><h2>Audit</h2>
<p>${esc(model.auditNote)}</p>
${model.auditHead === null ? '<p class="meta">No audit entries.</p>' : `<p>Head: entry ${model.auditHead.seq}, hash <span class="hash">${esc(model.auditHead.hash)}</span></p>`}
<p class="meta">Every file of this bundle is listed with its SHA-256 in manifest.json and SHA256SUMS; check them with <code>sha256sum -c SHA256SUMS</code> in the unzipped folder.</p>
</section>
</main>
</body>
</html>
`;
}
