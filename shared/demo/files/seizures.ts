/**
 * `customs-seizures.csv`: detentions of suspected counterfeits, as customs share them with the rights holder.
 * Most cite the waybill of a parcel in the carrier extract (some with spaces or in lower case); some cite none.
 */
import type { DemoFile } from '../demoFile';
import { csvLine, utf8 } from '../csv';
import { slashedDate } from '../dates';
import type { World } from '../world';

export const SEIZURES_FILE = 'customs-seizures.csv';

export const SEIZURE_HEADERS = [
  'Seizure ID',
  'Date',
  'Port',
  'Commodity',
  'Brand infringed',
  'Quantity',
  'MSRP value (EUR)',
  'Country of origin',
  'Linked waybill',
  'Outcome',
] as const;

export function writeSeizures(world: World): DemoFile {
  const lines = [
    csvLine(SEIZURE_HEADERS, ','),
    ...world.seizures.map((seizure) =>
      csvLine(
        [
          seizure.id,
          slashedDate(seizure.date),
          seizure.port,
          seizure.commodity,
          seizure.brand,
          String(seizure.quantity),
          seizure.msrpValue.toFixed(2),
          seizure.origin,
          seizure.trackingSpelling,
          seizure.outcome,
        ],
        ',',
      ),
    ),
  ];
  return {
    name: SEIZURES_FILE,
    bytes: utf8(`${lines.join('\n')}\n`),
    description:
      'Customs detentions of suspected counterfeits shared with the rights holder: port, goods, brand, quantity, ' +
      'value at retail prices, and the waybill of the parcel where customs recorded it.',
    mapping: {
      'Seizure ID': 'shipment.seizureId',
      Date: 'shipment.seizedAt',
      Port: 'shipment.seizurePort',
      Commodity: 'shipment.declaredContent',
      // The shipment's own field: a product slot with a brand alone has no key and would reject every row.
      'Brand infringed': 'shipment.brandInfringed',
      Quantity: 'shipment.quantity',
      // The retail value of the whole seizure, not a product's MSRP.
      'MSRP value (EUR)': 'ignore',
      'Country of origin': 'shipment.originCountry',
      'Linked waybill': 'shipment.trackingNumber',
      Outcome: 'shipment.seizureOutcome',
    },
    options: { dateOrder: 'DMY', decimal: '.', currency: 'EUR' },
  };
}
