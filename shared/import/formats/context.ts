/** What the investigator decided for a whole FollowTheMoney or STIX file, handed to every record's mapper. */
import type { CountryCode } from '../../normalize';

/** Choices that apply to every record of one file. */
export type FormatContext = Readonly<{
  /**
   * Region for phone numbers written without a country code. The same option a CSV import has, so a phone from a
   * FollowTheMoney file and the same phone from a spreadsheet become one node.
   */
  region?: CountryCode;
}>;
