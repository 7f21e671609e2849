// The Summert skattegrunnlag body of one person-year and stage, and the months of Inntekt it is
// summed from: a pinned month's fixture reports, or the generated lines. The yearly sums read
// the lines payer by payer (aordning.ts's monthlyPayments) without building the monthly reports
// the Inntekt API sends; those are made only when that API asks (reportsOf).
import type { OppgaveInntektsmottaker } from '@skattedeling/inntekt';
import type { SummertSkattegrunnlag } from '@skattedeling/summert-skattegrunnlag';
import { monthlyPayments, monthlyReports, type Payment, payerNames } from './aordning.js';
import {
  fastsattPublication,
  monthIndex,
  oppgjoerPublication,
  type Publication,
  utkastPublication,
} from './calendar.js';
import type { Context } from './context.js';
import type { PersonFixture, Stadie } from './fixtures.js';
import { yearSums } from './income.js';
import type { Profile } from './profile.js';
import { buildGrunnlag } from './skattegrunnlag.js';

/**
 * A pinned month's reports: the fixture's, or none for a month marked ingenData; undefined when
 * the month is generated. Slettet and skjermet months had reports (they are only withheld), so
 * they are generated and still count in the year's tax assessment.
 */
function pinnedReports(
  fixture: PersonFixture | undefined,
  m: number,
): readonly OppgaveInntektsmottaker[] | undefined {
  const pinned = fixture?.inntekt.get(m);
  if (pinned === undefined) return undefined;
  if ('oppgaver' in pinned) return pinned.oppgaver;
  return pinned.status === 'ingenData' ? [] : undefined;
}

/** A month as the Inntekt API holds it: fixture reports, none, or the generated ones. */
export function reportsOf(
  profile: Profile,
  fixture: PersonFixture | undefined,
  m: number,
): readonly OppgaveInntektsmottaker[] {
  return pinnedReports(fixture, m) ?? monthlyReports(profile, m);
}

/** The same month's lines, payer by payer, as `pay` takes them. */
function paymentsOf(
  profile: Profile,
  fixture: PersonFixture | undefined,
  m: number,
  pay: Payment,
): void {
  const pinned = pinnedReports(fixture, m);
  if (pinned === undefined) monthlyPayments(profile, m, pay);
  else for (const r of pinned) pay(r.opplysningspliktigId, r.virksomhetId, r.inntekt);
}

/**
 * The stages coexist: utkast from mid-March of Y+1, fastsatt from the person's filing, oppgjoer
 * from the person's wave; none disappears when a later one comes (calendar.ts).
 */
export function publicationOf(
  seed: string,
  pid: string,
  year: number,
  stadie: Stadie,
): Publication {
  if (stadie === 'utkast') return utkastPublication(seed, pid, year);
  if (stadie === 'fastsatt') return fastsattPublication(seed, pid, year);
  return oppgjoerPublication(seed, pid, year);
}

/**
 * The body of a stage made at `made` (publicationOf). The amounts are the same in every stage
 * (the taxpayer's own changes are not simulated); each stage carries the instant it was made as
 * `ajourholdstidspunkt`. Only oppgjoer has a `skatteoppgjoersdato`: the draft and the filed
 * return come before the assessment.
 */
export function generateBody(
  ctx: Context,
  profile: Profile,
  fixture: PersonFixture | undefined,
  year: number,
  stadie: Stadie,
  made: Publication,
): SummertSkattegrunnlag {
  const sums = yearSums();
  const add: Payment = (opplysningspliktigId, _virksomhetId, inntekt) =>
    sums.add(opplysningspliktigId, inntekt);
  for (let month = 1; month <= 12; month++)
    paymentsOf(profile, fixture, monthIndex(year, month), add);
  const { grunnlag, svalbardGrunnlag } = buildGrunnlag(
    ctx,
    profile,
    year,
    sums.income,
    payerNames(profile),
  );
  return {
    personidentifikator: profile.personidentifikator,
    inntektsaar: String(year),
    grunnlag,
    ...(svalbardGrunnlag.length === 0 ? {} : { svalbardGrunnlag }),
    skjermet: false,
    ...(stadie === 'oppgjoer' ? { skatteoppgjoersdato: made.dato } : {}),
    stadie,
    ajourholdstidspunkt: made.tidspunkt,
  };
}
