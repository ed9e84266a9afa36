import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect';
import { fixtureBytes, utf16le } from './fixtures/testSupport';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('format detection from fixtures', () => {
  it.each([
    ['multiline-quoted.valid.csv', 'csv', 'semicolon-separated text'],
    ['latin1-accents.valid.csv', 'csv', 'semicolon-separated text'],
    ['bom-crlf-mixed.valid.csv', 'csv', 'comma-separated text'],
    ['tab-separated.valid.tsv', 'tsv', 'tab-separated text'],
    ['only-header.valid.csv', 'csv', 'comma-separated text'],
    ['empty.invalid.csv', 'csv', 'empty file'],
    ['binary-disguised.invalid.csv', 'evidence', 'PNG image'],
    ['nested-items.valid.json', 'json', 'JSON document'],
    ['stix-bundle.valid.json', 'stix', 'STIX 2.1 bundle'],
    ['profiles.valid.jsonl', 'jsonl', 'JSON Lines: one record per line'],
    ['ftm-entities.valid.jsonl', 'ftm', 'FollowTheMoney entities (JSON Lines)'],
  ])('%s is %s (%s)', async (name, format, reason) => {
    expect(detectFormat(name, await fixtureBytes(name))).toEqual({ format, reason });
  });
});

describe('format detection from content', () => {
  it.each([
    ['export.xls', 'id\tname\n1\tShop\n', 'tsv', 'tab-separated text (named .xls)'],
    ['sellers.txt', 'id|name|email\n1|Shop|a@x.com\n', 'csv', 'pipe-separated text'],
    ['notes.txt', 'Seen at the warehouse on Tuesday.\nTwo vans.\n', 'evidence', 'plain text without columns'],
    ['emails.csv', 'email\na@x.com\n', 'csv', 'text with a single column'],
    ['capture.html', '<!DOCTYPE html><html><body>Shop</body></html>', 'evidence', 'HTML page'],
    [
      'listings.xls',
      '<html><body><table><tr><td>id</td></tr></table></body></html>',
      'xlsx',
      'web page table saved as .xls',
    ],
    [
      'page.mhtml',
      'From: <Saved by Blink>\nMIME-Version: 1.0\nContent-Type: multipart/related;',
      'evidence',
      'saved web page (MHTML)',
    ],
    ['logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"></svg>', 'evidence', 'SVG image'],
    [
      'book.xml',
      '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
      'xlsx',
      'Excel 2003 XML workbook',
    ],
    ['one.json', '{"handle": "x"}', 'json', 'JSON document'],
    ['one.jsonl', '{"handle": "x"}\n', 'jsonl', 'JSON Lines: one record per line'],
    ['list.json', '[\n  {"a": 1},\n  {"a": 2}\n]\n', 'json', 'JSON document'],
    ['rows.json', '{"a": 1}\n{"a": 2}\n', 'jsonl', 'JSON Lines: one record per line'],
    ['brackets.csv', '[Seller] ID,Name\nA1,Shop\n', 'csv', 'comma-separated text'],
    ['broken.json', '[{"a": 1},, {"a": 2}]', 'json', 'JSON document'],
  ])('%s', (name, text, format, reason) => {
    expect(detectFormat(name, utf8(text))).toEqual({ format, reason });
  });

  it.each([
    ['report.pdf', [...utf8('%PDF-1.7\n')], 'evidence', 'PDF document'],
    ['photo.jpg', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'evidence', 'JPEG image'],
    ['shot.gif', [...utf8('GIF89a'), 0, 0], 'evidence', 'GIF image'],
    ['dump.bin', [1, 2, 0, 0, 3, 4], 'evidence', 'binary file'],
    ['listings.xlsx', [0x50, 0x4b, 0x03, 0x04, ...utf8('[Content_Types].xml')], 'xlsx', 'Excel workbook'],
    ['export.zip', [0x50, 0x4b, 0x03, 0x04, ...utf8('xl/workbook.xml')], 'xlsx', 'Excel workbook'],
    ['report.docx', [0x50, 0x4b, 0x03, 0x04, ...utf8('word/document.xml')], 'evidence', 'ZIP archive'],
    [
      'sheet.ods',
      [0x50, 0x4b, 0x03, 0x04, ...utf8('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')],
      'xlsx',
      'OpenDocument spreadsheet',
    ],
    ['old.xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'xlsx', 'Excel 97-2003 workbook'],
    ['memo.doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'evidence', 'Office document'],
    ['unicode.txt', [0xff, 0xfe, ...utf16le('a\tb\n1\t2\n')], 'tsv', 'tab-separated text'],
    ['no-bom.txt', utf16le('id;name\n1;Shop\n'), 'csv', 'semicolon-separated text'],
  ])('%s', (name, bytes, format, reason) => {
    expect(detectFormat(name, Uint8Array.from(bytes))).toEqual({ format, reason });
  });
});
