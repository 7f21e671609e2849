// Input validation of the Skatteetaten endpoints' path and query parameters. Each check returns
// undefined when the value is fine and otherwise the reason for the 400 (SSG-006 / IM-006).
import type { Stadie } from '../store/types.js';

export const stadier: readonly Stadie[] = ['oppgjoer', 'utkast', 'fastsatt'];

const show = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);

export function checkPersonidentifikator(v: string): string | undefined {
  return /^\d{11}$/.test(v)
    ? undefined
    : `personidentifikator ${show(v)} must be exactly 11 digits`;
}

export function checkInntektsaar(v: string): string | undefined {
  return /^\d{4}$/.test(v) ? undefined : `inntektsaar ${show(v)} must be a year YYYY`;
}

export function checkStadie(v: string): string | undefined {
  return (stadier as readonly string[]).includes(v)
    ? undefined
    : `stadie ${show(v)} must be one of ${stadier.join(', ')}`;
}

export function checkRettighetspakke(v: string): string | undefined {
  return /^[a-zA-Z]+$/.test(v) ? undefined : `rettighetspakke ${show(v)} must be letters only`;
}

const maanedPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Months since year 0 for a valid YYYY-MM, else undefined. */
export function maanedIndex(v: string): number | undefined {
  const m = maanedPattern.exec(v);
  return m === null ? undefined : Number(m[1]) * 12 + Number(m[2]) - 1;
}

export function checkMaaned(
  name: string,
  v: string | undefined,
  required: boolean,
): string | undefined {
  if (v === undefined)
    return required ? `query parameter ${name} is required (YYYY-MM)` : undefined;
  return maanedIndex(v) === undefined ? `${name} ${show(v)} must be a month YYYY-MM` : undefined;
}

/** Decodes a path segment; undefined for malformed percent-encoding. */
export function decodeSegment(v: string): string | undefined {
  try {
    return decodeURIComponent(v);
  } catch {
    return undefined;
  }
}
