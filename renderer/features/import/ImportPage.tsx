/**
 * Import: files dropped or picked here are stored as evidence (hashed with SHA-256, kept once), then — for
 * tables, JSON, FollowTheMoney and STIX — mapped and imported into entities and links, with every value traced
 * back to its file and row.
 */
import { useState, type DragEvent } from 'react';
import { bridge } from '@renderer/platform/bridge';
import { fromDroppedFile, fromPickedFile } from '@renderer/platform/files';
import { useEvidenceList } from '@renderer/data/hooks/useEvidence';
import { useImports, useTemplates } from '@renderer/data/hooks/useImports';
import { EmptyState } from '@renderer/ui/EmptyState';
import { Icon } from '@renderer/ui/Icon';
import { PageHeader } from '@renderer/ui/PageHeader';
import { EvidenceTable } from './EvidenceTable';
import { ImportJobCard } from './ImportJobCard';
import { ImportsTable } from './ImportsTable';
import { TemplatesTable } from './TemplatesTable';
import { useImportQueue } from './useImportQueue';

const ACCEPTED = [
  {
    name: 'Data and evidence',
    extensions: [
      'csv',
      'tsv',
      'txt',
      'xlsx',
      'xls',
      'json',
      'jsonl',
      'ndjson',
      'pdf',
      'html',
      'htm',
      'mhtml',
      'mht',
      'png',
      'jpg',
      'jpeg',
      'gif',
      'webp',
    ],
  },
  { name: 'All files', extensions: ['*'] },
];

export function ImportPage() {
  const evidence = useEvidenceList();
  const imports = useImports();
  const templates = useTemplates();
  const queue = useImportQueue();
  const [dragging, setDragging] = useState(false);

  const pick = async () => {
    const files = await bridge.openFiles({ title: 'Add files', multiple: true, filters: ACCEPTED });
    await queue.add(files.map(fromPickedFile));
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) void queue.add(files.map(fromDroppedFile));
  };

  const finished = queue.jobs.some(
    (job) => !['waiting', 'hashing', 'reading', 'mapping', 'importing'].includes(job.stage),
  );

  return (
    <>
      <PageHeader
        title="Import"
        subtitle="Every file is stored once, named by its SHA-256 hash; tables and JSON become entities you can trace back to their row."
        actions={
          <button type="button" className="button button--primary" onClick={() => void pick()}>
            <Icon name="plus" />
            Add files
          </button>
        }
      />
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- dropping is a mouse shortcut; the "Add files" button is the keyboard path */}
      <div
        className={dragging ? 'dropzone dropzone--active' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <Icon name="import" size={24} />
        <p>Drop files here, or use “Add files”.</p>
        <p className="muted">
          Seller exports, listing scrapes, profiles, shipment and seizure lists (CSV, TSV, Excel, JSON, JSON
          Lines), FollowTheMoney and STIX files — and screenshots, saved pages and PDFs as evidence.
        </p>
      </div>
      {queue.jobs.length > 0 ? (
        <section className="jobs" aria-label="Files being imported">
          {queue.jobs.map((job) => (
            <ImportJobCard key={job.id} job={job} queue={queue} />
          ))}
          {finished ? (
            <button type="button" className="button button--quiet" onClick={queue.dismissFinished}>
              Clear finished
            </button>
          ) : null}
        </section>
      ) : null}
      {imports && imports.length > 0 ? (
        <ImportsTable imports={imports} onResume={(record) => void queue.resume(record)} />
      ) : null}
      {templates && templates.length > 0 ? <TemplatesTable templates={templates} /> : null}
      {evidence === undefined ? null : evidence.length === 0 ? (
        <EmptyState icon="file" title="No evidence yet">
          <p>
            Files you add appear here with their hash, so anyone can later check that what you present is
            exactly what you received.
          </p>
        </EmptyState>
      ) : (
        <EvidenceTable evidence={evidence} />
      )}
    </>
  );
}
