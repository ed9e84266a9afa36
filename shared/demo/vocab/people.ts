/** Names of people, by country, for directors, consignees and social accounts. */
import type { CountryCode } from './marketplaces';

type NamePool = Readonly<{ first: readonly string[]; last: readonly string[] }>;

export const PEOPLE: Readonly<Record<CountryCode | 'RU', NamePool>> = {
  DE: {
    first: ['Thomas', 'Michael', 'Andreas', 'Stefan', 'Sabine', 'Julia', 'Katrin', 'Markus', 'Jan', 'Lena'],
    last: [
      'Müller',
      'Schmidt',
      'Schneider',
      'Fischer',
      'Weber',
      'Meyer',
      'Wagner',
      'Becker',
      'Schulz',
      'Köhler',
    ],
  },
  BR: {
    first: ['João', 'Maria', 'Ana', 'Pedro', 'Lucas', 'Gabriel', 'Juliana', 'Fernanda', 'Rafael', 'Camila'],
    last: [
      'Silva',
      'Santos',
      'Oliveira',
      'Souza',
      'Rodrigues',
      'Ferreira',
      'Alves',
      'Pereira',
      'Araújo',
      'Conceição',
    ],
  },
  CN: {
    first: ['Wei', 'Fang', 'Min', 'Jing', 'Lei', 'Jun', 'Yan', 'Hui', 'Xiaoming', 'Haiyan'],
    last: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou'],
  },
  PL: {
    first: [
      'Piotr',
      'Krzysztof',
      'Anna',
      'Katarzyna',
      'Marcin',
      'Tomasz',
      'Agnieszka',
      'Paweł',
      'Magdalena',
      'Łukasz',
    ],
    last: [
      'Nowak',
      'Kowalski',
      'Wiśniewski',
      'Wójcik',
      'Kowalczyk',
      'Kamiński',
      'Lewandowski',
      'Zieliński',
      'Woźniak',
    ],
  },
  GB: {
    first: ['Oliver', 'Jack', 'Harry', 'Emily', 'Sophie', 'Amelia', 'George', 'Isla', 'Mohammed', 'Grace'],
    last: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Khan', 'Patel', 'Hughes'],
  },
  LU: { first: ['Luc', 'Claire', 'Marc'], last: ['Schmit', 'Weber', 'Hoffmann'] },
  RU: {
    first: ['Дмитрий', 'Алексей', 'Ольга', 'Наталья', 'Сергей', 'Ирина'],
    last: ['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Волков', 'Соколов'],
  },
};

/** Pinyin words that Chinese trading companies take their names from. */
export const CN_TRADE_WORDS = [
  'Huaxin',
  'Jinfeng',
  'Xinda',
  'Hengtai',
  'Ruifeng',
  'Longsheng',
  'Tianyu',
  'Meida',
  'Haoyun',
  'Shengda',
  'Zhongxing',
  'Baili',
  'Jiahe',
  'Yongfu',
] as const;

/** ASCII for e-mail local parts and handles: what people type when their name has letters a keyboard lacks. */
export function asciiFold(text: string): string {
  const special: Readonly<Record<string, string>> = {
    ä: 'ae',
    ö: 'oe',
    ü: 'ue',
    ß: 'ss',
    Ä: 'Ae',
    Ö: 'Oe',
    Ü: 'Ue',
    ł: 'l',
    Ł: 'L',
  };
  return text
    .replace(/[äöüßÄÖÜłŁ]/g, (ch) => special[ch] ?? ch)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** A slug for URLs and handles: ASCII, lower-case, words joined by `joiner`. */
export function slugify(text: string, joiner = '-'): string {
  return asciiFold(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
    .join(joiner);
}
