// The error body shared by Skatteetaten's data-sharing APIs and the catalogue of error codes.
import { randomUUID } from 'node:crypto';
import { feilkoder as catalogue } from './generated/data/feilkoder.js';
import type { Feil } from './generated/feil/types.gen.js';

export type { Feil };

/** Prefixes of the error catalogues: shared (DAS), Summert skattegrunnlag (SSG), Inntekt (IM). */
export type Feilkodeprefiks = keyof typeof catalogue;
export type Feilkode = (typeof catalogue)[Feilkodeprefiks][number]['kode'];

export interface FeilkodeBeskrivelse {
  readonly kode: Feilkode;
  /** The HTTP status the real service answers with this code. */
  readonly status: number;
  /** What the code means, in English. */
  readonly beskrivelse: string;
  /** A Norwegian message of the kind the service sends (the real text may vary). */
  readonly melding: string;
}

export const feilkoder: Readonly<Record<Feilkodeprefiks, readonly FeilkodeBeskrivelse[]>> =
  catalogue;

const byCode = new Map<string, FeilkodeBeskrivelse>(
  Object.values(catalogue).flatMap((list) => list.map((entry) => [entry.kode, entry] as const)),
);

/** The catalogue entry of a code, or undefined for a code no contract lists. */
export function finnFeilkode(kode: string): FeilkodeBeskrivelse | undefined {
  return byCode.get(kode);
}

export function isFeilkode(kode: string): kode is Feilkode {
  return byCode.has(kode);
}

/** An error body for `kode` with the catalogue's message and a fresh correlation id. */
export function lagFeil(
  kode: Feilkode,
  melding?: string,
  korrelasjonsid: string = randomUUID(),
): Feil {
  const entry = byCode.get(kode);
  return { kode, melding: melding ?? entry?.melding ?? kode, korrelasjonsid };
}

/** True for a value shaped like an error body (a cheap check; validate for a strict one). */
export function erFeil(value: unknown): value is Feil {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.kode === 'string' &&
    typeof v.melding === 'string' &&
    typeof v.korrelasjonsid === 'string'
  );
}
