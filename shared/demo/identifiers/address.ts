/**
 * Postal addresses and their spellings. Sources abbreviate street types (`Hauptstr.`, `R.`, `Rd`), drop or add the
 * country, change case and break lines; the normalizer must bring them all to one key. The key here is the demo's
 * own (lower-case, ASCII, abbreviations expanded, country code last) — what a good normalizer should agree on.
 */
import { assertNever } from '../../assertNever';
import type { Random } from '../random';
import { COUNTRY_NAMES, type CountryCode } from '../vocab/marketplaces';
import { asciiFold } from '../vocab/people';
import {
  BR_DISTRICTS,
  BR_STREETS,
  BR_TOWNS,
  CN_BUILDINGS,
  CN_ROADS,
  CN_TOWNS,
  DE_STREETS,
  DE_TOWNS,
  GB_STREETS,
  GB_TOWNS,
  PL_STREETS,
  PL_TOWNS,
} from '../vocab/places';

/** The parts of an address, per country, from which every spelling is made. */
export type AddressParts =
  | Readonly<{ style: 'DE'; street: string; number: string; postcode: string; town: string }>
  | Readonly<{
      style: 'BR';
      streetType: 'Rua' | 'Avenida';
      street: string;
      number: string;
      district: string;
      town: string;
      state: string;
      postcode: string;
    }>
  | Readonly<{
      style: 'CN';
      room: string;
      building: string;
      number: string;
      road: string;
      district: string;
      town: string;
      province: string;
      postcode: string;
    }>
  | Readonly<{ style: 'PL'; street: string; number: string; postcode: string; town: string }>
  | Readonly<{ style: 'GB'; unit: string; number: string; street: string; town: string; postcode: string }>
  | Readonly<{ style: 'LU'; number: string; street: string; postcode: string; town: string }>;

export type Address = Readonly<{
  kind: 'address';
  key: string;
  country: CountryCode;
  parts: AddressParts;
}>;

/** The full, unabbreviated spelling on one line, without the country. */
export function canonicalAddress(parts: AddressParts): string {
  switch (parts.style) {
    case 'DE':
      return `${parts.street} ${parts.number}, ${parts.postcode} ${parts.town}`;
    case 'BR':
      return `${parts.streetType} ${parts.street}, ${parts.number} - ${parts.district}, ${parts.town} - ${parts.state}, ${parts.postcode}`;
    case 'CN':
      return `Room ${parts.room}, ${parts.building}, ${parts.number} ${parts.road}, ${parts.district}, ${parts.town}, ${parts.province} ${parts.postcode}`;
    case 'PL':
      return `ul. ${parts.street} ${parts.number}, ${parts.postcode} ${parts.town}`;
    case 'GB':
      return `Unit ${parts.unit}, ${parts.number} ${parts.street}, ${parts.town} ${parts.postcode}`;
    case 'LU':
      return `${parts.number} ${parts.street}, L-${parts.postcode} ${parts.town}`;
    default:
      return assertNever(parts, 'address style');
  }
}

export function address(country: CountryCode, parts: AddressParts): Address {
  const key = `${asciiFold(canonicalAddress(parts)).toLowerCase()}, ${country.toLowerCase()}`
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return { kind: 'address', key, country, parts };
}

export function randomAddress(random: Random, country: CountryCode): Address {
  switch (country) {
    case 'DE': {
      const [postcode, town] = random.pick(DE_TOWNS);
      const number = `${random.int(1, 180)}${random.chance(0.15) ? random.pick(['a', 'b', 'c']) : ''}`;
      return address(country, { style: 'DE', street: random.pick(DE_STREETS), number, postcode, town });
    }
    case 'BR': {
      const [streetType, street] = random.pick(BR_STREETS);
      const [town, state, postcode] = random.pick(BR_TOWNS);
      return address(country, {
        style: 'BR',
        streetType,
        street,
        number: String(random.int(10, 2400)),
        district: random.pick(BR_DISTRICTS),
        town,
        state,
        postcode,
      });
    }
    case 'CN': {
      const [town, province, district, postcode] = random.pick(CN_TOWNS);
      return address(country, {
        style: 'CN',
        room: `${random.int(1, 28)}${String(random.int(1, 20)).padStart(2, '0')}`,
        building: `${random.pick(['Block A', 'Block B', 'Block C', 'Tower 2'])}, ${random.pick(CN_BUILDINGS)}`,
        number: String(random.int(1, 3000)),
        road: random.pick(CN_ROADS),
        district,
        town,
        province,
        postcode,
      });
    }
    case 'PL': {
      const [prefix, town] = random.pick(PL_TOWNS);
      return address(country, {
        style: 'PL',
        street: random.pick(PL_STREETS),
        number: `${random.int(1, 120)}${random.chance(0.4) ? `/${random.int(1, 40)}` : ''}`,
        postcode: `${prefix}${random.digits(2, true)}`,
        town,
      });
    }
    case 'GB': {
      const [town, district] = random.pick(GB_TOWNS);
      return address(country, {
        style: 'GB',
        unit: String(random.int(1, 30)),
        number: String(random.int(1, 250)),
        street: random.pick(GB_STREETS),
        town,
        postcode: `${district} ${random.int(1, 9)}${random.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}`,
      });
    }
    case 'LU':
      return address(country, {
        style: 'LU',
        number: String(random.int(1, 60)),
        street: 'Avenue John F. Kennedy',
        postcode: '1855',
        town: 'Luxembourg',
      });
    default:
      return assertNever(country, 'country');
  }
}

const abbreviateDe = (street: string): string => street.replace(/straße$/, 'str.').replace(/Straße$/, 'Str.');
const sansEszett = (street: string): string => street.replace(/ß/g, 'ss');

/** Every spelling of an address on one line; the first is the canonical one. */
export function addressSpellings(value: Address): string[] {
  const parts = value.parts;
  const [countryName = value.country, countryEnglish = value.country, code = value.country] =
    COUNTRY_NAMES[value.country];
  const canonical = canonicalAddress(parts);
  const variants: string[] = [
    canonical,
    `${canonical}, ${countryName}`,
    `${canonical}, ${code}`.toUpperCase(),
  ];
  switch (parts.style) {
    case 'DE':
      variants.push(
        `${abbreviateDe(parts.street)} ${parts.number}, ${parts.postcode} ${parts.town}`,
        `${sansEszett(parts.street)} ${parts.number}, ${parts.postcode} ${parts.town}, ${countryEnglish}`,
        `${abbreviateDe(parts.street)} ${parts.number} - ${parts.postcode} ${parts.town} - ${code}`,
      );
      break;
    case 'BR': {
      const short = parts.streetType === 'Rua' ? 'R.' : 'Av.';
      variants.push(
        `${short} ${parts.street}, ${parts.number} - ${parts.district}, ${parts.town}/${parts.state}, CEP ${parts.postcode}`,
        asciiFold(
          `${short} ${parts.street}, ${parts.number} - ${parts.district}, ${parts.town} - ${parts.state}, ${parts.postcode}`,
        ),
      );
      break;
    }
    case 'CN':
      variants.push(
        `Rm ${parts.room}, ${parts.building.replace('Block', 'Blk')}, ${parts.number} ${parts.road.replace(/Road$/, 'Rd').replace(/Avenue$/, 'Ave')}, ${parts.district.replace(/District$/, 'Dist.')}, ${parts.town}, ${parts.province} ${parts.postcode}, ${code}`,
        `${canonical}, P.R. China`,
      );
      break;
    case 'PL':
      variants.push(
        `${parts.street} ${parts.number}, ${parts.postcode} ${parts.town}, ${countryName}`,
        `ulica ${parts.street} ${parts.number}, ${parts.postcode} ${parts.town}`,
      );
      break;
    case 'GB':
      variants.push(
        `Unit ${parts.unit}, ${parts.number} ${parts.street.replace(/Road$/, 'Rd').replace(/Street$/, 'St')}, ${parts.town}, ${parts.postcode}, ${countryEnglish}`,
      );
      break;
    case 'LU':
      variants.push(`${parts.number} av. John F. Kennedy, ${parts.postcode} ${parts.town}, ${code}`);
      break;
    default:
      return assertNever(parts, 'address style');
  }
  return variants;
}

/** The address on several lines, as an imprint prints it (street / postcode and town / country). */
export function multilineAddress(value: Address): string {
  const lines = canonicalAddress(value.parts).split(', ');
  const [countryName = value.country] = COUNTRY_NAMES[value.country];
  return [...lines, countryName].join('\n');
}

export function spellAddress(random: Random, value: Address, noise: number): string {
  const spellings = addressSpellings(value);
  if (!random.chance(noise)) return spellings[0] ?? value.key;
  return random.pick(spellings.slice(1));
}

/** The parts Instagram keeps in `business_address_json`. */
export function addressJson(value: Address): Readonly<Record<string, string | boolean>> {
  const parts = value.parts;
  const street = canonicalAddress(parts).split(', ')[0] ?? '';
  return {
    street_address: street,
    zip_code: parts.postcode,
    city_name: parts.town,
    region_name: '',
    country_code: value.country,
    exact_city_match: false,
    exact_region_match: false,
    exact_country_match: false,
  };
}
