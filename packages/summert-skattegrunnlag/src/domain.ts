// Domain values with rules: a type and a constructor that checks the rule, so a bad value fails
// where it enters the program instead of as a 400 (SSG-006) from the API.
import type { Stadie as StadieValue } from './generated/v2/types.gen.js';

declare const brand: unique symbol;
type Branded<T, B extends string> = T & { readonly [brand]: B };

/** An income year as the API writes it: four digits, a string (`"2021"`). */
export type Inntektsaar = Branded<string, 'Inntektsaar'>;
/** A fødselsnummer or D-nummer as the API's path takes it: exactly 11 digits. */
export type Personidentifikator = Branded<string, 'Personidentifikator'>;
/** A rights-package name: letters only (the list and its spelling change, so no enum). */
export type Rettighetspakke = Branded<string, 'Rettighetspakke'>;
/** Stage of the tax assessment: `oppgjoer`, `utkast` or `fastsatt`. */
export type Stadie = StadieValue;

const inntektsaarPattern = /^[0-9]{4}$/;
const personidentifikatorPattern = /^[0-9]{11}$/;
const rettighetspakkePattern = /^[a-zA-Z]+$/;

/** The stages, in the order the documentation lists them. */
export const stadier: readonly Stadie[] = ['oppgjoer', 'utkast', 'fastsatt'];

function refuse(name: string, value: unknown, allowed: string): never {
  throw new RangeError(`${name} ${JSON.stringify(value)} is not valid: ${allowed}`);
}

export function isInntektsaar(value: unknown): value is Inntektsaar {
  return typeof value === 'string' && inntektsaarPattern.test(value);
}

/**
 * Checks an income year and returns it as the API's four-digit string. Accepts a number for
 * convenience (`Inntektsaar(2021)` → `"2021"`). Throws a RangeError naming the value otherwise.
 */
export function Inntektsaar(value: string | number): Inntektsaar {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (!isInntektsaar(text)) refuse('inntektsaar', value, 'must be four digits (YYYY)');
  return text;
}

export function isStadie(value: unknown): value is Stadie {
  return typeof value === 'string' && (stadier as readonly string[]).includes(value);
}

/** Checks a stage name; throws a RangeError listing the allowed stages otherwise. */
export function Stadie(value: string): Stadie {
  if (!isStadie(value)) refuse('stadie', value, `must be one of ${stadier.join(', ')}`);
  return value;
}

export function isPersonidentifikator(value: unknown): value is Personidentifikator {
  return typeof value === 'string' && personidentifikatorPattern.test(value);
}

/**
 * Checks the API's rule for a personidentifikator (exactly 11 digits). The check digits are not
 * verified here: the contract only requires 11 digits, and the API answers an unknown number
 * with 404 SSG-007.
 */
export function Personidentifikator(value: string): Personidentifikator {
  if (!isPersonidentifikator(value))
    refuse('personidentifikator', value, 'must be exactly 11 digits');
  return value;
}

export function isRettighetspakke(value: unknown): value is Rettighetspakke {
  return typeof value === 'string' && rettighetspakkePattern.test(value);
}

/** Checks that a rights-package name is letters only; the name itself is not looked up. */
export function Rettighetspakke(value: string): Rettighetspakke {
  if (!isRettighetspakke(value))
    refuse('rettighetspakke', value, 'must be letters only (a-z, A-Z)');
  return value;
}
