import { describe, expect, it } from 'vitest';
import type { CountryCode } from './phone';
import { extractIdentifiers, type ExtractedIdentifiers } from './text';

const none: ExtractedIdentifiers = { emails: [], phones: [], urls: [], handles: [] };

describe('extractIdentifiers', () => {
  it.each<[string, CountryCode | undefined, Partial<ExtractedIdentifiers>]>([
    [
      '📩 orders: shop.best@gmail.com ☎️ +7 (999) 123-45-67 | wa.me/5511987654321 | @best_replicas_store',
      undefined,
      {
        emails: ['shop.best@gmail.com'],
        phones: ['+7 (999) 123-45-67', '+5511987654321'],
        urls: ['wa.me/5511987654321'],
        handles: ['@best_replicas_store'],
      },
    ],
    [
      'Impressum: Uhren-Outlet UG, Hauptstr. 5, 64347 Griesheim. Tel.: 06155 2302, E-Mail: info(at)uhren-outlet.de, www.uhren-outlet.de',
      'DE',
      { emails: ['info(at)uhren-outlet.de'], phones: ['06155 2302'], urls: ['www.uhren-outlet.de'] },
    ],
    [
      'Réplicas premium 🔥 Envio para todo Brasil 🇧🇷 WhatsApp (11) 98765-4321 📲 Loja: https://lojabarata.com.br/tenis?utm_source=ig.',
      'BR',
      { phones: ['(11) 98765-4321'], urls: ['https://lojabarata.com.br/tenis?utm_source=ig'] },
    ],
    [
      'Оптом и в розницу! Пишите в телеграм @replicas_opt или звоните +7 999 123 45 67. Сайт: replicas-opt.ru',
      'RU',
      { phones: ['+7 999 123 45 67'], urls: ['replicas-opt.ru'], handles: ['@replicas_opt'] },
    ],
    [
      'Contacto: ventas@tiendaoficial.es / +34 612 34 56 78 — síguenos en @tienda.oficial y tiktok.com/@tienda.oficial',
      undefined,
      {
        emails: ['ventas@tiendaoficial.es'],
        phones: ['+34 612 34 56 78'],
        urls: ['tiktok.com/@tienda.oficial'],
        handles: ['@tienda.oficial'],
      },
    ],
    [
      'Links: linktr.ee/bestreplicas (all shops) and https://de.wikipedia.org/wiki/Marke_(Recht).',
      undefined,
      { urls: ['linktr.ee/bestreplicas', 'https://de.wikipedia.org/wiki/Marke_(Recht)'] },
    ],
    [
      'shop.best@gmail.com, SHOP.BEST@gmail.com, shop.best@gmail.com',
      undefined,
      { emails: ['shop.best@gmail.com', 'SHOP.BEST@gmail.com'] },
    ],
    [
      'Shenzhen Best Trading Co.Ltd. ships weltweit.Kontakt per @best_trading. Order no. 12345678.',
      'CN',
      { handles: ['@best_trading'] },
    ],
    ['@a @b_c. (@d) x@y', undefined, { handles: ['@a', '@b_c', '@d'] }],
    [
      'Bestellt am 04.03.2026, Preis 1.299,90 €, Artikel 123456789, PLZ 64347, Rückfragen 06155 2302',
      'DE',
      { phones: ['06155 2302'] },
    ],
    ['ИНН 7707083893, тел. 8 (495) 123-45-67', 'RU', { phones: ['8 (495) 123-45-67'] }],
    ['', undefined, {}],
    ['   ', 'DE', {}],
    ['🔥🔥🔥 only vibes 🔥🔥🔥', undefined, {}],
  ])('%j', (text, region, expected) => {
    expect(extractIdentifiers(text, region)).toEqual({ ...none, ...expected });
  });
});
