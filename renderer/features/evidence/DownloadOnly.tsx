/** Evidence that is not shown here: say why, and offer the bytes themselves. */
import { useState } from 'react';
import type { Evidence } from '@shared/model';
import { formatBytes } from '@shared/progress/progress';
import { saveBlob } from '@renderer/platform/files';
import { Icon } from '@renderer/ui/Icon';

export function DownloadOnly({
  evidence,
  blob,
  reason,
}: Readonly<{ evidence: Evidence; blob: Blob; reason: string }>) {
  const [status, setStatus] = useState('');

  const download = async () => {
    try {
      const saved = await saveBlob(blob, evidence.name);
      if (saved !== null) setStatus(`Saved ${saved.name} (${formatBytes(saved.bytesWritten)})`);
    } catch (error) {
      setStatus(`Could not save ${evidence.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <div className="evidence-download">
      <p>{reason}</p>
      <button type="button" className="button" onClick={() => void download()}>
        <Icon name="download" />
        Download {evidence.name}
      </button>
      <p role="status" className="muted small">
        {status}
      </p>
    </div>
  );
}
