// Which decisions an oppgjoer event re-evaluates. An event says that the oppgjoer of one person for
// one income year was published, corrected or deleted; whatever its hendelsetype, it means "look
// this person and year up again". A decision reads its date's income year and, for a member not
// settled for it, the year before (income-year.ts), so an event for either year about a member
// can change it: the household is re-evaluated, which decides again as the decision did: it asks
// for the decision's first year and for the year before only when the member is not settled for
// the first (SSG-008), so an event for the year before counts only while that is so. Other years
// change nothing the decision reads (an older year is never asked for; a newer one belongs to the
// next decision), and a person in no household is none of the service's business.
import type { Decision } from './decisions.js';
import { incomeYearsFor } from './income-year.js';

export interface OppgjoerHendelse {
  /** The person's fødselsnummer or D-nummer. */
  readonly identifikator: string;
  /** The income year, YYYY. */
  readonly gjelderPeriode: string;
}

export function decisionsToReevaluate(
  hendelse: OppgjoerHendelse,
  decisions: readonly Decision[],
): Decision[] {
  return decisions.filter((decision) => {
    if (!decision.husholdning.includes(hendelse.identifikator)) return false;
    const years = incomeYearsFor(decision.dato);
    return hendelse.gjelderPeriode === years.first || hendelse.gjelderPeriode === years.fallback;
  });
}
