/** One generated file, with what an importer needs to know to read it as intended. */
import { mappingFromFieldRefs } from '../import/mapping/mappingFromFieldRefs';
import type { FieldRef, ImportOptions } from '../import/mapping/types';
import type { PlanChoices } from '../import/planImport';

export type DemoFile = Readonly<{
  name: string;
  bytes: Uint8Array;
  /** What the file is and where it came from, for the demo's README and the evidence list. */
  description: string;
  /**
   * The intended column -> field mapping (`seller.email`, `listing.price`…), for tables and JSON records; JSON
   * paths are relative to one record and written as the importer flattens them (`edge_followed_by.count`).
   * Absent for FollowTheMoney, STIX and evidence files, whose structure says what they are.
   */
  mapping?: Readonly<Record<string, FieldRef | 'ignore'>>;
  /** The platform every slot of the file belongs to when no column says (a whole amazon.de export). */
  platform?: string;
  /** How to read the values: phone region, decimal separator, date order. */
  options?: ImportOptions;
  /** Where a JSON document keeps its records (`data.profiles`). */
  recordPath?: string;
  /** The worksheet that holds the records, for workbooks with other sheets. */
  sheet?: string;
}>;

/**
 * How "Load demo investigation" reads the file: its intended mapping (none for FtM, STIX and evidence, which map
 * themselves) and its phone region. Tests and benchmarks that must see what the app sees use the same choices.
 */
export function demoPlanChoices(file: DemoFile): PlanChoices {
  const options = file.options ?? {};
  return {
    ...(file.mapping ? { mapping: mappingFromFieldRefs(file.mapping, file.platform, options) } : {}),
    ...(options.region === undefined ? {} : { region: options.region }),
  };
}
