/** The marketplaces, social platforms and countries of the demo world. */

export type MarketplaceId = 'amazon.de' | 'ebay.de' | 'ebay.co.uk' | 'allegro.pl' | 'mercadolivre.com.br';
export type SocialPlatform = 'instagram' | 'tiktok';
/** Countries the world's people, phones and addresses belong to. */
export type CountryCode = 'DE' | 'CN' | 'BR' | 'PL' | 'GB' | 'LU';
/** Where an operation is run from; decides its language, company forms, phones and carriers. */
export type Home = 'DE' | 'CN' | 'BR' | 'PL';
export type Language = 'de' | 'en' | 'pt' | 'pl' | 'ru' | 'zh';
export type Currency = 'EUR' | 'GBP' | 'PLN' | 'BRL';

export type Marketplace = Readonly<{
  id: MarketplaceId;
  country: CountryCode;
  currency: Currency;
  language: Language;
  /** Which seller file lists its storefronts. */
  sellerFile: 'amazon' | 'mercadolivre' | 'report';
}>;

export const MARKETPLACES: Readonly<Record<MarketplaceId, Marketplace>> = {
  'amazon.de': { id: 'amazon.de', country: 'DE', currency: 'EUR', language: 'de', sellerFile: 'amazon' },
  'ebay.de': { id: 'ebay.de', country: 'DE', currency: 'EUR', language: 'de', sellerFile: 'report' },
  'ebay.co.uk': { id: 'ebay.co.uk', country: 'GB', currency: 'GBP', language: 'en', sellerFile: 'report' },
  'allegro.pl': { id: 'allegro.pl', country: 'PL', currency: 'PLN', language: 'pl', sellerFile: 'report' },
  'mercadolivre.com.br': {
    id: 'mercadolivre.com.br',
    country: 'BR',
    currency: 'BRL',
    language: 'pt',
    sellerFile: 'mercadolivre',
  },
};

export const MARKETPLACE_IDS = Object.keys(MARKETPLACES) as MarketplaceId[];

/** Where an operation from each home sells: `primary` always, then some of `extra`. */
export const HOME_MARKETS: Readonly<
  Record<Home, Readonly<{ primary: readonly MarketplaceId[]; extra: readonly MarketplaceId[] }>>
> = {
  DE: { primary: ['amazon.de', 'ebay.de'], extra: ['allegro.pl', 'ebay.co.uk'] },
  CN: { primary: ['amazon.de'], extra: ['ebay.de', 'ebay.co.uk', 'allegro.pl', 'mercadolivre.com.br'] },
  BR: { primary: ['mercadolivre.com.br'], extra: ['ebay.de', 'amazon.de'] },
  PL: { primary: ['allegro.pl'], extra: ['ebay.de', 'ebay.co.uk', 'amazon.de'] },
};

/** Euro exchange rates for list prices; fixed, because the demo must not depend on the day it runs. */
export const EUR_RATE: Readonly<Record<Currency, number>> = { EUR: 1, GBP: 0.85, PLN: 4.3, BRL: 5.4 };

/** How each country is written out in addresses and exports. */
export const COUNTRY_NAMES: Readonly<Record<CountryCode, readonly string[]>> = {
  DE: ['Deutschland', 'Germany', 'DE'],
  CN: ['China', 'CN', "People's Republic of China"],
  BR: ['Brasil', 'Brazil', 'BR'],
  PL: ['Polska', 'Poland', 'PL'],
  GB: ['United Kingdom', 'UK', 'GB'],
  LU: ['Luxembourg', 'Luxemburg', 'LU'],
};
