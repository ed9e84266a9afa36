/**
 * `seller-export_mercadolivre.csv`: sellers of mercadolivre.com.br — commas, Portuguese headers, Brazilian phones
 * (`(11) 98765-4321`), CNPJs, thousands with dots; one seller exported twice with stray spaces.
 */
import { assertNever } from '../../assertNever';
import type { DemoFile } from '../demoFile';
import { csvLine, germanNumber, utf8 } from '../csv';
import { spellAddress, type Address } from '../identifiers/address';
import { spellEmail } from '../identifiers/email';
import { spellPhone } from '../identifiers/phone';
import { createRandom, type Random } from '../random';
import type { Recorder } from '../recorder';
import type { Storefront, World } from '../world';
import { insertDuplicate, recordRows, storefrontSubject, type PlannedRow, type PlannedUse } from './table';

export const MERCADO_LIVRE_FILE = 'seller-export_mercadolivre.csv';

export const MERCADO_LIVRE_HEADERS = [
  'ID do vendedor',
  'Nome da loja',
  'Razão social',
  'CNPJ',
  'E-mail',
  'Telefone',
  'Endereço',
  'Cidade',
  'Reputação',
  'Vendas',
] as const;

function town(value: Address): string {
  const parts = value.parts;
  switch (parts.style) {
    case 'BR':
      return `${parts.town} - ${parts.state}`;
    case 'DE':
    case 'CN':
    case 'PL':
    case 'GB':
    case 'LU':
      return parts.town;
    default:
      return assertNever(parts, 'address style');
  }
}

function reputation(rating: number): string {
  if (rating >= 4.7) return 'MercadoLíder Platinum';
  if (rating >= 4.4) return 'MercadoLíder Gold';
  if (rating >= 4.0) return '5 - verde';
  if (rating >= 3.8) return '4 - verde-claro';
  return '3 - amarelo';
}

function planRow(random: Random, front: Storefront): PlannedRow {
  const { contact } = front;
  const uses: PlannedUse[] = [];
  const rejects: PlannedRow['rejects'][number][] = [];
  let emailCell = '';
  if (contact.invalidEmail !== undefined) {
    emailCell = contact.invalidEmail;
    rejects.push({ kind: 'email', field: 'E-mail', value: emailCell });
  } else if (contact.email !== undefined) {
    emailCell = spellEmail(random, contact.email, 0.25);
    uses.push({ identifier: contact.email, field: 'E-mail', raw: emailCell });
  }
  let phoneCell = '';
  if (contact.invalidPhone !== undefined) {
    phoneCell = contact.invalidPhone;
    rejects.push({ kind: 'phone', field: 'Telefone', value: phoneCell });
  } else if (contact.phone !== undefined) {
    phoneCell = spellPhone(random, contact.phone, 'BR');
    uses.push({ identifier: contact.phone, field: 'Telefone', raw: phoneCell });
  }
  let addressCell = '';
  if (contact.address !== undefined) {
    addressCell = spellAddress(random, contact.address, 0.5);
    uses.push({ identifier: contact.address, field: 'Endereço', raw: addressCell });
  }
  return {
    cells: [
      front.sellerId,
      front.name,
      front.companySpelling,
      // Foreign (cross-border) sellers have no CNPJ.
      front.company.country === 'BR' ? front.company.registrationNumber : '',
      emailCell,
      phoneCell,
      addressCell,
      contact.address !== undefined ? town(contact.address) : '',
      reputation(front.rating),
      random.chance(0.1) ? ' ' : germanNumber(front.feedbackCount * random.int(2, 6), 0),
    ],
    subject: storefrontSubject(front),
    uses,
    rejects,
  };
}

/** The same row with spaces around its text cells, as a second export run wrote it. */
function padded(row: PlannedRow): PlannedRow {
  const pad = (cell: string): string => (cell.trim() === '' ? cell : `  ${cell} `);
  return {
    ...row,
    cells: row.cells.map((cell, i) => (i === 1 || i === 4 ? pad(cell) : cell)),
    uses: row.uses.map((use) => (use.field === 'E-mail' ? { ...use, raw: pad(use.raw) } : use)),
  };
}

export function writeMercadoLivreSellers(world: World, recorder: Recorder): DemoFile {
  const random = createRandom(world.seed, 'file', MERCADO_LIVRE_FILE);
  const rows = world.storefronts
    .filter((front) => front.platform === 'mercadolivre.com.br')
    .map((front) => planRow(random, front));
  if (rows.length >= 2) {
    const from = random.int(0, rows.length - 2);
    const pair = insertDuplicate(rows, from, random.int(from + 1, rows.length), padded);
    const subject = rows[from]?.subject;
    if (pair !== undefined && subject !== undefined) {
      recorder.duplicates.push({
        file: MERCADO_LIVRE_FILE,
        locators: [{ row: pair.original + 2 }, { row: pair.duplicate + 2 }],
        subject,
      });
    }
  }
  recordRows(recorder, MERCADO_LIVRE_FILE, rows, (index) => ({ row: index + 2 }));
  const lines = [csvLine(MERCADO_LIVRE_HEADERS, ','), ...rows.map((row) => csvLine(row.cells, ','))];
  return {
    name: MERCADO_LIVRE_FILE,
    bytes: utf8(`${lines.join('\n')}\n`),
    description:
      'Seller export of mercadolivre.com.br (Portuguese headers, comma-separated): Brazilian phone formats, CNPJs, ' +
      'sales counts with dots as thousands separators. Cross-border sellers from China have no CNPJ. One seller ' +
      'was exported twice, the second time with stray spaces.',
    mapping: {
      'ID do vendedor': 'seller.sellerId',
      'Nome da loja': 'seller.storefrontName',
      'Razão social': 'seller.businessName',
      CNPJ: 'seller.registrationNumber',
      'E-mail': 'seller.email',
      Telefone: 'seller.phone',
      Endereço: 'seller.address',
      // The town is already part of the address; mapped on its own it would add nothing.
      Cidade: 'ignore',
      // A reputation level, not a rating on the 5-star scale of the other files.
      Reputação: 'ignore',
      // Sales, not feedback: mapping it to feedbackCount would mislead.
      Vendas: 'ignore',
    },
    platform: 'mercadolivre.com.br',
    options: { region: 'BR', decimal: ',', dateOrder: 'DMY', currency: 'BRL' },
  };
}
