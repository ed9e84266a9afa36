/**
 * Legal-form words that say what kind of company a name belongs to, not which one. `Best Trading Co., Ltd.`,
 * `BEST TRADING LTD` and `Best Trading` are one company to an investigator.
 *
 * Forms are matched on the folded tokens of normalizeName (lower-case, no accents, dots gone: `S.A.` -> `sa`).
 */

/** Forms that are not ordinary words in any language the sellers write: removed however they are written. */
export const DISTINCT_FORMS: readonly (readonly string[])[] = [
  ['gmbh'],
  ['mbh'],
  ['ggmbh'],
  ['haftungsbeschrankt'],
  ['gbr'],
  ['ohg'],
  ['kgaa'],
  ['ltd'],
  ['limited'],
  ['llc'],
  ['llp'],
  ['plc'],
  ['pty'],
  ['inc'],
  ['incorporated'],
  ['corp'],
  ['corporation'],
  ['co'],
  ['ltda'],
  ['eireli'],
  ['sarl'],
  ['sas'],
  ['sasu'],
  ['eurl'],
  ['srl'],
  ['spa'],
  ['bv'],
  ['nv'],
  ['ooo'],
  ['ооо'],
  ['оао'],
  ['зао'],
  ['пао'],
  ['ип'],
  ['тоо'],
  ['sa', 'de', 'cv'],
  ['sapi', 'de', 'cv'],
  ['s', 'de', 'rl'],
  ['sp', 'z', 'oo'],
  ['sp', 'zoo'],
  ['spz', 'oo'],
];

/**
 * Short forms that are also words or names (`Sá` is a Portuguese surname, `kg` a kilogram, `AG` a state code):
 * removed only when written as a form is written — in capitals or with dots (`SA`, `S.A.`, `S/A`, `e.K.`).
 */
export const SHORT_FORMS: ReadonlySet<string> = new Set(['sa', 'sl', 'ag', 'kg', 'ug', 'ek', 'ao', 'ао']);

/**
 * Brazilian size markers (`ME` microempresa, `EPP`): removed only right after `Ltda`/`Eireli`, or after a dash at
 * the very end (`… Roupas - ME`), since `Love Me` is a storefront name.
 */
export const SIZE_MARKERS: ReadonlySet<string> = new Set(['me', 'epp']);
export const SIZE_MARKER_HOSTS: ReadonlySet<string> = new Set(['ltda', 'eireli']);

/** Russian and Central Asian forms stand before the name: `ООО «Ромашка»`, `ИП Иванов`. */
export const LEADING_FORMS: ReadonlySet<string> = new Set([
  'ooo',
  'ооо',
  'оао',
  'зао',
  'пао',
  'ао',
  'ип',
  'тоо',
  'чп',
]);

/** Chinese and Japanese forms are written without a space: `深圳市某某科技有限公司`. */
export const CJK_FORMS: readonly string[] = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '株式会社',
  '合同会社',
];
