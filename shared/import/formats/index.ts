/**
 * The exchange formats of the field — FollowTheMoney (OCCRP Aleph) and STIX 2.1 — mapped to Casegraph drafts.
 *
 * Both formats let a relation come before the things it connects, so the import pipeline must run TWO passes
 * over a file's records (the records are small; re-reading them from the parser is fine):
 *
 * ```ts
 * const index = createFtmIndex();                 // or createStixIndex()
 * for (const record of records) index.learn(record);            // pass 1: ids and kinds only
 * for (const record of records) yield mapFtmRecord(record, index, { region }); // pass 2: drafts, links, rejects
 * ```
 *
 * Mapping a record before the index has learned the whole file turns every forward reference into a reject.
 * Identifiers go through `identifierDraft`, so an e-mail, phone, IBAN or domain from these files is the very
 * node the same value from a CSV export becomes.
 */
export type { FormatContext } from './context';
export { createFtmIndex, mapFtmRecord, type FtmIndex, type FtmResolved } from './ftm';
export { createStixIndex, mapStixRecord, type StixIndex, type StixResolved } from './stix';
