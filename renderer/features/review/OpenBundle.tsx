/**
 * Opening a bundle: "Open bundle…" asks the shell for a file (its native dialog on the desktop, a file input in a
 * browser); a .zip dropped anywhere on the page does the same. Both hand the bytes to the review session.
 */
import { useState, type DragEvent, type ReactNode } from 'react';
import { bridge } from '@renderer/platform/bridge';
import { fromPickedFile } from '@renderer/platform/files';
import type { Message } from '@renderer/ui/StatusMessage';
import { readAsBlob } from './readAsBlob';
import { openBundleFile } from './reviewSession';

const FILTERS = [{ name: 'Casegraph evidence bundle', extensions: ['zip'] }];

const isZip = (name: string): boolean => name.toLowerCase().endsWith('.zip');

/** Asks for a bundle and opens it; `onOpening` runs once a file was chosen (the page goes to the check). */
export async function pickBundle(onOpening: () => void): Promise<Message | undefined> {
  try {
    const [file] = await bridge.openFiles({
      title: 'Open an evidence bundle',
      filters: FILTERS,
      multiple: false,
    });
    if (!file) return undefined;
    onOpening();
    void openBundleFile(file.name, () =>
      readAsBlob(fromPickedFile(file)).finally(() => void bridge.releaseFile(file.handle)),
    );
    return undefined;
  } catch (error) {
    return {
      text: `Could not open the file: ${error instanceof Error ? error.message : String(error)}`,
      error: true,
    };
  }
}

export function OpenBundleButton({
  disabled,
  onOpening,
  onMessage,
}: Readonly<{
  disabled: boolean;
  onOpening: () => void;
  onMessage: (message: Message | undefined) => void;
}>) {
  return (
    <button
      type="button"
      className="button button--primary"
      disabled={disabled}
      onClick={() => void pickBundle(onOpening).then(onMessage)}
    >
      Open bundle…
    </button>
  );
}

/** The page as a drop target; while a file is dragged over it, it says where it will go. */
export function BundleDropZone({
  disabled,
  onOpening,
  onMessage,
  children,
}: Readonly<{
  disabled: boolean;
  onOpening: () => void;
  onMessage: (message: Message | undefined) => void;
  children: ReactNode;
}>) {
  const [over, setOver] = useState(false);
  const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

  const onDrop = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const files = [...event.dataTransfer.files];
    const [file] = files;
    if (!file || files.length > 1 || !isZip(file.name)) {
      onMessage({ text: 'Drop one evidence bundle, a .zip file exported from Casegraph.', error: true });
      return;
    }
    onMessage(undefined);
    onOpening();
    // A dropped File is already a Blob the browser reads in slices: nothing to gather.
    void openBundleFile(file.name, () => Promise.resolve(file));
  };

  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- dropping is a mouse shortcut; "Open bundle…" is the keyboard path
    <div
      className={`review-drop${over ? ' review-drop--over' : ''}`}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        setOver(false);
      }}
      onDrop={onDrop}
    >
      {over ? (
        <p className="review-drop__hint" aria-hidden="true">
          Drop the bundle to check it
        </p>
      ) : null}
      {children}
    </div>
  );
}
