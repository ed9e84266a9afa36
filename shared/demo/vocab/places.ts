/** Streets and towns, by country: real places, invented house numbers. */

/** [postcode, town] */
export const DE_TOWNS: readonly (readonly [string, string])[] = [
  ['64347', 'Griesheim'],
  ['60311', 'Frankfurt am Main'],
  ['10115', 'Berlin'],
  ['20095', 'Hamburg'],
  ['50667', 'Köln'],
  ['80331', 'München'],
  ['04109', 'Leipzig'],
  ['45127', 'Essen'],
  ['90402', 'Nürnberg'],
  ['70173', 'Stuttgart'],
  ['47051', 'Duisburg'],
  ['65451', 'Kelsterbach'],
  ['30159', 'Hannover'],
  ['01067', 'Dresden'],
  ['28195', 'Bremen'],
  ['68159', 'Mannheim'],
];

/**
 * German streets. Those ending in `straße` / `Straße` are the ones sources abbreviate (`Hauptstr.`) or spell
 * without ß (`Hauptstrasse`): the noise the address normalizer must undo.
 */
export const DE_STREETS = [
  'Hauptstraße',
  'Bahnhofstraße',
  'Industriestraße',
  'Gewerbestraße',
  'Schillerstraße',
  'Goethestraße',
  'Kaiserstraße',
  'Frankfurter Straße',
  'Berliner Straße',
  'Lindenallee',
  'Am Mühlbach',
  'Rheinstraße',
  'Hafenstraße',
  'Gutenbergring',
  'Carl-Benz-Straße',
  'Mainzer Landstraße',
] as const;

/** [town, state, postcode] */
export const BR_TOWNS: readonly (readonly [string, string, string])[] = [
  ['São Paulo', 'SP', '01207-001'],
  ['São Paulo', 'SP', '03007-000'],
  ['São Paulo', 'SP', '01125-000'],
  ['Rio de Janeiro', 'RJ', '20040-002'],
  ['Belo Horizonte', 'MG', '30130-010'],
  ['Curitiba', 'PR', '80010-010'],
  ['Porto Alegre', 'RS', '90010-150'],
  ['Recife', 'PE', '50030-230'],
  ['Fortaleza', 'CE', '60060-000'],
  ['Goiânia', 'GO', '74015-010'],
];

/** [type, name] — `Rua` becomes `R.` and `Avenida` `Av.` in many sources. */
export const BR_STREETS: readonly (readonly ['Rua' | 'Avenida', string])[] = [
  ['Rua', 'Santa Ifigênia'],
  ['Rua', 'Vinte e Cinco de Março'],
  ['Rua', 'José Paulino'],
  ['Rua', 'Oriente'],
  ['Avenida', 'Paulista'],
  ['Avenida', 'Brigadeiro Faria Lima'],
  ['Rua', 'Augusta'],
  ['Rua', 'da Alfândega'],
  ['Avenida', 'Rio Branco'],
  ['Rua', 'Barão de Itapetininga'],
];

export const BR_DISTRICTS = [
  'Centro',
  'Brás',
  'Bom Retiro',
  'Santa Ifigênia',
  'Pinheiros',
  'Moema',
  'Consolação',
];

/** [town, province, district, postcode] */
export const CN_TOWNS: readonly (readonly [string, string, string, string])[] = [
  ['Shenzhen', 'Guangdong', 'Futian District', '518031'],
  ['Shenzhen', 'Guangdong', 'Longgang District', '518116'],
  ['Shenzhen', 'Guangdong', "Bao'an District", '518101'],
  ['Guangzhou', 'Guangdong', 'Baiyun District', '510440'],
  ['Guangzhou', 'Guangdong', 'Yuexiu District', '510030'],
  ['Yiwu', 'Zhejiang', 'Futian Subdistrict', '322000'],
  ['Putian', 'Fujian', 'Licheng District', '351100'],
  ['Dongguan', 'Guangdong', 'Humen Town', '523900'],
];

export const CN_ROADS = [
  'Huaqiang North Road',
  'Bantian Wuhe Avenue',
  'Chouzhou North Road',
  'Jiefang South Road',
  'Shennan Middle Road',
  'Baiyun Avenue',
  'Humen Avenue',
  'Xueyuan Road',
] as const;

export const CN_BUILDINGS = [
  'Huaqiang Plaza',
  'Jinhui Building',
  'International Trade City',
  'Tianan Cyber Park',
  'Xinghe Business Centre',
  'Fumin Industrial Park',
];

/** [postcode prefix, town] */
export const PL_TOWNS: readonly (readonly [string, string])[] = [
  ['00-0', 'Warszawa'],
  ['30-0', 'Kraków'],
  ['90-0', 'Łódź'],
  ['50-0', 'Wrocław'],
  ['60-1', 'Poznań'],
  ['70-2', 'Szczecin'],
  ['80-8', 'Gdańsk'],
];

export const PL_STREETS = [
  'Marszałkowska',
  'Piotrkowska',
  'Długa',
  'Świętokrzyska',
  'Grunwaldzka',
  'Mickiewicza',
  'Kościuszki',
];

/** [town, postcode district] */
export const GB_TOWNS: readonly (readonly [string, string])[] = [
  ['Manchester', 'M1'],
  ['Manchester', 'M8'],
  ['London', 'E1'],
  ['Birmingham', 'B6'],
  ['Leeds', 'LS11'],
  ['Bradford', 'BD3'],
  ['Leicester', 'LE1'],
];

/** Streets ending in `Road` or `Street`, which sources write `Rd` or `St`. */
export const GB_STREETS = [
  'Station Road',
  'High Street',
  'Cheetham Hill Road',
  'Commercial Street',
  'Belgrave Road',
  'Soho Road',
  'Dewsbury Road',
];
