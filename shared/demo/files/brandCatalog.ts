/**
 * `brand-catalog.csv`: the rights holders' product catalog as their brand-protection team exports it for
 * marketplace work — German headers (`Marke`, `Artikelnummer`, `EAN`, `UVP`), semicolons, decimal commas with
 * thousands dots (`1.290,00`), a UTF-8 BOM and CRLF. It is what listing prices and claimed brands are checked against.
 */
import type { DemoFile } from '../demoFile';
import { csvLine, germanNumber, utf8 } from '../csv';
import type { Recorder } from '../recorder';
import { PRODUCTS } from '../vocab/products';

export const BRAND_CATALOG_FILE = 'brand-catalog.csv';

export const BRAND_CATALOG_HEADERS = [
  'Marke',
  'Produktname',
  'Artikelnummer',
  'EAN',
  'UVP',
  'Währung',
] as const;

export function writeBrandCatalog(recorder: Recorder): DemoFile {
  const lines = [csvLine(BRAND_CATALOG_HEADERS, ';')];
  for (const product of PRODUCTS) {
    lines.push(
      csvLine(
        [product.brand, product.name, product.model, product.gtin, germanNumber(product.msrp, 2), 'EUR'],
        ';',
      ),
    );
    recorder.catalog.push({ file: BRAND_CATALOG_FILE, locator: { row: lines.length }, product });
  }
  return {
    name: BRAND_CATALOG_FILE,
    bytes: utf8(`\uFEFF${lines.join('\r\n')}\r\n`),
    description:
      "The rights holders' product catalog, exported by their brand-protection team: brand, product name, " +
      'article number, EAN and recommended retail price (UVP) in euros, with German headers, semicolons and ' +
      'decimal commas. Listings are matched to it by EAN or by brand and model number.',
    mapping: {
      Marke: 'product.brand',
      Produktname: 'product.name',
      Artikelnummer: 'product.sku',
      EAN: 'product.gtin',
      UVP: 'product.msrp',
      Währung: 'product.currency',
    },
    options: { decimal: ',', currency: 'EUR' },
  };
}
