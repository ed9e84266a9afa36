/** Names of companies and storefronts, in the style of each country and marketplace. */
import type { Language } from './marketplaces';

/** Words company names are made of, by country. */
export const COMPANY_WORDS = {
  DE: [
    'Nordlicht',
    'Sonnenberg',
    'Brillant',
    'Aurora',
    'Orion',
    'Primus',
    'Delta',
    'Atlas',
    'Zenit',
    'Komet',
    'Rheingold',
  ],
  BR: [
    'Estrela',
    'Brilhante',
    'Império',
    'Vitória',
    'Aurora',
    'Horizonte',
    'Paulista',
    'Atlântico',
    'Ipanema',
    'Tropical',
  ],
  PL: ['Kometa', 'Orzeł', 'Wisła', 'Bursztyn', 'Polaris', 'Sokół', 'Zorza', 'Mazury'],
  GB: ['Crown', 'Albion', 'Thames', 'Pennine', 'Harbour', 'Kingsway', 'Mercia'],
  CN_TOWN: ['Shenzhen', 'Guangzhou', 'Yiwu', 'Putian', 'Dongguan', 'Xiamen'],
} as const;

/** Storefront names: a front word, a back word, and a suffix; emoji on some. */
export const SHOP_WORDS: Readonly<
  Record<'de' | 'en' | 'pt' | 'pl', Readonly<Record<'front' | 'back' | 'suffix', readonly string[]>>>
> = {
  de: {
    front: [
      'Trend',
      'Style',
      'Marken',
      'Outdoor',
      'Top',
      'Mega',
      'Schnäppchen',
      'Sport',
      'Mode',
      'Uhren',
      'Taschen',
      'Nordic',
      'City',
      'Premium',
      'Günstig',
    ],
    back: ['Shop', 'Outlet', 'Store', 'Markt', 'Welt', 'Paradies', 'Lager', 'Box', 'Haus', 'Kiste', 'Ecke'],
    suffix: ['24', ' DE', '_de', '', '', ' Berlin', '2go', ' Deals', ' Express'],
  },
  en: {
    front: ['Brand', 'Best', 'Urban', 'Prime', 'Royal', 'Smart', 'Luxe', 'Top', 'Value', 'Metro', 'Elite'],
    back: ['Deals', 'Outlet', 'Store', 'Hub', 'Direct', 'Warehouse', 'Emporium', 'Depot', 'Bazaar'],
    suffix: ['UK', '4U', '247', '', '', 'Ltd', 'Online'],
  },
  pt: {
    front: ['Loja', 'Mega', 'Outlet', 'Império', 'Top', 'Casa', 'Mundo', 'Point', 'Vitrine', 'Estilo'],
    back: ['das Marcas', 'Premium', 'Importados', 'Store', 'Fashion', 'Original', 'Shop', 'Chic', 'Grife'],
    suffix: [' SP', ' RJ', ' BR', '', '', ' Oficial', ' Imports', ' MG'],
  },
  pl: {
    front: ['Super', 'Mega', 'Hurt', 'Modny', 'Tani', 'Top', 'Okazje', 'Markowy', 'Szybki'],
    back: ['Sklep', 'Okazje', 'Market', 'Hurtownia', 'Butik', 'Outlet', 'Kram'],
    suffix: ['24', '_PL', '-pl', '', '', ' Wawa', ' Kraków'],
  },
};

export const SHOP_EMOJI = ['🔥', '⭐', '✨', '🛍️', '👟', '⌚', '💯', '🇩🇪'] as const;

/** The shop-name vocabulary for a marketplace language. */
export function shopLanguage(language: Language): 'de' | 'en' | 'pt' | 'pl' {
  if (language === 'de' || language === 'pt' || language === 'pl') return language;
  return 'en';
}
