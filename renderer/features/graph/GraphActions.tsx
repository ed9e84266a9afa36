/** The chart's commands: undo and redo, lay out again, fit, export as PNG or SVG, save into a case. */
import { useId, useState } from 'react';
import { visibleElements } from '@shared/graph/filters';
import { viewToSvg } from '@shared/graph/svg';
import type { CaseId, SavedView } from '@shared/model';
import { saveBlob } from '@renderer/platform/files';
import { OpenCaseSelect, useChosenCase } from '@renderer/features/cases/OpenCaseSelect';
import { pathElements, type GraphSession, type Snapshot } from './graphSession';
import type { CanvasApi } from './useCytoscape';

type Props = Readonly<{
  session: GraphSession;
  snapshot: Snapshot;
  canvas: CanvasApi;
  onSaved: (view: SavedView) => void;
}>;

/** A file name from the chart's title: letters, digits and dashes only. */
export function exportName(title: string, extension: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `graph-${stem === '' ? 'chart' : stem}.${extension}`;
}

export function GraphActions({ session, snapshot, canvas, onSaved }: Props) {
  const id = useId();
  const choice = useChosenCase(snapshot.caseId);
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const [exportError, setExportError] = useState<string>();
  const chosenCase = choice.chosen;
  const viewName =
    name || snapshot.view?.name || (snapshot.title === '' ? 'Link chart' : `Chart: ${snapshot.title}`);
  const empty = Object.keys(snapshot.history.present.nodes).length === 0;

  const exportAs = async (kind: 'png' | 'svg'): Promise<void> => {
    setExportError(undefined);
    try {
      let blob: Blob;
      if (kind === 'png') blob = await canvas.png();
      else {
        const state = snapshot.history.present;
        const style = getComputedStyle(document.documentElement);
        const chosen = snapshot.path?.paths[snapshot.path.chosen];
        const svg = viewToSvg(state, visibleElements(state), {
          title: snapshot.title,
          text: style.getPropertyValue('--text').trim() || '#1b2330',
          background: style.getPropertyValue('--surface').trim() || '#ffffff',
          ...(chosen ? { path: pathElements(chosen) } : {}),
        });
        blob = new Blob([svg], { type: 'image/svg+xml' });
      }
      await saveBlob(blob, exportName(snapshot.title, kind), [
        { name: kind === 'png' ? 'PNG image' : 'SVG image', extensions: [kind] },
      ]);
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div className="graph-actions">
      <div className="graph-actions__group" role="group" aria-label="History">
        <button
          type="button"
          className="button"
          disabled={snapshot.history.past.length === 0}
          onClick={() => session.undo()}
          title="Ctrl+Z"
        >
          Undo
        </button>
        <button
          type="button"
          className="button"
          disabled={snapshot.history.future.length === 0}
          onClick={() => session.redo()}
          title="Ctrl+Shift+Z"
        >
          Redo
        </button>
      </div>
      <div className="graph-actions__group" role="group" aria-label="View">
        <button type="button" className="button" disabled={empty} onClick={() => session.relayout()}>
          Lay out again
        </button>
        <button type="button" className="button" disabled={empty} onClick={() => canvas.fit()}>
          Fit
        </button>
        <button type="button" className="button" disabled={empty} onClick={() => void exportAs('png')}>
          Export PNG
        </button>
        <button type="button" className="button" disabled={empty} onClick={() => void exportAs('svg')}>
          Export SVG
        </button>
      </div>
      <form
        className="graph-actions__group"
        aria-label="Save view to case"
        onSubmit={(event) => {
          event.preventDefault();
          setSaving(true);
          void session.save(chosenCase as CaseId, viewName).then((view) => {
            setSaving(false);
            if (view) onSaved(view);
          });
        }}
      >
        <OpenCaseSelect id={`${id}-case`} choice={choice} hideLabel />
        <label htmlFor={`${id}-name`} className="visually-hidden">
          View name
        </label>
        <input
          id={`${id}-name`}
          className="input input--small"
          value={viewName}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button" disabled={saving || empty || chosenCase === ''}>
          Save to case
        </button>
      </form>
      {exportError ? (
        <p role="alert" className="field-error">
          Export failed: {exportError}
        </p>
      ) : null}
    </div>
  );
}
