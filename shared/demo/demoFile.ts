/** One generated file, with what an importer needs to know to read it as intended. */
import type { FieldRef, ImportOptions } from '../import/mapping/types';

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
