// Wealth, debt and interest of a year: bank accounts, the home (perhaps in a housing
// cooperative), a holiday home, an own car, the loans (mortgages, the student loan) and debt in
// collection. Drawn from the profile and keys that add the year, so a year's amounts never depend
// on other years.
import { yearOf } from './calendar.js';
import { bank, type Context, LAANEKASSEN } from './context.js';
import { type Account, andel, kontoSpesifisering } from './konto.js';
import type { Ledger } from './ledger.js';
import {
  depositRate,
  forsinkelsesrente,
  houseIndex,
  mortgageRate,
  PRIMAERBOLIG_SHARE,
  studyLoanRate,
  wageIndex,
} from './parameters.js';
import { ageAtYearEnd, type Profile } from './profile.js';
import { between, kroner, scopedRng } from './random.js';

/** Deposits and their interest: one Konto specification per account on both items. */
export function bankAccounts(ctx: Context, profile: Profile, ledger: Ledger): void {
  const { year } = ledger;
  const age = ageAtYearEnd(profile, year);
  const accounts: Account[] = profile.accounts.map((account, i) => {
    const rng = scopedRng(profile.key, 'aar', year, 'konto', i);
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
  ledger.put('interestEarned', renter, specs());
  ledger.put('deposits', innskudd, specs());
}

/** A loan paid down in equal instalments from the year it was taken; half a year's interest then. */
function annuity(
  principal: number,
  fromYear: number,
  years: number,
  year: number,
  rate: number,
): { gjeld: number; renter: number } {
  const remaining = (after: number) => principal * Math.max(0, 1 - after / years);
  const paid = year - fromYear;
  return {
    gjeld: kroner(remaining(paid + 1)),
    renter: kroner(((remaining(paid) + remaining(paid + 1)) / 2) * rate * (paid === 0 ? 0.5 : 1)),
  };
}

function loanAccount(
  ctx: Context,
  bankIndex: number,
  kontonummer: string,
  amounts: { gjeld: number; renter: number },
  prosentandel: number,
): Account {
  const b = bank(ctx, bankIndex);
  return {
    kontonummer,
    bankensNavn: b.navn,
    organisasjonsnummer: b.organisasjonsnummer,
    innskudd: 0,
    opptjenteRenter: 0,
    gjeld: amounts.gjeld,
    paaloepteRenter: amounts.renter,
    prosentandel,
  };
}

/**
 * The student loan: about 7 000 kroner of each month studied (2024 level; Lånekassen lends
 * 60 % of the support, our rounding), interest-free while studying, then paid down over 20
 * years at Lånekassen's rate.
 */
function studyLoan(profile: Profile, year: number): Account | undefined {
  const studies = profile.studies;
  if (studies === undefined || year < yearOf(studies.from)) return undefined;
  const months = Math.min(studies.to, year * 12 + 11) - studies.from + 1;
  const borrowed = months * 7_000 * wageIndex(Math.min(year, yearOf(studies.to)));
  const done = yearOf(studies.to);
  const amounts =
    year <= done
      ? { gjeld: kroner(borrowed), renter: 0 }
      : annuity(borrowed, done + 1, 20, year, studyLoanRate(year));
  if (amounts.gjeld <= 0 && amounts.renter <= 0) return undefined;
  return {
    kontonummer: studies.kontonummer,
    bankensNavn: LAANEKASSEN.navn,
    organisasjonsnummer: LAANEKASSEN.organisasjonsnummer,
    innskudd: 0,
    opptjenteRenter: 0,
    gjeld: amounts.gjeld,
    paaloepteRenter: amounts.renter,
    prosentandel: 100,
  };
}

/** Every loan account of the year: the home's mortgage, the rented flat's, the student loan. */
function loans(ctx: Context, profile: Profile, year: number): Account[] {
  const list: Account[] = [];
  const { home, rental } = profile;
  if (home !== undefined && year >= home.purchaseYear) {
    const principal = home.loan * houseIndex(home.purchaseYear);
    const amounts = annuity(principal, home.purchaseYear, home.loanYears, year, mortgageRate(year));
    if (amounts.gjeld > 0 || amounts.renter > 0)
      list.push(loanAccount(ctx, home.loanBank, home.loanKontonummer, amounts, home.eierandel));
  }
  if (rental !== undefined && year >= rental.purchaseYear) {
    const principal = rental.loan * houseIndex(rental.purchaseYear);
    const amounts = annuity(
      principal,
      rental.purchaseYear,
      rental.loanYears,
      year,
      mortgageRate(year),
    );
    if (amounts.gjeld > 0 || amounts.renter > 0)
      list.push(loanAccount(ctx, rental.loanBank, rental.loanKontonummer, amounts, 100));
  }
  const student = studyLoan(profile, year);
  if (student !== undefined) list.push(student);
  return list;
}

/**
 * The home from the year of purchase, valued at 25 % of market value as a primary home, and the
 * year's loans; a joint loan is specified with the whole loan and the person's share.
 */
export function homeAndLoans(ctx: Context, profile: Profile, ledger: Ledger): void {
  const { year } = ledger;
  const home = profile.home;
  if (home !== undefined && year >= home.purchaseYear) {
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
    ledger.put('primaryHome', formuesandel, [eiendom]);
  }
  const accounts = loans(ctx, profile, year);
  ledger.put(
    'bankDebt',
    accounts.reduce((s, a) => s + andel(a, a.gjeld), 0),
    accounts.filter((a) => a.gjeld > 0).map((a) => kontoSpesifisering(year, a)),
  );
  ledger.put(
    'debtInterest',
    accounts.reduce((s, a) => s + andel(a, a.paaloepteRenter), 0),
    accounts.filter((a) => a.paaloepteRenter > 0).map((a) => kontoSpesifisering(year, a)),
  );
}

/**
 * The housing cooperative's share (borettslag): its common debt paid down 2 % a year, the
 * interest on it (deductible), and a little of its wealth and income; the owner's share.
 */
export function housingCoop(profile: Profile, ledger: Ledger): void {
  const { year } = ledger;
  const home = profile.home;
  if (home?.coop === undefined || year < home.purchaseYear) return;
  const share = home.eierandel / 100;
  const debt = kroner(
    home.coop.debt *
      houseIndex(home.purchaseYear) *
      Math.max(0.2, 1 - 0.02 * (year - home.purchaseYear)) *
      share,
  );
  ledger.put('housingCoopIncome', kroner(home.coop.income * share));
  ledger.put('housingCoopCosts', kroner(debt * mortgageRate(year)));
  ledger.put('housingCoopWealth', kroner(home.coop.wealth * share));
  ledger.put('housingCoopDebt', debt);
}

/**
 * A holiday home, valued at 30 % of its market value (our estimate; holiday homes keep the
 * low values assessed before 2010, raised by fixed percentages since).
 */
export function holidayHome(profile: Profile, ledger: Ledger): void {
  const cabin = profile.holidayHome;
  if (cabin === undefined || ledger.year < cabin.purchaseYear) return;
  ledger.put('holidayHome', kroner(cabin.valueRef * houseIndex(ledger.year) * 0.3));
}

/** Debt in collection, growing with fees, and the late-payment interest on it. */
export function collectionDebt(profile: Profile, ledger: Ledger): void {
  const c = profile.collection;
  const { year } = ledger;
  if (c === undefined || year < c.from || year > c.to) return;
  const rng = scopedRng(profile.key, 'inkasso', year);
  const debt = kroner(c.debt * (1 + 0.1 * (year - c.from)) * between(rng, 0.9, 1.1));
  ledger.put('collectionInterest', kroner(debt * forsinkelsesrente(year) * between(rng, 0.5, 1)));
  ledger.put('collectionDebt', debt);
}

/** An own car, valued from its list price, falling with age (at least 10 %). */
export function ownCar(profile: Profile, ledger: Ledger): void {
  const { year } = ledger;
  const car = profile.car;
  if (car === undefined || year < car.aarForFoerstegangsregistrering) return;
  const carAge = year - car.aarForFoerstegangsregistrering;
  const formuesverdi = Math.round((car.listepris * Math.max(0.1, 0.8 ** (carAge + 1))) / 100) * 100;
  ledger.put('vehicle', formuesverdi, [
    {
      type: 'Kjoeretoey',
      registreringsnummer: car.registreringsnummer,
      fabrikatnavn: car.fabrikatnavn,
      aarForFoerstegangsregistrering: String(car.aarForFoerstegangsregistrering),
      formuesverdi,
    },
  ]);
}
