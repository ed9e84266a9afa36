/**
 * FollowTheMoney entities (one JSON object per line, as Aleph and `ftm` export them) -> Casegraph drafts.
 *
 * Two passes, because an FtM file is in no order: an Ownership may come before its owner. Pass 1 feeds every
 * record to `createFtmIndex().learn`; pass 2 maps each record with `mapFtmRecord`, resolving references through
 * the index. See ftmSchemas.ts for the table of what each schema becomes.
 *
 * Provenance: our kinds carry only their own properties, so the FtM id and schema are not stored as properties.
 * The locator of every mapped record is `{...parser locator, path: 'ftm:<id>'}`, and parties and accounts are keyed
 * `['ftm', <id>]` — together that is what lets an entity round-trip to FtM with its id.
 */
import { assertNever } from '../../assertNever';
import type { MappedRecord, SourceRecord } from '../types';
import { createCollector } from './collector';
import type { FormatContext } from './context';
import { mapFtmAddress, mapFtmBankAccount, mapFtmParty, mapFtmUserAccount } from './ftmEntities';
import { parseFtmEntity } from './ftmEntity';
import type { FtmIndex } from './ftmIndex';
import { mapFtmPayment, mapFtmRelation } from './ftmRelations';
import { ftmSchemaRole } from './ftmSchemas';
import { objectPreview } from './objectPreview';

export { createFtmIndex, type FtmIndex, type FtmResolved } from './ftmIndex';

/** Pass 2: one FtM entity -> its drafts, links and rejects. `index` must have learned every record of the file. */
export function mapFtmRecord(
  record: SourceRecord,
  index: FtmIndex,
  context: FormatContext = {},
): MappedRecord {
  const out = createCollector();
  const parsed = parseFtmEntity(record.object);
  if (!parsed.ok) {
    out.reject({ field: 'object', value: objectPreview(record.object), reason: parsed.reason });
    return out.result(record.locator);
  }
  const { entity } = parsed;
  const role = ftmSchemaRole(entity.schema);
  switch (role.role) {
    case 'party':
      mapFtmParty(entity, role.schema, index, context, out);
      break;
    case 'account':
      mapFtmUserAccount(entity, index, context, out);
      break;
    case 'bankAccount':
      mapFtmBankAccount(entity, index, out);
      break;
    case 'address':
      mapFtmAddress(entity, out);
      break;
    case 'relation':
      mapFtmRelation(entity, role.schema, index, out);
      break;
    case 'payment':
      mapFtmPayment(entity, index, out);
      break;
    case 'unused':
      out.reject({
        field: 'schema',
        value: entity.schema,
        reason: `FollowTheMoney schema ${entity.schema} is not used by Casegraph; the record was skipped`,
      });
      break;
    default:
      assertNever(role, 'FollowTheMoney schema role');
  }
  return out.result({ ...record.locator, path: `ftm:${entity.id}` });
}
