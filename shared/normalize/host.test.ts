import { describe, expect, it } from 'vitest';
import { isIpHost, registrableDomain, toAsciiHost } from './host';

describe('toAsciiHost', () => {
  it.each([
    ['Shop.DE', 'shop.de'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['почта.рф', 'xn--80a1acny.xn--p1ai'],
    ['shop.de.', 'shop.de'],
    ['shop de', undefined],
    ['shop.de/x', undefined],
    ['', undefined],
  ])('%j -> %j', (host, expected) => {
    expect(toAsciiHost(host)).toBe(expected);
  });
});

describe('registrableDomain', () => {
  it.each([
    ['www.amazon.co.uk', 'amazon.co.uk'],
    ['produto.mercadolivre.com.br', 'mercadolivre.com.br'],
    ['best-replicas.myshopify.com', 'best-replicas.myshopify.com'],
    ['co.uk', undefined],
    ['localhost', undefined],
    ['printer.local', undefined],
    ['192.168.0.1', undefined],
    // RFC 2606 documentation names behave like real domains; the bare reserved name is still no domain.
    ['shop.replica-bags.example', 'replica-bags.example'],
    ['mail.fake-outlet.test', 'fake-outlet.test'],
    ['example', undefined],
  ])('%j -> %j', (host, expected) => {
    expect(registrableDomain(host)).toBe(expected);
  });
});

describe('isIpHost', () => {
  it.each([
    ['185.12.44.3', true],
    ['[2001:db8::1]', true],
    ['shop.de', false],
    ['1.2.3', false],
  ])('%j -> %s', (host, expected) => {
    expect(isIpHost(host)).toBe(expected);
  });
});
