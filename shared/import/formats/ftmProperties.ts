/**
 * FollowTheMoney properties -> the properties of our kinds. Typed properties (dates, countries) go through the same
 * `propertyValue` as a CSV cell, so a date or a country reads the same whichever file it came from.
 */
import type { EntityKind } from '../../model';
import { propertyValue } from '../mapping/propertyValue';
import type { Collector } from './collector';
import { values, type FtmEntity } from './ftmEntity';

/** Our property <- the FtM properties that fill it, in order. Anything not listed is not carried over. */
const PROPERTY_SOURCES = {
  person: [
    ['name', ['name']],
    ['nationality', ['nationality']],
    ['birthDate', ['birthDate']],
    ['country', ['country']],
  ],
  organization: [
    ['name', ['name']],
    ['registrationNumber', ['registrationNumber']],
    ['vatNumber', ['vatCode']],
    ['country', ['jurisdiction', 'country']],
    ['incorporationDate', ['incorporationDate']],
  ],
  seller: [
    ['storefrontName', ['name']],
    ['country', ['country']],
  ],
  socialAccount: [['displayName', ['name']]],
} as const satisfies Readonly<
  Partial<Record<EntityKind, ReadonlyArray<readonly [string, readonly string[]]>>>
>;

type PropertyKind = keyof typeof PROPERTY_SOURCES;

/** FtM dates may be partial (`2019`, `2019-03`): as precise as the source knew, and worth keeping as written. */
const PARTIAL_ISO_DATE = /^\d{4}(?:-\d{2})?$/;

// FtM writes dates as ISO 8601, so the year comes first whatever the investigator chose for spreadsheets.
const FTM_OPTIONS = { dateOrder: 'YMD' } as const;

/** The properties of one kind from an FtM entity; values that cannot be read are rejected, naming the FtM property. */
export function ftmProperties(
  kind: PropertyKind,
  entity: FtmEntity,
  out: Collector,
): Record<string, (string | number)[]> {
  const properties: Record<string, (string | number)[]> = {};
  for (const [prop, sources] of PROPERTY_SOURCES[kind]) {
    for (const source of sources) {
      for (const raw of values(entity, source)) {
        const result = propertyValue(prop, raw, FTM_OPTIONS, '.');
        if (result.ok) {
          const list = (properties[prop] ??= []);
          if (!list.some((known) => String(known) === String(result.value))) list.push(result.value);
        } else if (PARTIAL_ISO_DATE.test(raw)) {
          (properties[prop] ??= []).push(raw);
        } else {
          out.reject({ field: source, value: raw, reason: result.reason });
        }
      }
    }
  }
  if (kind === 'person' && properties.name === undefined) {
    // Registries often give a person only as first and last name.
    const name = [...values(entity, 'firstName'), ...values(entity, 'lastName')].join(' ');
    if (name !== '') properties.name = [name];
  }
  return properties;
}
