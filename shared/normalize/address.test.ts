import { describe, expect, it } from 'vitest';
import { normalizeAddress } from './address';

describe('normalizeAddress', () => {
  it.each([
    ['Hauptstr. 5, 64347 Griesheim', 'hauptstrasse 5 64347 griesheim'],
    ['Hauptstraße 5, 64347 Griesheim', 'hauptstrasse 5 64347 griesheim'],
    ['HAUPTSTRASSE 5 · 64347 GRIESHEIM', 'hauptstrasse 5 64347 griesheim'],
    ['Berliner Str. 12a, 10115 Berlin', 'berliner strasse 12a 10115 berlin'],
    ['Berliner Straße 12 A, 10115 Berlin', 'berliner strasse 12a 10115 berlin'],
    ['Müllerstr. Nr. 7', 'mullerstrasse 7'],
    [
      'Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200',
      'avenida paulista 1578 bela vista sao paulo sp 01310200',
    ],
    [
      'Avenida Paulista, nº 1578, Bela Vista, Sao Paulo SP CEP 01310200',
      'avenida paulista 1578 bela vista sao paulo sp 01310200',
    ],
    ['R. Augusta, 1500 - Apto 12 - Consolação', 'rua augusta 1500 apt 12 consolacao'],
    ['Rua Augusta 1500, apartamento 12, Consolação', 'rua augusta 1500 apt 12 consolacao'],
    ['Rua da Paz, s/n, 1º andar', 'rua da paz sn 1 andar'],
    ['C/ Mayor, 5, 3º izda, 28013 Madrid', 'calle mayor 5 3 izda 28013 madrid'],
    ['Calle Mayor nº 5, 3 izda., 28013 Madrid', 'calle mayor 5 3 izda 28013 madrid'],
    ['Avda. de la Constitución 12', 'avenida de la constitucion 12'],
    ['12 Av. Victor Hugo, 75016 Paris', '12 avenida victor hugo 75016 paris'],
    ['12 avenue Victor-Hugo 75016 PARIS', '12 avenida victor hugo 75016 paris'],
    ['45 Bd Haussmann, 75009 Paris', '45 boulevard haussmann 75009 paris'],
    ['45 boulevard Haussmann 75009 Paris', '45 boulevard haussmann 75009 paris'],
    ['221B Baker St., London NW1 6XE', '221b baker street london nw16xe'],
    ['221b Baker Street, London NW16XE', '221b baker street london nw16xe'],
    [
      '350 Fifth Ave, Suite 5400, New York, NY 10118-0110',
      '350 fifth avenida suite 5400 new york ny 101180110',
    ],
    ['ul. Marszałkowska 10, 00-950 Warszawa', 'ul marszalkowska 10 00950 warszawa'],
    ['Damrak 1, 1012 LG Amsterdam', 'damrak 1 1012lg amsterdam'],
    ['г. Москва, ул. Тверская, д. 7, кв. 12', 'г москва ул тверская д 7 кв 12'],
    ['广东省深圳市龙岗区坂田街道 1号', '广东省深圳市龙岗区坂田街道 1号'],
    ['  Rua\u00a0Augusta,\u202f1500 \u200b', 'rua augusta 1500'],
  ])('%j -> %j', (raw, expected) => {
    expect(normalizeAddress(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['—', 'not an address: no letters or digits'],
    ['📦📦', 'not an address: no letters or digits'],
    ['Str. 5', 'too short to be an address (fewer than 6 letters and digits)'],
    ['n/a', 'too short to be an address (fewer than 6 letters and digits)'],
  ])('%j is rejected: %s', (raw, reason) => {
    expect(normalizeAddress(raw)).toEqual({ ok: false, reason });
  });

  it.each([
    ['Hauptstr. 12 3', 'Hauptstr. 123'],
    ['Rua Augusta 1500 apto 12', 'Rua Augusta 1500 apto 21'],
    ['Calle Mayor 5, Madrid', 'Calle Mayor 5, Málaga'],
    ['Hauptstraße 5, Berlin', 'Hauptstraße 5, Berlin, Deutschland'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(normalizeAddress(a)).not.toEqual(normalizeAddress(b));
  });
});
