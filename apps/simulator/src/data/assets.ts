// Wealth, debt and interest of a year: bank accounts, the home and its mortgage, an own car. Drawn
// from the profile and keys that add the year, so a year's amounts never depend on other years.
import type { Grunnlag } from '@skattedeling/summert-skattegrunnlag';
import { bank, type Context } from './context.js';
import { type Account, andel, kontoSpesifisering } from './konto.js';
import {
  depositRate,
  houseIndex,
  mortgageRate,
  PRIMAERBOLIG_SHARE,
  wageIndex,
} from './parameters.js';
import { ageAtYearEnd, type Profile } from './profile.js';
import { between, keyedRng, kroner } from './random.js';
import type { YearModel } from './year-model.js';

/** A year's items by the total they count towards, in body order. */
export interface Items {
  readonly inntekter: Grunnlag[];
  readonly fradrag: Grunnlag[];
  readonly formue: Grunnlag[];
  readonly gjeld: Grunnlag[];
}

/** Adds an item unless the year has no name for it (see naming.ts). */
export function add(list: Grunnlag[], item: Grunnlag | undefined): void {
  if (item !== undefined) list.push(item);
}

/** Deposits and their interest: one Konto specification per account on both items. */
export function bankAccounts(ctx: Context, profile: Profile, model: YearModel, items: Items): void {
  const { year } = model;
  const age = ageAtYearEnd(profile, year);
  const accounts: Account[] = profile.accounts.map((account, i) => {
    const rng = keyedRng(ctx.seed, profile.personidentifikator, 'aar', year, 'konto', i);
    const life = account.kind === 'brukskonto' ? 1 : Math.min(1, 0.2 + Math.max(0, age - 18) / 25);
    const balance = Math.max(
      100,
      kroner(account.balanceRef * wageIndex(year) * life * between(rng, 0.6, 1.4)),
    );
    const rate =
      depositRate(year) * (account.kind === 'brukskonto' ? 0.2 : 1) * between(rng, 0.8, 1.1);
    const b = bank(ctx, account.bank);
    return {
      kontonummer: account.kontonummer,
      bankensNavn: b.navn,
      organisasjonsnummer: b.organisasjonsnummer,
      innskudd: balance,
      opptjenteRenter: kroner(balance * rate),
      gjeld: 0,
      paaloepteRenter: 0,
      prosentandel: 100,
    };
  });
  const innskudd = accounts.reduce((s, a) => s + andel(a, a.innskudd), 0);
  const renter = accounts.reduce((s, a) => s + andel(a, a.opptjenteRenter), 0);
  // Each item gets its own specification objects, so no two items share (and a caller that
  // edits one cannot change) the same object.
  const specs = () => accounts.map((a) => kontoSpesifisering(year, a));
  if (renter !== 0) add(items.inntekter, model.item('interestEarned', renter, specs()));
  if (innskudd !== 0) add(items.formue, model.item('deposits', innskudd, specs()));
}

/**
 * The home from the year of purchase, valued at 25 % of market value as a primary home, and its
 * mortgage; a joint loan is specified with the whole loan and the person's share.
 */
export function homeAndMortgage(
  ctx: Context,
  profile: Profile,
  model: YearModel,
  items: Items,
): void {
  const { year } = model;
  const home = profile.home;
  if (home === undefined || year < home.purchaseYear) return;
  const market = kroner(home.valueRef * houseIndex(year));
  const formuesverdi = kroner(market * PRIMAERBOLIG_SHARE);
  const formuesandel = kroner((formuesverdi * home.eierandel) / 100);
  const eiendom = {
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
    formuesverdiForFormuesandel: formuesandel,
  };
  add(items.formue, model.item('primaryHome', formuesandel, [eiendom]));

  // Equal instalments from the year of purchase; half a year's interest in that year.
  const loan0 = home.loan * houseIndex(home.purchaseYear);
  const remaining = (after: number) => loan0 * Math.max(0, 1 - after / home.loanYears);
  const yearsPaid = year - home.purchaseYear;
  const gjeld = kroner(remaining(yearsPaid + 1));
  const paaloepteRenter = kroner(
    ((remaining(yearsPaid) + remaining(yearsPaid + 1)) / 2) *
      mortgageRate(year) *
      (yearsPaid === 0 ? 0.5 : 1),
  );
  if (gjeld <= 0 && paaloepteRenter <= 0) return;
  const b = bank(ctx, home.loanBank);
  const loan: Account = {
    kontonummer: home.loanKontonummer,
    bankensNavn: b.navn,
    organisasjonsnummer: b.organisasjonsnummer,
    innskudd: 0,
    opptjenteRenter: 0,
    gjeld,
    paaloepteRenter,
    prosentandel: home.eierandel,
  };
  if (gjeld > 0)
    add(items.gjeld, model.item('bankDebt', andel(loan, gjeld), [kontoSpesifisering(year, loan)]));
  const renter = andel(loan, paaloepteRenter);
  if (renter > 0)
    add(items.fradrag, model.item('debtInterest', renter, [kontoSpesifisering(year, loan)]));
}

/** An own car, valued from its list price, falling with age (at least 10 %). */
export function ownCar(profile: Profile, model: YearModel, items: Items): void {
  const { year } = model;
  const car = profile.car;
  if (car === undefined || year < car.aarForFoerstegangsregistrering) return;
  const carAge = year - car.aarForFoerstegangsregistrering;
  const formuesverdi = Math.round((car.listepris * Math.max(0.1, 0.8 ** (carAge + 1))) / 100) * 100;
  add(
    items.formue,
    model.item('vehicle', formuesverdi, [
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
