/**
 * The rights holders' genuine products: the brands being counterfeited. All brands are invented, so nothing in the
 * demo accuses a real company's goods.
 */
import { assertNever } from '../../assertNever';
import type { Language } from './marketplaces';

export type Product = Readonly<{
  brand: string;
  name: string;
  /** The rights holder's model number, which counterfeit listings copy (sometimes wrongly); the catalog's SKU. */
  model: string;
  /** GTIN-13 with a valid check digit. */
  gtin: string;
  /** Manufacturer's suggested retail price in EUR. */
  msrp: number;
  /** As customs lists it. */
  commodity: string;
  /** What a counterfeiter writes on the waybill instead. */
  declared: readonly string[];
  weightKg: number;
  titles: Readonly<Record<'de' | 'en' | 'pt' | 'pl', string>>;
  /** Misspellings and decorations counterfeit listings put in the brand field. */
  brandNoise: readonly string[];
}>;

export const PRODUCTS: readonly Product[] = [
  {
    brand: 'Nordvik',
    name: 'Arctic Parka',
    model: 'NV-AP-2201',
    gtin: '4067891234569',
    msrp: 349,
    commodity: 'Outdoor jackets (HS 6201)',
    declared: ['Clothing sample', 'Textile', 'Jacket (no brand)'],
    weightKg: 1.4,
    titles: {
      de: 'Nordvik Arctic Parka Herren Winterjacke',
      en: "Nordvik Arctic Parka Men's Winter Jacket",
      pt: 'Jaqueta Nordvik Arctic Parka Masculina',
      pl: 'Kurtka zimowa Nordvik Arctic Parka męska',
    },
    brandNoise: ['NORDVIK', 'Nordvik®', 'Nordvlk', 'Nord Vik'],
  },
  {
    brand: 'Nordvik',
    name: 'Trail Softshell',
    model: 'NV-TS-1840',
    gtin: '4067891234576',
    msrp: 189,
    commodity: 'Outdoor jackets (HS 6201)',
    declared: ['Sportswear', 'Textile'],
    weightKg: 0.8,
    titles: {
      de: 'Nordvik Trail Softshelljacke Damen wasserdicht',
      en: 'Nordvik Trail Softshell Jacket Women Waterproof',
      pt: 'Jaqueta Softshell Nordvik Trail Feminina',
      pl: 'Kurtka softshell Nordvik Trail damska',
    },
    brandNoise: ['NORDVIK', 'Nordvik®', 'Nordvik Outdoor'],
  },
  {
    brand: 'Aurelio',
    name: 'Marina Chronograph',
    model: 'AU-MC-42S',
    gtin: '7612345678900',
    msrp: 890,
    commodity: 'Wrist watches (HS 9102)',
    declared: ['Watch strap', 'Gift', 'Accessories'],
    weightKg: 0.3,
    titles: {
      de: 'Aurelio Marina Chronograph Herrenuhr Edelstahl 42 mm',
      en: 'Aurelio Marina Chronograph Stainless Steel 42mm',
      pt: 'Relógio Aurelio Marina Cronógrafo Aço 42mm',
      pl: 'Zegarek Aurelio Marina Chronograf stal 42 mm',
    },
    brandNoise: ['AURELIO', 'Aurelio Swiss', 'Aurel1o'],
  },
  {
    brand: 'Aurelio',
    name: 'Classic 38',
    model: 'AU-CL-38G',
    gtin: '7612345678917',
    msrp: 540,
    commodity: 'Wrist watches (HS 9102)',
    declared: ['Gift', 'Fashion accessory'],
    weightKg: 0.25,
    titles: {
      de: 'Aurelio Classic 38 Damenuhr vergoldet',
      en: 'Aurelio Classic 38 Ladies Watch Gold Tone',
      pt: 'Relógio Feminino Aurelio Classic 38 Dourado',
      pl: 'Zegarek damski Aurelio Classic 38 złoty',
    },
    brandNoise: ['AURELIO', 'Aurelio®'],
  },
  {
    brand: 'Velora',
    name: 'Milano Tote',
    model: 'VL-MT-001',
    gtin: '8051234567892',
    msrp: 1290,
    commodity: 'Handbags (HS 4202)',
    declared: ['Bag', 'Used clothing', 'Sample'],
    weightKg: 1.1,
    titles: {
      de: 'Velora Milano Tote Handtasche Leder schwarz',
      en: 'Velora Milano Tote Leather Handbag Black',
      pt: 'Bolsa Velora Milano Tote Couro Preta',
      pl: 'Torebka Velora Milano Tote skóra czarna',
    },
    brandNoise: ['VELORA', 'Velora Milano', 'Vel0ra'],
  },
  {
    brand: 'Velora',
    name: 'Mini Crossbody',
    model: 'VL-MC-014',
    gtin: '8051234567908',
    msrp: 690,
    commodity: 'Handbags (HS 4202)',
    declared: ['Bag', 'Gift'],
    weightKg: 0.6,
    titles: {
      de: 'Velora Mini Crossbody Umhängetasche',
      en: 'Velora Mini Crossbody Bag',
      pt: 'Bolsa Transversal Velora Mini',
      pl: 'Torebka Velora Mini Crossbody',
    },
    brandNoise: ['VELORA', 'Velora®'],
  },
  {
    brand: 'Kestrel Audio',
    name: 'Pro Buds ANC',
    model: 'KA-PB2',
    gtin: '5056123456786',
    msrp: 229,
    commodity: 'Wireless earphones (HS 8518)',
    declared: ['Bluetooth headset parts', 'Electronic accessories'],
    weightKg: 0.2,
    titles: {
      de: 'Kestrel Audio Pro Buds ANC Bluetooth Kopfhörer In-Ear',
      en: 'Kestrel Audio Pro Buds ANC Wireless Earbuds',
      pt: 'Fone de Ouvido Kestrel Audio Pro Buds ANC Bluetooth',
      pl: 'Słuchawki Kestrel Audio Pro Buds ANC bezprzewodowe',
    },
    brandNoise: ['KESTREL', 'Kestrel', 'Kestrel Audio Pro'],
  },
  {
    brand: 'Solenne',
    name: 'Eau de Parfum No. 7',
    model: 'SO-EDP7-100',
    gtin: '3612345678904',
    msrp: 129,
    commodity: 'Perfumes (HS 3303)',
    declared: ['Cosmetics sample', 'Gift'],
    weightKg: 0.45,
    titles: {
      de: 'Solenne No. 7 Eau de Parfum 100 ml Damen',
      en: 'Solenne No. 7 Eau de Parfum 100ml',
      pt: 'Perfume Solenne No. 7 Eau de Parfum 100ml Feminino',
      pl: 'Perfumy Solenne No. 7 woda perfumowana 100 ml',
    },
    brandNoise: ['SOLENNE', 'Solenne Paris'],
  },
];

/** The title language a marketplace's listings use. */
export function titleLanguage(language: Language): 'de' | 'en' | 'pt' | 'pl' {
  switch (language) {
    case 'de':
    case 'en':
    case 'pt':
    case 'pl':
      return language;
    case 'ru':
    case 'zh':
      return 'en';
    default:
      return assertNever(language, 'language');
  }
}
