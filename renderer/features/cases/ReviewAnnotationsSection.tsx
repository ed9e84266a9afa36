/**
 * A field reviewer's annotations, brought back into the case: pick the file the reviewer sent (made on the Review
 * page from a bundle of this case), see each flag and comment with who made it and when. The file's own hash is
 * checked first, so an annotation changed after the reviewer saved it is refused, not shown.
 */
import { useId, useState } from 'react';
import { parseAnnotationsFile } from '@shared/bundle/annotations';
import type { CaseId } from '@shared/model';
import { bringBackAnnotations, useCaseAnnotations } from '@renderer/data/hooks/useCaseAnnotations';
import { bridge } from '@renderer/platform/bridge';
import { fromPickedFile, readInChunks } from '@renderer/platform/files';
import { StatusMessage, type Message } from '@renderer/ui/StatusMessage';
import { AnnotationList } from './AnnotationList';
import { errorText } from './labels';

/** Annotations files are small; anything larger is not one. */
const MAX_BYTES = 20 * 1024 * 1024;

async function readText(file: Parameters<typeof fromPickedFile>[0]): Promise<string> {
  if (file.size > MAX_BYTES) throw new Error(`${file.name} is too large to be an annotations file`);
  const chunks: Uint8Array[] = [];
  await readInChunks(fromPickedFile(file), (chunk) => chunks.push(chunk));
  return new TextDecoder('utf-8', { fatal: true }).decode(await new Blob(chunks as BlobPart[]).arrayBuffer());
}

export function ReviewAnnotationsSection({ caseId }: Readonly<{ caseId: CaseId }>) {
  const id = useId();
  const annotations = useCaseAnnotations(caseId);
  const [message, setMessage] = useState<Message>();
  const [busy, setBusy] = useState(false);

  const bringBack = async () => {
    setMessage(undefined);
    const [file] = await bridge.openFiles({
      title: 'Bring back a reviewer’s annotations',
      filters: [{ name: 'Casegraph review annotations', extensions: ['json'] }],
      multiple: false,
    });
    if (!file) return;
    setBusy(true);
    try {
      const parsed = parseAnnotationsFile(await readText(file), file.name);
      const result = await bringBackAnnotations(caseId, parsed);
      setMessage({
        text:
          result.status === 'alreadyImported'
            ? `${file.name} was brought back before; nothing changed.`
            : `Brought back ${result.count.toLocaleString()} annotation${result.count === 1 ? '' : 's'} by ${parsed.reviewer}${
                result.knownBundle
                  ? `, made on the bundle exported ${new Date(result.exportedAt ?? '').toLocaleString()}.`
                  : '. Note: they were made on a bundle this workbench has no record of exporting.'
              }`,
      });
    } catch (error) {
      setMessage({ text: `${file.name}: ${errorText(error)}`, error: true });
    } finally {
      setBusy(false);
      await bridge.releaseFile(file.handle);
    }
  };

  return (
    <section id="case-annotations" className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Review annotations ({(annotations?.length ?? 0).toLocaleString()})</h2>
      <p className="muted">
        A reviewer opens the bundle on the Review page, flags and comments on entities and evidence, and sends
        back a small annotations file. Bring it back here; each annotation keeps its reviewer and time.
      </p>
      <div className="form-row">
        <button type="button" className="button" disabled={busy} onClick={() => void bringBack()}>
          Bring back annotations…
        </button>
      </div>
      <StatusMessage message={message} />
      {annotations && annotations.length > 0 ? (
        <AnnotationList annotations={annotations} label="Annotations from review" />
      ) : null}
    </section>
  );
}
