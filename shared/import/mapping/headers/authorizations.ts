/**
 * A rights holder's list of authorized resellers: which storefronts may sell which brands. See headerDictionary.ts
 * for how targets and synonyms are read.
 *
 * A plain `Brand` column next to a seller id means "authorized for this brand" only in such a list: in a seller
 * report it is the brand the report is about, and reading it as an authorization would clear a counterfeiter. So
 * the plain words count only when a column marks the file as an authorization list.
 */
import type { HeaderSynonyms } from './types';

/** Columns that say "authorized brand" themselves: they mean it in any file. */
const AUTHORIZED_BRAND = [
  'authorized brand',
  'authorized brands',
  'authorised brand',
  'authorised brands',
  'brand authorized',
  'brand authorised',
  'autorisierte marke',
  'autorisierte marken',
  'freigegebene marke',
  'freigegebene marken',
  'marca autorizada',
  'marcas autorizadas',
  'marque autorisee',
  'marques autorisees',
  'marca autorizzata',
  'autoryzowana marka',
];

export const AUTHORIZATION_HEADERS: HeaderSynonyms = [['seller.authorizedBrands', AUTHORIZED_BRAND]];

/** Columns only an authorization list has: since when, or whether, a seller is authorized. */
export const AUTHORIZATION_MARKERS: readonly string[] = [
  ...AUTHORIZED_BRAND,
  'authorized since',
  'authorised since',
  'authorized from',
  'authorised from',
  'authorized on',
  'authorization date',
  'authorisation date',
  'date authorized',
  'date authorised',
  'authorization status',
  'authorisation status',
  'authorized reseller',
  'authorised reseller',
  'authorized reseller since',
  'authorised reseller since',
  'authorized until',
  'authorised until',
  'autorisiert seit',
  'autorisiert ab',
  'autorisiert bis',
  'freigegeben seit',
  'zugelassen seit',
  'autorisierungsdatum',
  'freigabedatum',
  'vertragshandler seit',
  'autorizado desde',
  'autorizada desde',
  'autorizado hasta',
  'fecha de autorizacion',
  'data de autorizacao',
  'revendedor autorizado desde',
  'distribuidor autorizado desde',
  'autorise depuis',
  'autorisee depuis',
  'agree depuis',
  'date d autorisation',
  'revendeur agree depuis',
  'distributeur agree depuis',
  'autorizzato dal',
  'rivenditore autorizzato dal',
  'autoryzowany od',
  'data autoryzacji',
];

/** What a plain brand column means in an authorization list. */
export const AUTHORIZATION_LIST_HEADERS: HeaderSynonyms = [
  [
    'seller.authorizedBrands',
    [
      'brand',
      'brands',
      'brand name',
      'marke',
      'marken',
      'markenname',
      'marca',
      'marcas',
      'nome da marca',
      'nombre de marca',
      'marque',
      'marques',
      'nom de marque',
      'marka',
    ],
  ],
];
