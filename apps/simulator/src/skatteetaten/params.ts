// Input validation of the Skatteetaten endpoints' path and query parameters. Each check returns
// undefined when the value is fine and otherwise the reason for the 400 (SSG-006 / IM-006).
import { parseMaaned } from '../data/index.js';
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

/** A `YYYY-MM` month, as the data module's calendar parses it (parseMaaned). */
export function checkMaaned(
  name: string,
  v: string | undefined,
  required: boolean,
): string | undefined {
  if (v === undefined)
    return required ? `query parameter ${name} is required (YYYY-MM)` : undefined;
  try {
    parseMaaned(v);
    return undefined;
  } catch {
    return `${name} ${show(v)} must be a month YYYY-MM`;
  }
}

/** Decodes a path segment; undefined for malformed percent-encoding. */
export function decodeSegment(v: string): string | undefined {
  // Most segments have nothing to decode; decodeURIComponent would return them as they are.
  if (!v.includes('%')) return v;
  try {
    return decodeURIComponent(v);
  } catch {
    return undefined;
  }
}
