/**
 * `carrier-shipments_dhl.csv`: DHL's extract of inbound and domestic parcels, including the legs its partners
 * (China Post, Cainiao, Correios) handed over. Semicolons, German dates (`04.03.2026`) and decimal commas.
 */
import type { DemoFile } from '../demoFile';
import { csvLine, germanNumber, utf8 } from '../csv';
import { dottedDate } from '../dates';
import { spellAddress } from '../identifiers/address';
import { spellPhone } from '../identifiers/phone';
import { createRandom } from '../random';
import type { Recorder } from '../recorder';
import type { World } from '../world';
import { recordRows, type PlannedRow, type PlannedUse } from './table';

export const SHIPMENTS_FILE = 'carrier-shipments_dhl.csv';

export const SHIPMENT_HEADERS = [
  'AWB / Tracking No.',
  'Carrier',
  'Shipper Name',
  'Shipper Address',
  'Shipper Phone',
  'Consignee Name',
  'Consignee Address',
  'Origin Country',
  'Destination Country',
  'Declared Content',
  'Declared Value',
  'Currency',
  'Weight (kg)',
  'Ship Date',
] as const;

export function writeShipments(world: World, recorder: Recorder): DemoFile {
  const random = createRandom(world.seed, 'file', SHIPMENTS_FILE);
  const rows: PlannedRow[] = world.shipments.map((shipment) => {
    const uses: PlannedUse[] = [];
    // Waybill labels are often typed in capitals.
    const spelled = spellAddress(random, shipment.shipperAddress, 0.6);
    const shipperAddress = random.chance(0.5) ? spelled.toUpperCase() : spelled;
    uses.push({ identifier: shipment.shipperAddress, field: 'Shipper Address', raw: shipperAddress });
    let shipperPhone = '';
    if (shipment.shipperPhone !== undefined) {
      shipperPhone = spellPhone(random, shipment.shipperPhone, 'DE');
      uses.push({ identifier: shipment.shipperPhone, field: 'Shipper Phone', raw: shipperPhone });
    }
    const consigneeAddress = spellAddress(random, shipment.consigneeAddress, 0.5);
    uses.push({ identifier: shipment.consigneeAddress, field: 'Consignee Address', raw: consigneeAddress });
    return {
      cells: [
        shipment.trackingNumber,
        shipment.carrier,
        shipment.shipperName,
        shipperAddress,
        shipperPhone,
        shipment.consigneeName,
        consigneeAddress,
        shipment.origin,
        shipment.destination,
        shipment.content,
        germanNumber(shipment.declaredValue, 2),
        shipment.currency,
        germanNumber(shipment.weightKg, 2),
        dottedDate(shipment.shippedAt),
      ],
      subject: { type: 'shipment', trackingNumber: shipment.trackingNumber },
      uses,
      rejects: [],
    };
  });
  recordRows(recorder, SHIPMENTS_FILE, rows, (index) => ({ row: index + 2 }));
  const lines = [csvLine(SHIPMENT_HEADERS, ';'), ...rows.map((row) => csvLine(row.cells, ';'))];
  return {
    name: SHIPMENTS_FILE,
    bytes: utf8(`${lines.join('\r\n')}\r\n`),
    description:
      "DHL's extract of parcels (semicolon-separated, German dates and decimal commas), including legs handed over " +
      'by China Post, Cainiao and Correios: shipper and consignee with addresses, declared content and value. ' +
      'Many parcels go to one freight forwarder near Frankfurt airport.',
    mapping: {
      'AWB / Tracking No.': 'shipment.trackingNumber',
      Carrier: 'shipment.carrier',
      'Shipper Name': 'shipper.name',
      'Shipper Address': 'shipper.address',
      'Shipper Phone': 'shipper.phone',
      'Consignee Name': 'consignee.name',
      'Consignee Address': 'consignee.address',
      'Origin Country': 'shipment.originCountry',
      'Destination Country': 'shipment.destinationCountry',
      'Declared Content': 'shipment.declaredContent',
      'Declared Value': 'shipment.declaredValue',
      Currency: 'shipment.currency',
      'Weight (kg)': 'shipment.weightKg',
      'Ship Date': 'shipment.shippedAt',
    },
    options: { region: 'DE', decimal: ',', dateOrder: 'DMY' },
  };
}
