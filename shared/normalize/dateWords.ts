/**
 * Month and weekday names in the languages the data arrives in (EN, DE, ES, PT, FR, RU), folded the way
 * `foldWord` folds the words of a date (lower-case, no accents, no dot), so `März`, `marz` and `MÄRZ.` are one
 * entry. Russian months are listed in the genitive too (`4 марта 2026`), as dates write them.
 */
import { stripDiacritics } from './diacritics';

/** Lower-case, without accents and trailing dots: how a word of a date is looked up. */
export const foldWord = (word: string): string => stripDiacritics(word.toLowerCase()).replace(/\.+$/, '');

/** Names of each month, January first: English, German, Spanish, Portuguese, French, Russian. */
const MONTH_NAMES: readonly string[] = [
  'january jan januar jänner enero ene janeiro janvier janv январь января янв',
  'february feb februar febrero fevereiro fev février févr февраль февраля фев',
  'march mar märz maerz marzo março mars март марта мар',
  'april apr abril abr avril avr апрель апреля апр',
  'may mai mayo maio май мая',
  'june jun juni junio junho juin июнь июня июн',
  'july jul juli julio julho juillet juil июль июля июл',
  'august aug agosto ago août август августа авг',
  'september sep sept septiembre setiembre set setembro septembre сентябрь сентября сен сент',
  'october oct oktober okt octubre outubro out octobre октябрь октября окт',
  'november nov noviembre novembro novembre ноябрь ноября ноя',
  'december dec dezember dez diciembre dic dezembro décembre декабрь декабря дек',
];

/** Folded month name -> month number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((names, index) => names.split(' ').map((name) => [foldWord(name), index + 1] as const)),
);

const words = (list: string): string[] => list.split(' ').map(foldWord);

/** Weekday names, which say nothing the date does not (and are dropped). Short forms only where no month clashes. */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  ...words(
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
  ),
  ...words('montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag'),
  ...words('lunes martes miércoles jueves viernes sábado domingo'),
  ...words('segunda terça quarta quinta sexta feira'),
  ...words('lundi mardi mercredi jeudi vendredi samedi dimanche'),
  ...words('понедельник вторник среда четверг пятница суббота воскресенье'),
]);

/** Small words between the parts of a written date (`4 de março de 2026`, `4 марта 2026 г.`, `the 4th of March`). */
export const DATE_FILLERS: ReadonlySet<string> = new Set(
  words('de del do da of the le la den der am em el г года год'),
);
