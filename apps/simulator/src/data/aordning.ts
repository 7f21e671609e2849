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

/** The reports of month `m` (a month index) for the person; empty before 2015 and when nothing was paid. */
export function monthlyReports(profile: Profile, m: number): OppgaveInntektsmottaker[] {
  if (m < FIRST_INNTEKT_MONTH) return [];
  const maaned = maanedAv(yearOf(m), monthOf(m));
  const reports: OppgaveInntektsmottaker[] = [];
  const report = (opplysningspliktigId: string, virksomhetId: string, inntekt: Inntekt[]): void => {
    if (inntekt.length === 0) return;
    reports.push({
      opplysningspliktigId,
      virksomhetId,
      kalendermaaned: maaned,
      inntektsmottaker: { personidentifikator: profile.personidentifikator },
      inntekt,
    });
  };
  for (const job of profile.jobs) {
    if (worksIn(profile, job, m))
      report(
        job.employer.organisasjonsnummer,
        job.employer.virksomhetsnummer,
        jobLines(profile, job, m),
      );
  }
  report(NAV.organisasjonsnummer, NAV.virksomhetsnummer, navLines(profile, m));
  for (const spell of profile.spells) {
    if (spell.kind !== 'tjenestepensjon') continue;
    const payer = PENSION_PAYERS[spell.payer ?? 0];
    const line = spellLine(spell, m);
    if (payer !== undefined && line !== undefined)
      report(payer.organisasjonsnummer, payer.virksomhetsnummer, [line]);
  }
  return reports;
}

/** Name of a payer for the yearly specification: the person's employers, NAV and pension funds. */
export function payerNames(profile: Profile): ReadonlyMap<string, string> {
  const names = new Map<string, string>([[NAV.organisasjonsnummer, NAV.navn]]);
  for (const payer of PENSION_PAYERS) names.set(payer.organisasjonsnummer, payer.navn);
  for (const job of profile.jobs) names.set(job.employer.organisasjonsnummer, job.employer.name);
  return names;
}
