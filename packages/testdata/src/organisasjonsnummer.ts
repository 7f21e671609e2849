// Organisasjonsnummer (Enhetsregisteret): 9 digits, the last a modulus-11 check digit over the
// first eight with weights 3 2 7 6 5 4 3 2. A remainder of 1 would need check digit 10, so such
// numbers are never issued.
import { InvalidIdentifierError } from './errors.js';
import { mod11CheckDigit, toDigits } from './mod11.js';
import type { ParseFailure } from './personidentifikator.js';

declare const brand: unique symbol;

/** A 9-digit organisation number with a valid check digit. */
export type Organisasjonsnummer = string & { readonly [brand]: 'Organisasjonsnummer' };

export const ORGNR_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

export interface OrganisasjonsnummerInfo {
  readonly ok: true;
  readonly value: Organisasjonsnummer;
  /**
   * True when the number starts with 2 or 3, as the synthetic test organisations of Tenor and
   * Altinn TT02 do. Real entities start with 8 or 9; this is a convention, not a rule.
   */
  readonly synthetic: boolean;
}

export type OrganisasjonsnummerResult = OrganisasjonsnummerInfo | ParseFailure;

/** The check digit for the first eight digits, or undefined when no such number exists. */
export function organisasjonsnummerCheckDigit(first8: string): number | undefined {
  return mod11CheckDigit(toDigits(first8), ORGNR_WEIGHTS);
}

export function parseOrganisasjonsnummer(input: string): OrganisasjonsnummerResult {
  if (typeof input !== 'string')
    return { ok: false, reason: `expected a string, got ${typeof input}` };
  if (!/^[0-9]{9}$/.test(input)) {
    return {
      ok: false,
      reason: /^[0-9]*$/.test(input)
        ? `must be 9 digits, got ${input.length}`
        : `must be 9 digits without spaces or separators, got "${input}"`,
    };
  }
  const expected = organisasjonsnummerCheckDigit(input.slice(0, 8));
  if (expected === undefined) {
    return {
      ok: false,
      reason: `${input}: the first eight digits give remainder 1 (check digit 10), so no such number exists`,
    };
  }
  if (Number(input[8]) !== expected) {
    return {
      ok: false,
      reason: `${input}: check digit (digit 9) is ${input[8]}, expected ${expected}`,
    };
  }
  return {
    ok: true,
    value: input as Organisasjonsnummer,
    synthetic: input[0] === '2' || input[0] === '3',
  };
}

export function isOrganisasjonsnummer(value: unknown): value is Organisasjonsnummer {
  return typeof value === 'string' && parseOrganisasjonsnummer(value).ok;
}

/** The checked value; throws `InvalidIdentifierError` with the reason otherwise. */
export function organisasjonsnummer(input: string): Organisasjonsnummer {
  const result = parseOrganisasjonsnummer(input);
  if (!result.ok) throw new InvalidIdentifierError('organisasjonsnummer', input, result.reason);
  return result.value;
}

/** The ISO 6523 form used in Maskinporten tokens: `0192:<orgnr>`. */
export function orgId(orgnr: string): `0192:${string}` {
  return `0192:${organisasjonsnummer(orgnr)}`;
}
