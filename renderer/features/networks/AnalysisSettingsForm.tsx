/**
 * The thresholds and weights of the analysis, visible and adjustable: what counts as a strong tie, when a shared
 * value is a hub, how much each kind of identifier weighs. Saved values apply from the next run.
 */
import { useId, useState, type SubmitEvent } from 'react';
import {
  DEFAULT_ANALYSIS_SETTINGS,
  type AnalysisSettings,
  type AnalysisSettingsInput,
} from '@shared/analysis';
import { KINDS, type IdentifierKind } from '@shared/model';
import { storeAnalysisSettings } from '@renderer/data/hooks/useAnalysis';

type Field = Readonly<{
  key: string;
  label: string;
  help: string;
  min: number;
  max: number;
  step: number;
  read: (s: AnalysisSettings) => number;
}>;

const FIELDS: readonly Field[] = [
  {
    key: 'strongThreshold',
    label: 'Strong tie at',
    help: 'Summed weight at which two accounts are joined into one network',
    min: 0.1,
    max: 10,
    step: 0.1,
    read: (s) => s.strongThreshold,
  },
  {
    key: 'hubThreshold',
    label: 'Hub above',
    help: 'A value used by more accounts than this is folded as a hub',
    min: 2,
    max: 10_000,
    step: 1,
    read: (s) => s.hubThreshold,
  },
  {
    key: 'mentionsFactor',
    label: 'Free-text factor',
    help: 'Weight kept when an identifier is only mentioned in a bio or description',
    min: 0,
    max: 1,
    step: 0.05,
    read: (s) => s.mentionsFactor,
  },
  {
    key: 'listingPhotoWeight',
    label: 'Same listing photo',
    help: 'Weight of one product photo on listings of both accounts',
    min: 0,
    max: 3,
    step: 0.05,
    read: (s) => s.listingPhotoWeight,
  },
  {
    key: 'shipmentWeight',
    label: 'Same shipment',
    help: 'Weight of being parties to one shipment',
    min: 0,
    max: 3,
    step: 0.05,
    read: (s) => s.shipmentWeight,
  },
];

const WEIGHT_KINDS = Object.keys(DEFAULT_ANALYSIS_SETTINGS.identifierWeights) as IdentifierKind[];

/** Only what differs from the defaults is stored, so improved defaults reach analysts who never changed a value. */
function differences(values: Readonly<Record<string, number>>, weights: Readonly<Record<string, number>>) {
  const input: Record<string, unknown> = {};
  const defaults = DEFAULT_ANALYSIS_SETTINGS as unknown as Record<string, number>;
  for (const field of FIELDS)
    if (values[field.key] !== defaults[field.key]) input[field.key] = values[field.key];
  const changedWeights = Object.fromEntries(
    WEIGHT_KINDS.filter((kind) => weights[kind] !== DEFAULT_ANALYSIS_SETTINGS.identifierWeights[kind]).map(
      (kind) => [kind, weights[kind]],
    ),
  );
  if (Object.keys(changedWeights).length > 0) input.identifierWeights = changedWeights;
  return input as AnalysisSettingsInput;
}

export function AnalysisSettingsForm({ settings }: Readonly<{ settings: AnalysisSettings }>) {
  const id = useId();
  const [values, setValues] = useState(() =>
    Object.fromEntries(FIELDS.map((f) => [f.key, f.read(settings)])),
  );
  const [weights, setWeights] = useState<Record<string, number>>(() => ({ ...settings.identifierWeights }));
  const [saved, setSaved] = useState(false);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    void storeAnalysisSettings(differences(values, weights)).then(() => setSaved(true));
  };
  const reset = () => {
    setValues(Object.fromEntries(FIELDS.map((f) => [f.key, f.read(DEFAULT_ANALYSIS_SETTINGS)])));
    setWeights({ ...DEFAULT_ANALYSIS_SETTINGS.identifierWeights });
    void storeAnalysisSettings({}).then(() => setSaved(true));
  };
  const number = (text: string, fallback: number) => {
    const parsed = Number(text);
    return Number.isFinite(parsed) ? parsed : fallback;
  };

  return (
    <form className="card analysis-settings" aria-label="Analysis settings" onSubmit={submit}>
      <h2>Thresholds</h2>
      <div className="settings-grid">
        {FIELDS.map((field) => (
          <div className="field" key={field.key}>
            <label htmlFor={`${id}-${field.key}`}>{field.label}</label>
            <input
              id={`${id}-${field.key}`}
              className="input"
              type="number"
              min={field.min}
              max={field.max}
              step={field.step}
              value={values[field.key]}
              aria-describedby={`${id}-${field.key}-help`}
              onChange={(e) => {
                setSaved(false);
                setValues({ ...values, [field.key]: number(e.target.value, field.read(settings)) });
              }}
            />
            <span id={`${id}-${field.key}-help`} className="muted small">
              {field.help}
            </span>
          </div>
        ))}
      </div>
      <details>
        <summary>Weight of each shared identifier</summary>
        <div className="settings-grid">
          {WEIGHT_KINDS.map((kind) => (
            <div className="field" key={kind}>
              <label htmlFor={`${id}-w-${kind}`}>{KINDS[kind].label}</label>
              <input
                id={`${id}-w-${kind}`}
                className="input"
                type="number"
                min={0}
                max={5}
                step={0.05}
                value={weights[kind]}
                onChange={(e) => {
                  setSaved(false);
                  setWeights({
                    ...weights,
                    [kind]: number(e.target.value, settings.identifierWeights[kind]),
                  });
                }}
              />
            </div>
          ))}
        </div>
      </details>
      <div className="form-row">
        <button type="submit" className="button">
          Save thresholds
        </button>
        <button type="button" className="button button--quiet" onClick={reset}>
          Back to defaults
        </button>
        {saved ? (
          <span role="status" className="muted">
            Saved; they apply from the next run.
          </span>
        ) : null}
      </div>
    </form>
  );
}
