/**
 * The preview in a modal `<dialog>`: the browser traps focus inside it, closes it on Escape and gives focus back
 * to the button that opened it.
 */
import { useEffect, useRef } from 'react';
import type { Evidence } from '@shared/model';
import { Icon } from '@renderer/ui/Icon';
import { EvidencePreview } from './EvidencePreview';

export function EvidencePreviewDialog({
  evidence,
  onClose,
}: Readonly<{ evidence: Evidence; onClose: () => void }>) {
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="evidence-dialog"
      aria-label={`Preview of ${evidence.name}`}
      onClose={() => {
        // React's development double effect closes and reopens the dialog; only a close that stuck counts.
        if (dialogRef.current?.open !== true) onClose();
      }}
    >
      <div className="evidence-dialog__bar">
        <button
          type="button"
          className="button"
          aria-label={`Close the preview of ${evidence.name}`}
          onClick={() => dialogRef.current?.close()}
        >
          <Icon name="close" />
          Close
        </button>
      </div>
      <EvidencePreview evidence={evidence} />
    </dialog>
  );
}
