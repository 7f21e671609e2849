// Which stages each known rights package may read, from Skatteetaten's table of September 2025.
// Data, not an enum: the list changes, so an unknown package is not an error here; the API
// decides (403 SSG-005).
import type { Stadie } from './domain.js';

export const stadierPerRettighetspakke = {
  fiskeridirektoratetkontrollmanntall: ['oppgjoer'],
  fiskeridirektoratetmanntall: ['oppgjoer'],
  frirettshjelp: ['oppgjoer'],
  husbankenbostoette: ['oppgjoer'],
  husbankenlaantilskudd: ['oppgjoer'],
  kommuneboligsosialeformaal: ['oppgjoer'],
  kommuneforeldrebetaling: ['oppgjoer', 'utkast'],
  kommunelangtidsoppholdinstitusjon: ['oppgjoer'],
  kommunepersonligassistanse: ['oppgjoer'],
  laanekassen: ['oppgjoer'],
  ldir: ['oppgjoer'],
  ldirreindriftstilskudd: ['oppgjoer'],
  ldirtotalregnskap: ['oppgjoer'],
  nav: ['oppgjoer'],
  navbidrag: ['oppgjoer'],
  navbilstoenad: ['oppgjoer'],
  navgravferdstoenad: ['oppgjoer'],
  navsupplerendestoenad: ['oppgjoer', 'utkast'],
  navufoeretrygd: ['oppgjoer'],
  norgesbank: ['oppgjoer', 'utkast'],
  saernamsmann: ['oppgjoer'],
  sbl: ['oppgjoer'],
  sivilrett: ['oppgjoer', 'utkast', 'fastsatt'],
  spkboliglaan: ['oppgjoer'],
  ssb: ['oppgjoer'],
  udi: ['oppgjoer'],
} as const satisfies Readonly<Record<string, readonly Stadie[]>>;

/** A rights package listed in the documentation (all lower case, as the newest table spells them). */
export type KjentRettighetspakke = keyof typeof stadierPerRettighetspakke;

/** Rights packages that may read a person's data only with the person's consent (`AltinnSamtykke`). */
export const rettighetspakkerMedSamtykke: readonly KjentRettighetspakke[] = ['sbl'];

const known = new Map<string, readonly Stadie[]>(Object.entries(stadierPerRettighetspakke));

/**
 * The stages a known rights package may read, or undefined for a package not in the table.
 * Matches without regard to case: earlier documentation spelled the same packages in camelCase
 * (`kommuneForeldrebetaling`), and whether the API itself is case-sensitive is not documented.
 */
export function stadierFor(rettighetspakke: string): readonly Stadie[] | undefined {
  return known.get(rettighetspakke.toLowerCase());
}

/** True when the table says `rettighetspakke` may read `stadie`; false for unknown packages. */
export function kanLeseStadie(rettighetspakke: string, stadie: Stadie): boolean {
  return stadierFor(rettighetspakke)?.includes(stadie) ?? false;
}

/** True for the rights packages that need a consent token (case-insensitive, like `stadierFor`). */
export function kreverSamtykke(rettighetspakke: string): boolean {
  return (rettighetspakkerMedSamtykke as readonly string[]).includes(rettighetspakke.toLowerCase());
}
