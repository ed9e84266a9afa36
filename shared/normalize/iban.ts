/**
 * IBAN checks (ISO 13616): the country's length and the mod-97 check digits. A typo in an IBAN almost always fails
 * the check, so a failing one is rejected rather than stored as a second, wrong account.
 */

/** IBAN length by country (SWIFT IBAN registry), as `<country><length>`; others are checked by shape and mod-97. */
const REGISTRY = `
  AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29
  ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20
  LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29
  RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20`;

const LENGTHS: ReadonlyMap<string, number> = new Map(
  REGISTRY.trim()
    .split(/\s+/)
    .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))]),
);

/** Two letters, two digits, then letters and digits: the shape of an IBAN, before any check. */
const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;

/**
 * True when a compact, upper-case text is meant as an IBAN: the shape, and a country that issues IBANs. The
 * country matters: a marketplace's own account id (`PP12ABCDEF12345`) can have the shape by chance.
 */
export function looksLikeIban(compact: string): boolean {
  return IBAN_SHAPE.test(compact) && LENGTHS.has(compact.slice(0, 2));
}

/** The remainder of the IBAN's number (country and check digits moved to the end, letters as 10–35) mod 97. */
function mod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = parseInt(char, 36);
    remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return remainder;
}

/** Why a compact, upper-case IBAN is not valid, or `undefined` when it is. */
export function ibanProblem(iban: string): string | undefined {
  const expected = LENGTHS.get(iban.slice(0, 2));
  if (expected !== undefined && iban.length !== expected) {
    return `not a valid IBAN: a ${iban.slice(0, 2)} IBAN has ${expected} characters, this one ${iban.length}`;
  }
  if (!IBAN_SHAPE.test(iban))
    return 'not a valid IBAN: two letters, two check digits, then letters and digits';
  return mod97(iban) === 1 ? undefined : 'not a valid IBAN: the check digits do not match (a typo?)';
}
