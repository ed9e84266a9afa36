/**
 * Import: files dropped or picked here are stored as evidence, each hashed (SHA-256) and kept once, so every later
 * record can point back to the exact bytes it came from.
 */
import { useState, type DragEvent } from 'react';
import { bridge } from '@renderer/platform/bridge';
import { fromDroppedFile, fromPickedFile } from '@renderer/platform/files';
import { useEvidenceList } from '@renderer/data/hooks/useEvidence';
import { EmptyState } from '@renderer/ui/EmptyState';
import { Icon } from '@renderer/ui/Icon';
import { PageHeader } from '@renderer/ui/PageHeader';
import { EvidenceJobs } from './EvidenceJobs';
import { EvidenceTable } from './EvidenceTable';
import { useAddEvidence } from './useAddEvidence';

export function ImportPage() {
  const evidence = useEvidenceList();
  const intake = useAddEvidence();
  const [dragging, setDragging] = useState(false);

  const pick = async () => {
    const files = await bridge.openFiles({ title: 'Add evidence files', multiple: true });
    await intake.add(files.map(fromPickedFile));
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) void intake.add(files.map(fromDroppedFile));
  };

  return (
    <>
      <PageHeader
        title="Import"
        subtitle="Every file is stored once, named by its SHA-256 hash, with when it arrived."
        actions={
          <button type="button" className="button button--primary" onClick={() => void pick()}>
            <Icon name="plus" />
            Add evidence files
          </button>
        }
      />
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- dropping is a mouse shortcut; the "Add evidence files" button is the keyboard path */}
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
        <p>Drop files here, or use “Add evidence files”.</p>
        <p className="muted">
          Screenshots, saved pages, PDFs, exports: any file is kept exactly as received.
        </p>
      </div>
      <EvidenceJobs jobs={intake.jobs} onCancel={intake.cancel} onDismiss={intake.dismissFinished} />
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
