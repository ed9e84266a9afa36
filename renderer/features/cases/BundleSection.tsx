/**
 * Export the case as an evidence bundle for the legal team: a ZIP anyone can check with standard tools
 * (`sha256sum -c SHA256SUMS`), with the case's data in open formats, the reports and, if chosen, the evidence
 * files. The choices are the ones the legal team actually faces: with or without originals, redacted for a brand
 * owner, and deterministic so the same case can be re-derived byte for byte.
 */
import { useId, useState } from 'react';
import type { Case } from '@shared/model';
import { formatBytes } from '@shared/progress/progress';
import {
  useBundleExport,
  type BundleChoices,
  type BundleExportState,
} from '@renderer/data/hooks/useBundleExport';
import { ProgressBar } from '@renderer/ui/ProgressBar';

const PHASE_LABEL = {
  data: 'Writing the case data',
  evidence: 'Copying and hashing evidence files',
  report: 'Writing the reports',
  finishing: 'Writing the manifest and checksums',
} as const;

/** `OP-2026-114-bundle.zip`, or the title when the case has no reference; safe on every file system. */
export function bundleFileName(record: Case): string {
  const base = (record.reference || record.title || 'case')
    .normalize('NFKC')
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\p{Cc}+/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base || 'case'}-bundle.zip`;
}

function Running({
  state,
  onCancel,
}: Readonly<{ state: BundleExportState & { status: 'running' }; onCancel: () => void }>) {
  const progress = state.progress;
  const copying = progress?.phase === 'evidence' && progress.evidenceBytesTotal > 0;
  return (
    <ProgressBar
      label={
        progress
          ? `${PHASE_LABEL[progress.phase]}${progress.file ? `: ${progress.file}` : ''}`
          : 'Reading the case'
      }
      sample={{
        done: copying ? progress.evidenceBytesDone : (progress?.bytesWritten ?? 0),
        total: copying ? progress.evidenceBytesTotal : undefined,
        startedAt: state.startedAt,
        now: state.now,
      }}
      unit="bytes"
      formatAmount={formatBytes}
      onCancel={onCancel}
    />
  );
}

export function BundleSection({ record }: Readonly<{ record: Case }>) {
  const id = useId();
  const { state, start, cancel } = useBundleExport(record.id);
  const [choices, setChoices] = useState<BundleChoices>({
    includeEvidence: true,
    redact: false,
    deterministic: false,
  });
  const busy = state.status === 'running';
  const toggle = (key: keyof BundleChoices) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setChoices((current) => ({ ...current, [key]: event.target.checked }));

  return (
    <section id="case-bundle" className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Evidence bundle</h2>
      <p className="muted">
        One ZIP for counsel, a court or an agency: a manifest and <code>SHA256SUMS</code> anyone can check
        with standard tools, the case’s entities and links as CSV, FollowTheMoney, GraphML and STIX, the audit
        chain, and a printable report (HTML and PDF).
      </p>
      <fieldset className="bundle-options" disabled={busy}>
        <legend className="visually-hidden">Bundle options</legend>
        <label>
          <input type="checkbox" checked={choices.includeEvidence} onChange={toggle('includeEvidence')} />{' '}
          Include the evidence files
        </label>
        <label>
          <input type="checkbox" checked={choices.redact} onChange={toggle('redact')} /> Redact personal data
          (e-mails, phones and addresses become stable pseudonyms)
        </label>
        {choices.redact && choices.includeEvidence ? (
          <p className="note note--warning small">
            Evidence files are originals and are never rewritten: they still show the personal data. Leave
            them out when the bundle goes to a brand owner.
          </p>
        ) : null}
        <label>
          <input type="checkbox" checked={choices.deterministic} onChange={toggle('deterministic')} />{' '}
          Deterministic (the same case gives a byte-identical file, dated by the case’s last change)
        </label>
      </fieldset>
      <div className="form-row">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void start(choices, bundleFileName(record))}
        >
          Export bundle…
        </button>
      </div>
      {state.status === 'running' ? <Running state={state} onCancel={cancel} /> : null}
      {state.status === 'done' ? (
        <div role="status" className="notice" aria-label="Bundle exported">
          <p>
            Saved {state.fileName} ({formatBytes(state.bytes)}, {state.files.toLocaleString()} files
            {state.evidenceIncluded
              ? `, ${state.evidenceFiles.toLocaleString()} evidence files included`
              : `; ${state.evidenceFiles.toLocaleString()} evidence files listed, not included`}
            ).
          </p>
          <p className="small">
            Manifest SHA-256: <code className="hash">{state.manifestSha256}</code>. The export is recorded in
            the case history.
          </p>
        </div>
      ) : null}
      {state.status === 'failed' ? (
        <p role="alert" className="field-error">
          The bundle could not be made: {state.message}. No partial file was kept.
        </p>
      ) : null}
    </section>
  );
}
