/**
 * The plan for reading one previewed file: the mapping (one given, such as a saved template or a demo file's own,
 * else the one guessed from the headers), the decimal separator per numeric column, the sheet and the default phone
 * region. The app's demo loader, check-file and the in-memory import all plan a file this way; the Import page
 * builds the same plan from what the investigator chose in the mapping step.
 */
import { decideDecimals } from './mapping/decideDecimals';
import { guessMapping } from './mapping/guessMapping';
import type { Mapping } from './mapping/types';
import type { ImportPlan } from './pipeline';
import { needsMapping, type FilePreview } from './preview';

export type PlanChoices = Readonly<{ mapping?: Mapping; region?: string }>;

export function planImport(preview: FilePreview, fileName: string, choices: PlanChoices = {}): ImportPlan {
  const options = choices.region === undefined ? {} : { region: choices.region };
  let mapping: Mapping | undefined;
  if (needsMapping(preview.format)) {
    mapping = choices.mapping
      ? { ...choices.mapping, options: { ...choices.mapping.options, ...options } }
      : guessMapping(preview.headers, fileName, options).mapping;
  }
  return {
    format: preview.format,
    ...(preview.sheet === undefined ? {} : { sheet: preview.sheet }),
    ...(mapping ? { mapping, decimals: decideDecimals(mapping, preview.rows) } : {}),
    ...(choices.region === undefined ? {} : { region: choices.region }),
  };
}
