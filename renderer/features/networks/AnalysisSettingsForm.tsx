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

/** `PLN 0,23` per line -> `{ PLN: 0.23 }`; lines that say nothing usable are left out. */
function parseRates(text: string): Record<string, number> {
  const rates: Record<string, number> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z]{3})\s*[=:]?\s*(\d+(?:[.,]\d+)?)\s*$/.exec(line);
    const rate = match?.[2] === undefined ? Number.NaN : Number(match[2].replace(',', '.'));
    if (match?.[1] !== undefined && rate > 0) rates[match[1].toUpperCase()] = rate;
  }
  return rates;
}

const ratesText = (rates: Readonly<Record<string, number>>): string =>
  Object.entries(rates)
    .map(([code, rate]) => `${code} ${rate}`)
    .join('\n');

const WEIGHT_KINDS = Object.keys(DEFAULT_ANALYSIS_SETTINGS.identifierWeights) as IdentifierKind[];

/** Only what differs from the defaults is stored, so improved defaults reach analysts who never changed a value. */
function differences(
  values: Readonly<Record<string, number>>,
  weights: Readonly<Record<string, number>>,
  rates: Readonly<Record<string, number>>,
) {
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
  if (Object.keys(rates).length > 0) input.signals = { exchangeRates: rates };
  return input as AnalysisSettingsInput;
}

export function AnalysisSettingsForm({ settings }: Readonly<{ settings: AnalysisSettings }>) {
  const id = useId();
  const [values, setValues] = useState(() =>
    Object.fromEntries(FIELDS.map((f) => [f.key, f.read(settings)])),
  );
  const [weights, setWeights] = useState<Record<string, number>>(() => ({ ...settings.identifierWeights }));
  const [rates, setRates] = useState(() => ratesText(settings.signals.exchangeRates));
  const [saved, setSaved] = useState(false);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    void storeAnalysisSettings(differences(values, weights, parseRates(rates))).then(() => setSaved(true));
  };
  const reset = () => {
    setValues(Object.fromEntries(FIELDS.map((f) => [f.key, f.read(DEFAULT_ANALYSIS_SETTINGS)])));
    setWeights({ ...DEFAULT_ANALYSIS_SETTINGS.identifierWeights });
    setRates('');
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
      <details>
        <summary>Exchange rates for the price signal</summary>
        <div className="field">
          <label htmlFor={`${id}-rates`}>
            One currency per line, in one reference currency (e.g. EUR 1, PLN 0.23)
          </label>
          <textarea
            id={`${id}-rates`}
            className="input"
            rows={4}
            value={rates}
            onChange={(e) => {
              setSaved(false);
              setRates(e.target.value);
            }}
          />
          <span className="muted small">
            Without a rate, a listing priced in another currency than the brand’s is not compared.
          </span>
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
