/**
 * Saved mappings: chosen automatically when the same columns come back. Export one for a data provider's
 * `check-file --mapping`, or delete one that no longer fits.
 */
import { useState } from 'react';
import type { MappingTemplate } from '@shared/import/mapping/types';
import { removeTemplate, templateFileText } from '@renderer/data/hooks/useImports';
import { saveBlob } from '@renderer/platform/files';

const fileNameOf = (name: string): string =>
  `${name.replace(/[^\p{L}\p{N}._ -]+/gu, '_').trim() || 'mapping'}.mapping.json`;

export function TemplatesTable({ templates }: Readonly<{ templates: readonly MappingTemplate[] }>) {
  const [confirming, setConfirming] = useState<string | undefined>(undefined);
  const exportTemplate = async (template: MappingTemplate) => {
    await saveBlob(
      new Blob([templateFileText(template)], { type: 'application/json' }),
      fileNameOf(template.name),
      [{ name: 'Mapping template', extensions: ['json'] }],
    );
  };
  return (
    <section className="card" aria-label={`Saved mappings (${templates.length})`}>
      <h2>Saved mappings ({templates.length})</h2>
      <p className="muted">
        Used automatically for files with the same columns. Export one for a data provider to check a file
        before sending it: <code>npm run check-file -- FILE --mapping NAME.mapping.json</code>.
      </p>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col" className="numeric">
                Columns
              </th>
              <th scope="col">Saved</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {templates.map((template) => (
              <tr key={template.name}>
                <th scope="row">{template.name}</th>
                <td className="numeric">{template.mapping.columns.length}</td>
                <td>{new Date(template.updatedAt).toLocaleString()}</td>
                <td className="form-row">
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => void exportTemplate(template)}
                  >
                    Export<span className="visually-hidden"> {template.name}</span>
                  </button>
                  {confirming === template.name ? (
                    <>
                      <button
                        type="button"
                        className="button"
                        onClick={() =>
                          void removeTemplate(template.name).then(() => setConfirming(undefined))
                        }
                      >
                        Delete for good<span className="visually-hidden"> {template.name}</span>
                      </button>
                      <button
                        type="button"
                        className="button button--quiet"
                        onClick={() => setConfirming(undefined)}
                      >
                        Keep
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      className="button button--quiet"
                      onClick={() => setConfirming(template.name)}
                    >
                      Delete<span className="visually-hidden"> {template.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
