// What the integration answers a case system. Facts about a person (unknown, shielded, no tax
// basis) are results the case worker acts on; a household is `beregnet` only when every member's
// data was found.
import type { Maanedsperiode } from '@skattedeling/inntekt';
import type { IncomeBasis } from './income-basis.js';
import type { MonthlyIncome } from './monthly-income.js';

export type SkattegrunnlagStatus =
  | {
      readonly status: 'funnet';
      readonly personidentifikator: string;
      readonly inntektsaar: string;
      readonly inntekt: IncomeBasis;
    }
  /** No person with this number (SSG-007 / IM-007): check the number with the applicant. */
  | { readonly status: 'ukjentPerson'; readonly personidentifikator: string; readonly kode: string }
  /**
   * The person has a protected address; Skatteetaten removed the data. The case worker must get
   * the income documented another way, without recording where the person lives.
   */
  | { readonly status: 'skjermet'; readonly personidentifikator: string }
  /** No summert skattegrunnlag for the years asked (SSG-008), or it was deleted (SSG-011). */
  | {
      readonly status: 'ingenSkattegrunnlag';
      readonly personidentifikator: string;
      readonly inntektsaar: readonly string[];
      readonly kode: string;
    };

export interface ForeldrebetalingResultat {
  readonly kommune: string;
  readonly status: 'beregnet' | 'manuellBehandling';
  readonly personer: readonly SkattegrunnlagStatus[];
  /** The household's samlet skattepliktig person- og kapitalinntekt, when `beregnet`. */
  readonly samletInntekt: number | undefined;
  readonly melding: string;
}

export type BoligsosialPerson = SkattegrunnlagStatus & {
  /** Cash income per month from the a-ordning; absent for unknown and shielded persons. */
  readonly maanedsinntekt?: MonthlyIncome;
};

export interface BoligsosialResultat {
  readonly kommune: string;
  readonly status: 'beregnet' | 'manuellBehandling';
  /** The last complete months asked for (data for a month is reliable from the 10th of the next). */
  readonly periode: Maanedsperiode;
  readonly personer: readonly BoligsosialPerson[];
  /** Sum of the household's income bases from the latest oppgjoer, when `beregnet`. */
  readonly samletAarsinntekt: number | undefined;
  /** The household's average cash income per month in `periode`, when `beregnet`. */
  readonly snittMaanedsinntekt: number | undefined;
  readonly melding: string;
}

/** One line for the case worker about a person who blocks an automatic decision. */
export function describePerson(person: SkattegrunnlagStatus): string {
  switch (person.status) {
    case 'funnet':
      return `${person.personidentifikator}: income ${person.inntekt.beloep} kr in ${person.inntektsaar}`;
    case 'ukjentPerson':
      return `${person.personidentifikator}: no person with this number (${person.kode}); check it with the applicant`;
    case 'skjermet':
      return `${person.personidentifikator}: the data is shielded (protected address); ask for documentation of income, without recording the address`;
    case 'ingenSkattegrunnlag':
      return `${person.personidentifikator}: no summert skattegrunnlag for ${person.inntektsaar.join(' or ')} (${person.kode}); ask for other documentation of income`;
  }
}
