// The monthly reports (A-melding → Inntekt API `oppgaveInntektsmottaker`) of a synthetic person:
// one report per employer (virksomhetId = the underenhet, opplysningspliktigId = the legal
// entity) for each month the person is paid there (job-lines.ts), one from NAV for pensions and
// benefits, and one from each pension fund paying tjenestepensjon (nav-lines.ts).
import { type Inntekt, maanedAv, type OppgaveInntektsmottaker } from '@skattedeling/inntekt';
import { FIRST_INNTEKT_MONTH, monthOf, yearOf } from './calendar.js';
import { NAV, PENSION_PAYERS } from './context.js';
import { jobLines } from './job-lines.js';
import { navLines, spellLine } from './nav-lines.js';
import { type Profile, worksIn } from './profile.js';

/** Takes the lines one payer reported for the person in a month. */
export type Payment = (
  opplysningspliktigId: string,
  virksomhetId: string,
  inntekt: Inntekt[],
) => void;

/**
 * Each payer's lines of month `m` (a month index), in report order, without the reports around
 * them: the yearly grunnlag only sums the lines, so it need not build what the Inntekt API sends.
 * A payer with no lines is skipped; nothing before 2015.
 */
export function monthlyPayments(profile: Profile, m: number, pay: Payment): void {
  if (m < FIRST_INNTEKT_MONTH) return;
  for (const job of profile.jobs) {
    if (!worksIn(profile, job, m)) continue;
    const lines = jobLines(profile, job, m);
    if (lines.length > 0)
      pay(job.employer.organisasjonsnummer, job.employer.virksomhetsnummer, lines);
  }
  const nav = navLines(profile, m);
  if (nav.length > 0) pay(NAV.organisasjonsnummer, NAV.virksomhetsnummer, nav);
  for (const spell of profile.spells) {
    if (spell.kind !== 'tjenestepensjon') continue;
    const payer = PENSION_PAYERS[spell.payer ?? 0];
    const line = spellLine(spell, m);
    if (payer !== undefined && line !== undefined)
      pay(payer.organisasjonsnummer, payer.virksomhetsnummer, [line]);
  }
}

/** The reports of month `m` (a month index) for the person; empty before 2015 and when nothing was paid. */
export function monthlyReports(profile: Profile, m: number): OppgaveInntektsmottaker[] {
  if (m < FIRST_INNTEKT_MONTH) return [];
  const kalendermaaned = maanedAv(yearOf(m), monthOf(m));
  const reports: OppgaveInntektsmottaker[] = [];
  monthlyPayments(profile, m, (opplysningspliktigId, virksomhetId, inntekt) => {
    reports.push({
      opplysningspliktigId,
      virksomhetId,
      kalendermaaned,
      inntektsmottaker: { personidentifikator: profile.personidentifikator },
      inntekt,
    });
  });
  return reports;
}

/** Name of a payer for the yearly specification: the person's employers, NAV and pension funds. */
export function payerNames(profile: Profile): ReadonlyMap<string, string> {
  const names = new Map<string, string>([[NAV.organisasjonsnummer, NAV.navn]]);
  for (const payer of PENSION_PAYERS) names.set(payer.organisasjonsnummer, payer.navn);
  for (const job of profile.jobs) names.set(job.employer.organisasjonsnummer, job.employer.name);
  return names;
}
