import { describe, expect, it } from 'vitest';
import { emailDomain, emailLocalPart, normalizeEmail } from './email';

describe('normalizeEmail', () => {
  it.each([
    ['shop.best@gmail.com', 'shop.best@gmail.com'],
    ['  Shop.Best@GMAIL.com  ', 'shop.best@gmail.com'],
    ['E-Mail: info@replica-shop.de', 'info@replica-shop.de'],
    ['Email:Kontakt@Uhren-Outlet.DE', 'kontakt@uhren-outlet.de'],
    ['e-mail : vendas@lojabarata.com.br', 'vendas@lojabarata.com.br'],
    ['Mail - ventas@tiendaoficial.es', 'ventas@tiendaoficial.es'],
    ['mailto:orders@bestreplicas.shop', 'orders@bestreplicas.shop'],
    ['E-Mail: mailto:Info@Firma.de?subject=Anfrage', 'info@firma.de'],
    ['mailto:Orders@BestReplicas.shop?subject=Bestellung', 'orders@bestreplicas.shop'],
    ['Correo electrónico: contacto@marca-barata.mx', 'contacto@marca-barata.mx'],
    ['Courriel : service.client@boutique-luxe.fr', 'service.client@boutique-luxe.fr'],
    ['<seller@example.co.uk>', 'seller@example.co.uk'],
    ['"Max Muster" <Max.Muster@web.de>', 'max.muster@web.de'],
    ['(kundenservice@shop24.de).', 'kundenservice@shop24.de'],
    ['[vendas@lojabarata.com.br];', 'vendas@lojabarata.com.br'],
    ['📧 orders@bestreplicas.shop', 'orders@bestreplicas.shop'],
    ['✉️ shop.best@gmail.com', 'shop.best@gmail.com'],
    ['info(at)uhren-outlet(dot)de', 'info@uhren-outlet.de'],
    ['info [at] uhren-outlet [punkt] de', 'info@uhren-outlet.de'],
    ['shop.best @ gmail . com', 'shop.best@gmail.com'],
    ['shop.best+aliexpress@gmail.com', 'shop.best+aliexpress@gmail.com'],
    ['mail-shop@firma.de', 'mail-shop@firma.de'],
    ['ｓｈｏｐ＠ｇｍａｉｌ．ｃｏｍ', 'shop@gmail.com'],
    ['\ufeffinfo@firma.de\u200b', 'info@firma.de'],
    ['магазин@почта.рф', 'магазин@xn--80a1acny.xn--p1ai'],
    ['Verkauf@Bücher.DE', 'verkauf@xn--bcher-kva.de'],
  ])('%j -> %j', (raw, expected) => {
    expect(normalizeEmail(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['E-Mail:', 'empty'],
    ['shop.best.gmail.com', 'not an e-mail address: no @'],
    ['a@b@gmail.com', 'not an e-mail address: more than one @'],
    ['@gmail.com', 'not an e-mail address: nothing before the @'],
    ['shop@', 'not an e-mail address: nothing after the @'],
    ['shop@localhost', 'not an e-mail address: the domain "localhost" has no dot'],
    ['shop..best@gmail.com', 'not an e-mail address: "shop..best" is not a valid name before the @'],
    ['.shop@gmail.com', 'not an e-mail address: ".shop" is not a valid name before the @'],
    ['shop@gmail.c', 'not an e-mail address: "gmail.c" is not a valid domain'],
    ['shop@-gmail.com', 'not an e-mail address: "-gmail.com" is not a valid domain'],
    ['shop@gmail.123', 'not an e-mail address: "gmail.123" is not a valid domain'],
    ['🔥🔥🔥', 'empty'],
    ['n/a', 'not an e-mail address: no @'],
  ])('%j is rejected: %s', (raw, reason) => {
    expect(normalizeEmail(raw)).toEqual({ ok: false, reason });
  });

  it('gives one key for the same address written two ways in two files', () => {
    expect(normalizeEmail('E-Mail: Shop.Best@Gmail.com')).toEqual(normalizeEmail('<shop.best@gmail.com>;'));
  });
});

describe('emailLocalPart and emailDomain', () => {
  it.each([
    ['shop.best@gmail.com', 'shop.best', 'gmail.com'],
    ['vendas+ml@lojabarata.com.br', 'vendas+ml', 'lojabarata.com.br'],
    ['no-at-sign', '', ''],
  ])('%s -> %s and %s', (normalized, local, domain) => {
    expect(emailLocalPart(normalized)).toBe(local);
    expect(emailDomain(normalized)).toBe(domain);
  });
});
