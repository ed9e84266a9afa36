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
    ['ul. Marszałkowska 10, 00-950 Warszawa', 'marszalkowska 10 00950 warszawa'],
    ['ulica Marszałkowska 10, 00-950 Warszawa, Polska', 'marszalkowska 10 00950 warszawa'],
    ['UL. MARSZAŁKOWSKA 43/8, 50-011 WROCŁAW, PL', 'marszalkowska 43 8 50011 wroclaw'],
    ['Hauptstraße 49a\n20095 Hamburg\nDeutschland', 'hauptstrasse 49a 20095 hamburg'],
    ['Hauptstr. 49a - 20095 Hamburg - DE', 'hauptstrasse 49a 20095 hamburg'],
    ['Mainzer Landstrasse 166c, 64347 Griesheim, Germany', 'mainzer landstrasse 166c 64347 griesheim'],
    [
      'Rm 608, Blk B, Huaqiang Plaza, 191 Chouzhou North Rd, Futian Dist., Shenzhen, Guangdong 518031, P.R. China',
      'room 608 block b huaqiang plaza 191 chouzhou north road futian district shenzhen guangdong 518031',
    ],
    [
      "ROOM 608, BLOCK B, HUAQIANG PLAZA, 191 CHOUZHOU NORTH ROAD, FUTIAN DISTRICT, SHENZHEN, GUANGDONG 518031, PEOPLE'S REPUBLIC OF CHINA",
      'room 608 block b huaqiang plaza 191 chouzhou north road futian district shenzhen guangdong 518031',
    ],
    [
      'Rua Barão de Itapetininga\n47 - Santa Ifigênia\nCuritiba - PR\n80010-010\nBrasil',
      'rua barao de itapetininga 47 santa ifigenia curitiba pr 80010010',
    ],
    ['38 Avenue John F. Kennedy, L-1855 Luxembourg, Luxembourg', '38 avenida john f kennedy 1855 luxembourg'],
    ['38 av. John F. Kennedy, 1855 Luxembourg, LU', '38 avenida john f kennedy 1855 luxembourg'],
    ['Mainzer Landstr. 166c, D-64347 Griesheim', 'mainzer landstrasse 166c 64347 griesheim'],
    ['Bahnhofstrasse 10, CH-8001 Zürich', 'bahnhofstrasse 10 8001 zurich'],
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
    // A two-letter state after a city is not a country: Paraná is kept, or Curitiba/PR and Curitiba/SE would merge.
    ['Rua XV de Novembro 10 - Curitiba - PR', 'Rua XV de Novembro 10 - Curitiba - SE'],
    // Only a trailing country is dropped; a country word inside the address is part of the street's name.
    ['Avenida Brasil 500, Rio de Janeiro', 'Avenida 500, Rio de Janeiro'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(normalizeAddress(a)).not.toEqual(normalizeAddress(b));
  });
});
