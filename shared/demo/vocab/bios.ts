/** Phrases of social-media bios, by language: the free text that identifiers hide in. */
import type { Language } from './marketplaces';

export type BioVocabulary = Readonly<{
  lines: readonly string[];
  email: readonly string[];
  phone: readonly string[];
  shop: readonly string[];
  mention: readonly string[];
  category: readonly string[];
}>;

export const BIO_VOCABULARY: Readonly<Record<Language, BioVocabulary>> = {
  de: {
    lines: [
      'Top Marken zu Outlet-Preisen 🔥',
      '100% Qualität ✅ Versand aus DE 🇩🇪',
      'Bestellung per DM oder WhatsApp 📲',
      'Neue Kollektion jeden Freitag!',
      'Größen S–XXL • Rückgabe 14 Tage',
    ],
    email: ['📩 E-Mail: ', '✉️ ', 'Kontakt: '],
    phone: ['📞 WhatsApp: ', '☎️ ', 'Tel./WhatsApp '],
    shop: ['🛒 Shop: ', '👉 ', 'Zum Shop: '],
    mention: ['Zweitaccount: ', 'Folgt auch ', 'Backup: '],
    category: ['Shopping & Einzelhandel', 'Bekleidung (Marke)'],
  },
  en: {
    lines: [
      'Factory direct 🏭 Top quality AAA+',
      'Worldwide shipping ✈️ 7-15 days',
      'DM for wholesale price 💬',
      'Same as original 1:1 💯',
      '厂家直销 | OEM welcome',
    ],
    email: ['Email: ', '📧 ', 'Business: '],
    phone: ['WhatsApp/WeChat: ', '📱 ', 'WA '],
    shop: ['Store: ', '🛍️ ', 'Shop here 👉 '],
    mention: ['Backup account ', 'Also follow ', 'New acc: '],
    category: ['Shopping & retail', 'Product/service'],
  },
  pt: {
    lines: [
      'Réplicas premium 1:1 🔥',
      'Envio para todo o Brasil 🇧🇷',
      'Chama no direct 📩',
      'Pronta entrega! Parcelamos em até 12x',
      'Qualidade garantida ✅',
    ],
    email: ['📩 ', 'E-mail: ', 'Contato: '],
    phone: ['📲 Whats: ', 'WhatsApp ', '📞 '],
    shop: ['🛒 Loja: ', 'Compre aqui 👉 ', 'Link: '],
    mention: ['Perfil reserva: ', 'Segue também ', 'Novo perfil: '],
    category: ['Loja de roupas', 'Compras e varejo'],
  },
  pl: {
    lines: ['Najlepsze marki w super cenach 🔥', 'Wysyłka 24h 🚚', 'Pisz na priv 📩'],
    email: ['📩 ', 'Mail: '],
    phone: ['📞 ', 'Tel. '],
    shop: ['🛒 Sklep: ', 'Link: '],
    mention: ['Zapasowe konto: '],
    category: ['Zakupy i sprzedaż detaliczna'],
  },
  ru: {
    lines: [
      'Оригинальное качество 💯',
      'Доставка по всей Европе 🚚',
      'Пиши в директ ✉️',
      'Лучшие цены на бренды 🔥',
      'Wysyłka z Polski 🇵🇱 24h',
    ],
    email: ['📩 Почта: ', 'E-mail: ', '✉️ '],
    phone: ['📞 Телефон/WhatsApp: ', 'Viber ', '📱 '],
    shop: ['🛒 Магазин: ', 'Sklep: ', '👉 '],
    mention: ['Резервный аккаунт: ', 'Подписывайтесь на ', 'Nowe konto: '],
    category: ['Одежда (бренд)', 'Shopping & retail'],
  },
  zh: {
    lines: ['厂家直销', '支持批发', '全球发货 ✈️'],
    email: ['邮箱: '],
    phone: ['微信/WhatsApp: '],
    shop: ['店铺: '],
    mention: ['备用号 '],
    category: ['Shopping & retail'],
  },
};

/** Bios of accounts that have nothing to do with any operation. */
export const UNRELATED_BIOS: readonly string[] = [
  'Outdoor & Bergliebe ⛰️ Hamburg → Alpen',
  'Watch collector ⌚ reviews every Sunday',
  'Moda, viagens e café ☕ SP',
  'Fotografka • Kraków 📷',
  'Люблю путешествия и хороший кофе ☕',
  'Sneakerhead 👟 no sales, no DMs',
  'Lifestyle • Beauty • Reisen ✨',
];
