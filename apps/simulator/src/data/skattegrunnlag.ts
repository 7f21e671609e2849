// The yearly Summert skattegrunnlag of a synthetic person. Salary and pension are the sums of the
// person's monthly Inntekt lines (poster.ts); wealth, debt and interest come from the profile and
// draws keyed by the year. Every item uses a technical name of the 2021 information model with
// the kategori the model gives it, and specifications only of types the model allows for it.
import type { OppgaveInntektsmottaker } from '@skattedeling/inntekt';
import type { Grunnlag, Kategori, Spesifisering } from '@skattedeling/summert-skattegrunnlag';
import { finnTekniskNavn2021 } from '@skattedeling/summert-skattegrunnlag/2021';
import { bank, type Context } from './context.js';
import {
  depositRate,
  fagforeningMax,
  houseIndex,
  minstefradrag,
  mortgageRate,
  PRIMAERBOLIG_SHARE,
  wageIndex,
} from './parameters.js';
import { LOENN, PENSJON_FRA_FOLKETRYGDEN, type Post, postFor } from './poster.js';
import { ageAtYearEnd, type Profile } from './profile.js';
import { between, keyedRng, kroner } from './random.js';

/** Sums per item and payer (opplysningspliktigId), in the order payers first appear. */
export type YearIncome = ReadonlyMap<Post, ReadonlyMap<string, number>>;

/** Adds up a year's monthly reports into the items poster.ts maps them to. */
export function sumYear(reports: readonly OppgaveInntektsmottaker[]): YearIncome {
  const sums = new Map<Post, Map<string, number>>();
  for (const report of reports) {
    for (const line of report.inntekt) {
      const post = postFor(line);
      if (post === undefined || line.beloep === undefined) continue;
      let perPayer = sums.get(post);
      if (perPayer === undefined) {
        perPayer = new Map();
        sums.set(post, perPayer);
      }
      perPayer.set(
        report.opplysningspliktigId,
        (perPayer.get(report.opplysningspliktigId) ?? 0) + line.beloep,
      );
    }
  }
  return sums;
}

function total(perPayer: ReadonlyMap<string, number> | undefined): number {
  let sum = 0;
  for (const value of perPayer?.values() ?? []) sum += value;
  return kroner(sum);
}

/** The kategori the 2021 model gives a name; totals ("-" in the model's table) are sent as "-". */
function kategori(tekniskNavn: string): Kategori {
  const row = finnTekniskNavn2021(tekniskNavn);
  if (row === undefined)
    throw new Error(`${tekniskNavn} is not a technical name of the 2021 information model`);
  return row.kategori ?? '-';
}

function item(tekniskNavn: string, beloep: number, spesifisering?: Spesifisering[]): Grunnlag {
  return {
    tekniskNavn,
    beloep: kroner(beloep),
    ...(spesifisering === undefined || spesifisering.length === 0 ? {} : { spesifisering }),
    kategori: kategori(tekniskNavn),
  };
}

interface Konto {
  readonly kontonummer: string;
  readonly bankensNavn: string;
  readonly organisasjonsnummer: string;
}

/**
 * The grunnlag items of `year`. Decisions (see README): items are left out when their amount is 0,
 * totals always appear; minstefradrag is one item (`minstefradragIInntekt`) covering salary and
 * pension; `nettoformue` is never negative; the dwelling is valued at 25 % of market value as a
 * primary home; a joint mortgage is specified with the whole loan and the person's share.
 */
export function buildGrunnlag(
  ctx: Context,
  profile: Profile,
  year: number,
  income: YearIncome,
  payerNames: ReadonlyMap<string, string>,
): Grunnlag[] {
  const pid = profile.personidentifikator;
  const inntekter: Grunnlag[] = [];
  const fradrag: Grunnlag[] = [];
  const formue: Grunnlag[] = [];
  const gjeld: Grunnlag[] = [];
  const payerName = (orgnr: string) => payerNames.get(orgnr) ?? `ARBEIDSGIVER ${orgnr}`;

  // Salary and pension: the sums of the monthly lines.
  const loennPerPayer = income.get(LOENN);
  const loenn = total(loennPerPayer);
  if (loenn !== 0) {
    inntekter.push(
      item(
        LOENN,
        loenn,
        [...(loennPerPayer ?? [])].map(([orgnr, beloep]) => ({
          type: 'LoennOgTilsvarendeYtelser',
          arbeidsgiversNavn: payerName(orgnr),
          organisasjonsnummer: orgnr,
          beloep: kroner(beloep),
        })),
      ),
    );
  }
  const pensjonPerPayer = income.get(PENSJON_FRA_FOLKETRYGDEN);
  const pensjon = total(pensjonPerPayer);
  if (pensjon !== 0) {
    inntekter.push(
      item(
        PENSJON_FRA_FOLKETRYGDEN,
        pensjon,
        [...(pensjonPerPayer ?? [])].map(([orgnr, beloep]) => ({
          type: 'KollektivPensjonsordning',
          pensjonsutbetalersNavn: payerName(orgnr),
          organisasjonsnummer: orgnr,
          pensjonsinntektPerSkattleggingsperiode: kroner(beloep),
        })),
      ),
    );
  }

  // Bank deposits and their interest: one Konto specification per account on both items.
  const age = ageAtYearEnd(profile, year);
  const kontoer: Spesifisering[] = [];
  let innskudd = 0;
  let renter = 0;
  for (const [i, account] of profile.accounts.entries()) {
    const rng = keyedRng(ctx.seed, pid, 'aar', year, 'konto', i);
    const life = account.kind === 'brukskonto' ? 1 : Math.min(1, 0.2 + Math.max(0, age - 18) / 25);
    const balance = Math.max(
      100,
      kroner(account.balanceRef * wageIndex(year) * life * between(rng, 0.6, 1.4)),
    );
    const rate =
      depositRate(year) * (account.kind === 'brukskonto' ? 0.2 : 1) * between(rng, 0.8, 1.1);
    const interest = kroner(balance * rate);
    const b = bank(ctx, account.bank);
    const konto: Konto = {
      kontonummer: account.kontonummer,
      bankensNavn: b.navn,
      organisasjonsnummer: b.organisasjonsnummer,
    };
    kontoer.push({ type: 'Konto', ...konto, innskudd: balance, opptjenteRenter: interest });
    innskudd += balance;
    renter += interest;
  }
  if (renter !== 0)
    inntekter.push(item('samledeOpptjenteRenterIInnenlandskeBanker', renter, kontoer));
  if (innskudd !== 0)
    formue.push(
      item(
        'samletInnskuddIInnenlandskeBanker',
        innskudd,
        kontoer.map((k) => ({ ...k })),
      ),
    );

  // Home and mortgage, from the year of purchase.
  const home = profile.home;
  let gjeldsrenter = 0;
  if (home !== undefined && year >= home.purchaseYear) {
    const share = home.eierandel / 100;
    const market = kroner(home.valueRef * houseIndex(year));
    const formuesverdi = kroner(market * PRIMAERBOLIG_SHARE);
    const andel = kroner(formuesverdi * share);
    formue.push(
      item('formuesverdiForPrimaerbolig', andel, [
        {
          type: 'Eiendom',
          kommunenummer: home.kommunenummer,
          gaardsnummer: home.gaardsnummer,
          bruksnummer: home.bruksnummer,
          gateadresse: home.gateadresse,
          husnummer: home.husnummer,
          postnummer: home.postnummer,
          poststedsnavn: home.poststedsnavn,
          formuesverdi,
          beregnetMarkedsverdiForBolig: market,
          eierandel: home.eierandel,
          formuesverdiForFormuesandel: andel,
        },
      ]),
    );
    const loan0 = home.loan * houseIndex(home.purchaseYear);
    const remaining = (after: number) => loan0 * Math.max(0, 1 - after / home.loanYears);
    const yearsPaid = year - home.purchaseYear;
    const endBalance = kroner(remaining(yearsPaid + 1));
    const interestTotal = kroner(
      ((remaining(yearsPaid) + remaining(yearsPaid + 1)) / 2) *
        mortgageRate(year) *
        (yearsPaid === 0 ? 0.5 : 1),
    );
    if (endBalance > 0 || interestTotal > 0) {
      const b = bank(ctx, home.loanBank);
      const konto = {
        type: 'Konto',
        kontonummer: home.loanKontonummer,
        bankensNavn: b.navn,
        organisasjonsnummer: b.organisasjonsnummer,
        gjeld: endBalance,
        paaloepteRenter: interestTotal,
        ...(home.eierandel === 100
          ? {}
          : {
              prosentandelAvGjeldOgPaaloepteRenter: home.eierandel,
              andelAvGjeld: kroner(endBalance * share),
              andelAvPaaloepteRenter: kroner(interestTotal * share),
            }),
      };
      if (endBalance > 0)
        gjeld.push(item('gjeldIInnenlandskeBanker', kroner(endBalance * share), [konto]));
      gjeldsrenter = kroner(interestTotal * share);
      if (gjeldsrenter > 0)
        fradrag.push(
          item('samledePaaloepteRenterPaaGjeldIInnenlandskeBanker', gjeldsrenter, [{ ...konto }]),
        );
    }
  }

  // Own car: valued from the list price, falling with age.
  const car = profile.car;
  if (car !== undefined && year >= car.aarForFoerstegangsregistrering) {
    const carAge = year - car.aarForFoerstegangsregistrering;
    const formuesverdi =
      Math.round((car.listepris * Math.max(0.1, 0.8 ** (carAge + 1))) / 100) * 100;
    formue.push(
      item('formuesverdiForKjoeretoey', formuesverdi, [
        {
          type: 'Kjoeretoey',
          registreringsnummer: car.registreringsnummer,
          fabrikatnavn: car.fabrikatnavn,
          aarForFoerstegangsregistrering: String(car.aarForFoerstegangsregistrering),
          formuesverdi,
        },
      ]),
    );
  }

  // Deductions.
  const mf = minstefradrag(year, loenn, pensjon);
  if (mf > 0) fradrag.unshift(item('minstefradragIInntekt', mf));
  if (profile.unionMember && loenn > 0) {
    fradrag.push(
      item(
        'fradragForFagforeningskontingent',
        Math.min(fagforeningMax(year), kroner(loenn * 0.012)),
      ),
    );
  }

  // Totals, consistent with their parts.
  const sumInntekter = inntekter.reduce((s, g) => s + g.beloep, 0);
  const sumFradrag = fradrag.reduce((s, g) => s + g.beloep, 0);
  const alminneligInntekt = sumInntekter - sumFradrag;
  const bruttoformue = formue.reduce((s, g) => s + g.beloep, 0);
  const samletGjeld = gjeld.reduce((s, g) => s + g.beloep, 0);
  return [
    ...inntekter,
    ...fradrag,
    ...formue,
    ...gjeld,
    item('sumInntekterIAlminneligInntektFoerFordelingsfradrag', sumInntekter),
    item('sumFradragIAlminneligInntekt', sumFradrag),
    item('alminneligInntektFoerSaerfradrag', alminneligInntekt),
    item(
      'samletGrunnlagForInntektsskattTilKommuneOgFylkeskommuneStatsskattOgFellesskatt',
      Math.max(0, alminneligInntekt),
    ),
    item('bruttoformue', bruttoformue),
    item('samletGjeld', samletGjeld),
    item('nettoformue', Math.max(0, bruttoformue - samletGjeld)),
  ];
}
