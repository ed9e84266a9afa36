import { describe, expect, it } from 'vitest';
import { normalizeIp } from './ip';

describe('normalizeIp', () => {
  it.each([
    ['185.12.44.3', '185.12.44.3'],
    ['  185.12.44.3 ', '185.12.44.3'],
    ['IP: 185.12.44.3', '185.12.44.3'],
    ['IP-Adresse: 95.173.136.70', '95.173.136.70'],
    ['185.12.44.3:8080', '185.12.44.3'],
    ['0.0.0.0', '0.0.0.0'],
    ['255.255.255.255', '255.255.255.255'],
    ['2001:0DB8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['2001:db8::1', '2001:db8::1'],
    ['2001:DB8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['2001:0db8:85a3:0000:0000:8a2e:0370:7334', '2001:db8:85a3::8a2e:370:7334'],
    ['::', '::'],
    ['::1', '::1'],
    ['fe80::1%eth0', 'fe80::1'],
    ['[2a02:8108:1234::5]:443', '2a02:8108:1234::5'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['::FFFF:C000:0201', '192.0.2.1'],
    ['64:ff9b::192.0.2.33', '64:ff9b::c000:221'],
  ])('%j -> %j', (raw, expected) => {
    expect(normalizeIp(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['010.1.1.1', 'leading zeros are ambiguous (octal or decimal?) in "010.1.1.1"'],
    ['192.168.001.001', 'leading zeros are ambiguous (octal or decimal?) in "192.168.001.001"'],
    ['256.1.1.1', 'not an IPv4 address: 256 is more than 255'],
    ['185.12.44', 'not an IP address: an IPv4 address is four numbers 0–255 separated by dots'],
    ['shop.de', 'not an IP address: an IPv4 address is four numbers 0–255 separated by dots'],
    ['١٩٢.١٦٨.٠.١', 'not an IP address: an IPv4 address is four numbers 0–255 separated by dots'],
    ['2001:db8::1::2', 'not an IPv6 address: "2001:db8::1::2"'],
    ['2001:db8:0:0:0:0:0:0:1', 'not an IPv6 address: "2001:db8:0:0:0:0:0:0:1"'],
    ['2001:db8:g::1', 'not an IPv6 address: "2001:db8:g::1"'],
    ['1:2:3:4:5:6:7:8::', 'not an IPv6 address: "1:2:3:4:5:6:7:8::"'],
  ])('%j is rejected: %s', (raw, reason) => {
    expect(normalizeIp(raw)).toEqual({ ok: false, reason });
  });
});
