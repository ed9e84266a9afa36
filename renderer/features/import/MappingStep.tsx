/**
 * The mapping step: for each column, what it means (proposed from the headers or from a saved template), with a
 * few sample values to judge by; the platform of each kind of account; how to read phones, numbers and dates.
 */
import { useId, useMemo } from 'react';
import { fieldGroups, slotLabel } from '@shared/import/mapping/fieldOptions';
import type { FilePreview } from '@shared/import/preview';
import { cellValues } from '@shared/import/mapping/cellValues';
import type { MappingDraft } from './mappingDraft';
import { PHONE_REGIONS } from './phoneRegions';

const GROUPS = fieldGroups();

export function MappingStep({
  fileName,
  preview,
  draft,
  onChange,
  onSheet,
}: Readonly<{
  fileName: string;
  preview: FilePreview;
  draft: MappingDraft;
  onChange: (draft: MappingDraft) => void;
  onSheet?: (sheet: string) => void;
}>) {
  const id = useId();
  const samples = useMemo(
    () =>
      Object.fromEntries(
        preview.headers.map((header) => [
          header,
          preview.rows
            .flatMap((row) => cellValues(row.fields[header]))
            .slice(0, 3)
            .map((value) => (value.length > 60 ? `${value.slice(0, 57)}…` : value)),
        ]),
      ),
    [preview],
  );
  const activeSlots = [
    ...new Set(
      Object.values(draft.columns)
        .filter((v) => v !== 'ignore')
        .map((v) => v.split('.')[0] ?? ''),
    ),
  ];
  const setOption = (patch: Partial<MappingDraft['options']>) =>
    onChange({ ...draft, options: { ...draft.options, ...patch } });

  return (
    <div className="mapping">
      {preview.notes.length > 0 ? (
        <ul className="notes">
          {preview.notes.map((note) => (
            <li key={note.message} className={`note note--${note.level}`}>
              {note.message}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="form-row">
        {preview.sheets && preview.sheets.length > 1 && onSheet ? (
          <div className="field">
            <label htmlFor={`${id}-sheet`}>Sheet</label>
            <select
              id={`${id}-sheet`}
              className="input"
              value={preview.sheet}
              onChange={(e) => onSheet(e.target.value)}
            >
              {preview.sheets.map((sheet) => (
                <option key={sheet}>{sheet}</option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-region`}>Phone numbers without a country code are from</label>
          <select
            id={`${id}-region`}
            className="input"
            value={draft.options.region ?? ''}
            onChange={(e) => setOption({ region: e.target.value || undefined })}
          >
            <option value="">(no default: such numbers are rejected)</option>
            {PHONE_REGIONS.map(([code, name]) => (
              <option key={code} value={code}>
                {name} ({code})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-decimal`}>Decimal separator</label>
          <select
            id={`${id}-decimal`}
            className="input"
            value={draft.options.decimal ?? 'auto'}
            onChange={(e) => setOption({ decimal: e.target.value as ',' | '.' | 'auto' })}
          >
            <option value="auto">Decide from the data</option>
            <option value=",">Comma (71,90)</option>
            <option value=".">Point (71.90)</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-dates`}>Dates like 04/03/2026 are</label>
          <select
            id={`${id}-dates`}
            className="input"
            value={draft.options.dateOrder ?? 'DMY'}
            onChange={(e) => setOption({ dateOrder: e.target.value as 'DMY' | 'MDY' | 'YMD' })}
          >
            <option value="DMY">day/month/year</option>
            <option value="MDY">month/day/year</option>
            <option value="YMD">year/month/day</option>
          </select>
        </div>
      </div>
      {activeSlots.length > 0 ? (
        <div className="form-row">
          {activeSlots
            .filter((slot) => slot === 'seller' || slot === 'listing' || slot === 'social')
            .map((slot) => (
              <div className="field" key={slot}>
                <label htmlFor={`${id}-platform-${slot}`}>
                  {slotLabel(slot)} platform, when a row does not say
                </label>
                <input
                  id={`${id}-platform-${slot}`}
                  className="input"
                  value={draft.platforms[slot] ?? ''}
                  placeholder="e.g. amazon.de, instagram"
                  onChange={(e) =>
                    onChange({ ...draft, platforms: { ...draft.platforms, [slot]: e.target.value } })
                  }
                />
              </div>
            ))}
        </div>
      ) : (
        <p className="notice">
          Choose what at least one column means: a seller id, a listing id, a handle or a tracking number.
        </p>
      )}
      <div className="table-scroll">
        <table className="table mapping-table" aria-label={`Columns of ${fileName}`}>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Sample values</th>
              <th scope="col">Means</th>
            </tr>
          </thead>
          <tbody>
            {preview.headers.map((header, index) => (
              <tr key={header}>
                <th scope="row">{header === '' ? <span className="muted">(no name)</span> : header}</th>
                <td className="samples">
                  {samples[header]?.join(' · ') || <span className="muted">empty in the first rows</span>}
                </td>
                <td>
                  <select
                    className="input"
                    aria-label={`Meaning of column ${header || index + 1}`}
                    value={draft.columns[header] ?? 'ignore'}
                    onChange={(e) =>
                      onChange({
                        ...draft,
                        columns: {
                          ...draft.columns,
                          [header]: e.target.value as MappingDraft['columns'][string],
                        },
                      })
                    }
                  >
                    <option value="ignore">Ignore</option>
                    {GROUPS.map((group) => (
                      <optgroup key={group.slot} label={group.label}>
                        {group.options.map((option) => (
                          <option key={option.value} value={option.value}>
                            {option.label}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
