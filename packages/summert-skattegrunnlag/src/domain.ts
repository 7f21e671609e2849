// Domain values with rules: a type and a constructor that checks the rule, so a bad value fails
// where it enters the program instead of as a 400 (SSG-006) from the API. Personidentifikator and
// Rettighetspakke are the same in both APIs and come from @skattedeling/felles.
import { type Branded, invalidParameter } from '@skattedeling/felles';
import type { Stadie as StadieValue } from './generated/v2/types.gen.js';

export {
  isPersonidentifikator,
  isRettighetspakke,
  Personidentifikator,
  Rettighetspakke,
} from '@skattedeling/felles';

/** An income year as the API writes it: four digits, a string (`"2021"`). */
export type Inntektsaar = Branded<string, 'Inntektsaar'>;
/** Stage of the tax assessment: `oppgjoer`, `utkast` or `fastsatt`. */
export type Stadie = StadieValue;

const inntektsaarPattern = /^[0-9]{4}$/;

/** The stages, in the order the documentation lists them. */
export const stadier: readonly Stadie[] = ['oppgjoer', 'utkast', 'fastsatt'];

export function isInntektsaar(value: unknown): value is Inntektsaar {
  return typeof value === 'string' && inntektsaarPattern.test(value);
}

/**
 * Checks an income year and returns it as the API's four-digit string. Accepts a number for
 * convenience (`Inntektsaar(2021)` → `"2021"`). Throws a RangeError naming the value otherwise.
 */
export function Inntektsaar(value: string | number): Inntektsaar {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (!isInntektsaar(text))
    throw invalidParameter('inntektsaar', value, 'must be four digits (YYYY)');
  return text;
}

export function isStadie(value: unknown): value is Stadie {
  return typeof value === 'string' && (stadier as readonly string[]).includes(value);
}

/** Checks a stage name; throws a RangeError listing the allowed stages otherwise. */
export function Stadie(value: string): Stadie {
  if (!isStadie(value))
    throw invalidParameter('stadie', value, `must be one of ${stadier.join(', ')}`);
  return value;
}
