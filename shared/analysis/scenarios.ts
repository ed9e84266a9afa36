/**
 * Named investigations the analysis tests share: real-looking storefronts, identifiers and files, small enough to
 * reason about by hand. Each returns the ids a test needs to check its claim.
 */
import type { EntityId } from '../model';
import { createTestGraph, type TestGraph } from './testkit';

export type TwoOperations = Readonly<{
  g: TestGraph;
  /** Operation "Nordlicht": three storefronts sharing a phone, a bank account and a warehouse address. */
  nordlicht: readonly EntityId[];
  /** Operation "Ruifeng": two storefronts sharing a Shenzhen phone and a QQ mailbox. */
  ruifeng: readonly EntityId[];
  /** An honest shop that only shares the marketplace's support e-mail. */
  honest: EntityId;
  supportEmail: EntityId;
  nordlichtPhone: EntityId;
}>;

/**
 * Two unrelated operations whose seller exports both carry the marketplace's support e-mail (an Amazon export puts
 * it on every row that has no shop address of its own), plus an honest shop with the same support e-mail.
 */
export function twoOperationsAndASupportEmail(): TwoOperations {
  const g = createTestGraph();
  const file = g.file('marketplace-sellers_amazon-de.csv');
  const support = (seller: EntityId, row: number): EntityId => {
    const email = g.email('SELLER-SUPPORT@marketplace-service.eu', file.row(row));
    g.link('uses', seller, email, 'E-Mail', file.row(row));
    return email;
  };
  const nordlicht = [
    g.seller(
      'amazon.de',
      'A1OV4GWZO2A4CG',
      { storefrontName: 'Top Lager', businessName: 'Nordlicht Vertriebs GmbH' },
      file.row(2),
    ),
    g.seller('amazon.de', 'AGFRNQ6QDJX1PV', { storefrontName: 'Schnäppchen Store Express' }, file.row(3)),
    g.seller('amazon.de', 'A3KX0Q2N7ZC1LM', { storefrontName: 'Trend Shop DE' }, file.row(4)),
  ];
  const nordlichtPhone = g.phone('030 83986051', file.row(2));
  nordlicht.forEach((seller, i) => {
    g.link(
      'uses',
      seller,
      g.phone(['030 83986051', '+49 (0) 30 83986051', '030-83986051'][i] ?? '', file.row(2 + i)),
      'Telefon',
      file.row(2 + i),
    );
    g.link(
      'uses',
      seller,
      g.address('Industriestraße 77b, 64347 Griesheim', file.row(2 + i)),
      'Geschäftsadresse',
      file.row(2 + i),
    );
  });
  const iban = g.iban('DE02 3704 0044 6395 0054 51', file.row(2));
  const [topLager, schnaeppchen] = nordlicht as [EntityId, EntityId, EntityId];
  g.link('uses', topLager, iban, 'Bankverbindung', file.row(2));
  g.link('uses', schnaeppchen, iban, 'Bankverbindung', file.row(3));
  const ruifeng = [
    g.seller(
      'amazon.de',
      'A5J0TT12LLAKW',
      { storefrontName: 'Marken-Markt DE', businessName: 'Ruifeng International (HK) Limited' },
      file.row(5),
    ),
    g.seller('amazon.de', 'AXU95UE3UCN1FT', { storefrontName: 'TopShop_de' }, file.row(6)),
  ];
  ruifeng.forEach((seller, i) => {
    g.link('uses', seller, g.phone('+86 138 0113 7978', file.row(5 + i)), 'Telefon', file.row(5 + i));
    g.link('uses', seller, g.email('8045212418@qq.com', file.row(5 + i)), 'E-Mail', file.row(5 + i));
  });
  const honest = g.seller(
    'amazon.de',
    'A2UPSMRDO3TI8',
    { storefrontName: 'Premium Paradies', businessName: 'Wagner Import & Export e.K.' },
    file.row(7),
  );
  g.link('uses', honest, g.phone('0201 4478120', file.row(7)), 'Telefon', file.row(7));
  const supportEmail = support(topLager, 2);
  support(ruifeng[0] as EntityId, 5);
  support(honest, 7);
  return { g, nordlicht, ruifeng, honest, supportEmail, nordlichtPhone };
}
