import { describe, expect, it } from 'vitest';
import { hostOf, normalizeDomain } from './domain';

describe('normalizeDomain', () => {
  it.each([
    ['bestreplicas.shop', 'bestreplicas.shop'],
    ['WWW.Uhren-Outlet.DE', 'uhren-outlet.de'],
    ['www.amazon.co.uk', 'amazon.co.uk'],
    ['produto.mercadolivre.com.br', 'mercadolivre.com.br'],
    ['https://de.aliexpress.com/item/1005006123456789.html', 'aliexpress.com'],
    ['http://shop.example.com.br:8080/loja?x=1', 'example.com.br'],
    ['shop.best@gmail.com', 'gmail.com'],
    ['mailto:vendas@lojabarata.com.br', 'lojabarata.com.br'],
    ['Domain: replica-uhren.de.', 'replica-uhren.de'],
    ['best-replicas.myshopify.com', 'best-replicas.myshopify.com'],
    ['https://loja-top.wixsite.com/tenis', 'loja-top.wixsite.com'],
    ['Bücher.de', 'xn--bcher-kva.de'],
    ['почта.рф', 'xn--80a1acny.xn--p1ai'],
    ['  t.me  ', 't.me'],
  ])('%j -> %j', (raw, expected) => {
    expect(normalizeDomain(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    ['  ', 'empty'],
    ['192.168.0.1', 'an IP address, not a domain'],
    ['http://185.12.44.3/shop', 'an IP address, not a domain'],
    ['[2001:db8::1]', 'an IP address, not a domain'],
    ['localhost', 'no public suffix: "localhost" is not a registrable domain'],
    ['printer.local', 'no public suffix: "printer.local" is not a registrable domain'],
    ['co.uk', 'no public suffix: "co.uk" is not a registrable domain'],
    ['javascript://alert(1)', 'not a web address: "javascript:" links are not accepted'],
    ['keine Angabe', 'not a domain: "keine Angabe" is not a host name'],
  ])('%j is rejected: %s', (raw, reason) => {
    expect(normalizeDomain(raw)).toEqual({ ok: false, reason });
  });
});

describe('hostOf', () => {
  it.each([
    ['https://WWW.Shop.de:8080/x', 'www.shop.de'],
    ['amazon.de/dp/B0C1234567', 'amazon.de'],
    ['https://[2001:DB8::1]/x', '[2001:db8::1]'],
    ['javascript:alert(1)', undefined],
    ['nonsense', undefined],
  ])('%j -> %j', (url, expected) => {
    expect(hostOf(url)).toBe(expected);
  });
});
