// The decisions on redusert foreldrebetaling the service has made, kept so that a newly published
// oppgjoer can re-evaluate them (follow-oppgjoer.ts). In memory here; a real integration keeps
// them with the case, in its own database.
import type { ForeldrebetalingResultat } from './results.js';

export interface Decision {
  readonly kommune: string;
  readonly husholdning: readonly string[];
  /** The decision date: it decides the income year (income-year.ts). */
  readonly dato: Date | string;
  readonly resultat: ForeldrebetalingResultat;
}

export interface DecisionStore {
  /**
   * Keeps the decision, replacing the one of the same municipality, household and day (the
   * Norwegian calendar day of `dato`: decisions made at different times of one day are one).
   */
  save(decision: Decision): Promise<void>;
  /** The municipality's decisions whose household has the person. */
  withMember(kommune: string, personidentifikator: string): Promise<readonly Decision[]>;
}

function keyOf(decision: Decision): string {
  const { kommune, husholdning, dato } = decision;
  return JSON.stringify([kommune, [...husholdning].sort(), osloCalendarDay(dato)]);
}

const osloDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The day a decision date falls on in Norway, YYYY-MM-DD (a string date is that day already). */
export function osloCalendarDay(dato: Date | string): string {
  return typeof dato === 'string' ? dato : osloDay.format(dato);
}

export function inMemoryDecisions(): DecisionStore & { all(): readonly Decision[] } {
  const decisions = new Map<string, Decision>();
  return {
    async save(decision) {
      decisions.set(keyOf(decision), decision);
    },
    async withMember(kommune, personidentifikator) {
      return [...decisions.values()].filter(
        (d) => d.kommune === kommune && d.husholdning.includes(personidentifikator),
      );
    },
    all: () => [...decisions.values()],
  };
}
