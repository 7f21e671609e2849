// What a person owns and owes, drawn once per person: home (perhaps in a housing cooperative),
// car, bank accounts, investments, a rented-out flat, a holiday home, debt in collection and
// yearly deductions. The yearly amounts are drawn later (assets.ts, capital.ts).
import type { Rng } from '@skattedeling/testdata';
import { BANK_COUNT, bank, type Context, kontonummer, street } from './context.js';
import { REFERENCE_YEAR } from './households.js';
import type { Draft, Home, Investments, Rental } from './profile.js';
import { plate } from './profile.js';
import { between, chance, intBetween, scopedRng } from './random.js';

// Municipality numbers that did not change in the 2017–2025 reforms, so one number fits every
// income year.
const KOMMUNER = ['0301', '1103', '1106', '1804', '1833', '1813', '1820'] as const;

// Common makes on Norwegian roads. Drawn from a list, not from faker: faker costs more than the
// rest of a person-year, and the profile is built on every request.
const MAKES = [
  'Tesla',
  'Volkswagen',
  'Toyota',
  'Volvo',
  'Skoda',
  'Audi',
  'BMW',
  'Ford',
  'Nissan',
  'Hyundai',
  'Kia',
  'Mercedes-Benz',
  'Peugeot',
  'Mazda',
] as const;

const kommune = (rng: Rng) => KOMMUNER[intBetween(rng, 0, KOMMUNER.length - 1)] as string;

/**
 * Home, car and accounts from the profile's generator, in the order they were always drawn, so a
 * person keeps the home and car of earlier releases. About two in three (not D-nummer) buy a home
 * between 26 and 40; about half own a car unless the employer provides one.
 */
export function drawAssets(ctx: Context, draft: Draft, rng: Rng, totalRef: number): void {
  const isD = draft.kind === 'dnr';
  if (!isD && chance(rng, 0.65)) {
    const purchaseYear = draft.birthYear + intBetween(rng, 26, 40);
    const valueRef = Math.round((totalRef * between(rng, 3.5, 6)) / 10_000) * 10_000;
    const eierandel = chance(rng, 0.45) ? 50 : 100;
    const loanBank = intBetween(rng, 0, BANK_COUNT - 1);
    const kommunenummer = kommune(rng);
    const gaardsnummer = String(intBetween(rng, 1, 300));
    const bruksnummer = String(intBetween(rng, 1, 900));
    const loan = Math.round(valueRef * between(rng, 0.6, 0.85));
    const loanYears = intBetween(rng, 20, 30);
    const loanKontonummer = kontonummer(rng, bank(ctx, loanBank).registernummer);
    const addressRng = scopedRng(draft.key, 'bolig');
    const s = street(ctx, intBetween(addressRng, 0, ctx.streets.length - 1));
    draft.home = {
      purchaseYear,
      valueRef,
      eierandel,
      kommunenummer,
      gaardsnummer,
      bruksnummer,
      gateadresse: s.gateadresse,
      husnummer: String(intBetween(addressRng, 1, 120)),
      postnummer: s.postnummer,
      poststedsnavn: s.poststed,
      loan,
      loanYears,
      loanBank,
      loanKontonummer,
      coop: housingCoop(addressRng, valueRef),
    };
  }
  const hasCompanyCar = draft.jobs.some((j) => j.companyCar !== undefined);
  if (!isD && !hasCompanyCar && chance(rng, 0.55)) {
    const firstReg = Math.max(draft.birthYear + 18, 2000) + intBetween(rng, 0, 15);
    const registreringsnummer = plate(rng);
    const make = scopedRng(draft.key, 'bil');
    draft.car = {
      registreringsnummer,
      fabrikatnavn: MAKES[intBetween(make, 0, MAKES.length - 1)] as string,
      aarForFoerstegangsregistrering: firstReg,
      listepris: intBetween(rng, 20, 70) * 10_000,
    };
  }
  const mainBank = intBetween(rng, 0, BANK_COUNT - 1);
  draft.accounts.push({
    kind: 'brukskonto',
    bank: mainBank,
    kontonummer: kontonummer(rng, bank(ctx, mainBank).registernummer),
    balanceRef: intBetween(rng, 5, 60) * 1_000,
  });
  if (!isD && chance(rng, 0.6)) {
    const savingsBank = chance(rng, 0.7) ? mainBank : intBetween(rng, 0, BANK_COUNT - 1);
    draft.accounts.push({
      kind: 'sparekonto',
      bank: savingsBank,
      kontonummer: kontonummer(rng, bank(ctx, savingsBank).registernummer),
      balanceRef: Math.round((totalRef * between(rng, 0.05, 1.2)) / 1_000) * 1_000,
    });
  }
}

/**
 * About one home in five is a cooperative flat (borettslag): its owner carries a share of the
 * cooperative's common debt, deducts their share of its interest and has a little of its wealth
 * and income. SSB: 14 % of dwellings are in cooperatives, more in towns; our 20 % is an estimate.
 */
function housingCoop(rng: Rng, valueRef: number): Home['coop'] {
  if (!chance(rng, 0.2)) return undefined;
  return {
    debt: Math.round((valueRef * between(rng, 0.1, 0.45)) / 1_000) * 1_000,
    wealth: intBetween(rng, 1, 25) * 1_000,
    income: intBetween(rng, 0, 40) * 100,
  };
}

/**
 * Investments, a rented-out flat, a holiday home and yearly deductions: the investor and the
 * landlord groups have the large ones; anyone may have small fund savings (our estimate: one
 * adult in four), a holiday home (15 % from 40; SSB counts some 440 000 holiday homes) and the
 * deductions. Drawn from their own key, so they move no other draw.
 */
export function drawWealth(ctx: Context, draft: Draft, totalRef: number): void {
  if (draft.kind === 'dnr') return;
  const rng = scopedRng(draft.key, 'formue');
  const age = REFERENCE_YEAR - draft.birthYear;
  if (draft.household === 'investor') draft.investments = largeInvestments(ctx, rng, totalRef);
  else if (age >= 25 && chance(rng, 0.25))
    draft.investments = {
      shares: 0,
      funds: intBetween(rng, 10, 300) * 1_000,
      tradeChance: 0.1,
      ask: undefined,
    };
  if (draft.household === 'landlord') draft.rental = rental(ctx, rng, draft.birthYear, totalRef);
  if (age >= 40 && chance(rng, 0.15))
    draft.holidayHome = {
      purchaseYear: draft.birthYear + intBetween(rng, 30, 55),
      valueRef: intBetween(rng, 80, 400) * 10_000,
    };
  const working = draft.jobs.length > 0;
  draft.deductions = {
    // IPS savings are for those who think of retirement: from 30 here (our choice).
    ips:
      age >= 30 && chance(rng, draft.household === 'investor' ? 0.4 : 0.06)
        ? intBetween(rng, 5, 40) * 1_000
        : 0,
    travel: working && chance(rng, 0.07) ? intBetween(rng, 5, 45) * 1_000 : 0,
    gifts: chance(rng, 0.15) ? intBetween(rng, 5, 250) * 100 : 0,
  };
}

function largeInvestments(ctx: Context, rng: Rng, totalRef: number): Investments {
  const wealth = totalRef * between(rng, 0.5, 5);
  const askBank = intBetween(rng, 0, BANK_COUNT - 1);
  const hasAsk = chance(rng, 0.7);
  return {
    shares: Math.round((wealth * between(rng, 0.2, 0.6)) / 1_000) * 1_000,
    funds: Math.round((wealth * between(rng, 0.1, 0.4)) / 1_000) * 1_000,
    tradeChance: 0.6,
    ask: hasAsk
      ? {
          shares: Math.round((wealth * between(rng, 0.05, 0.3)) / 1_000) * 1_000,
          cash: intBetween(rng, 1, 60) * 1_000,
          bank: askBank,
          kontonummer: kontonummer(rng, bank(ctx, askBank).registernummer),
          closed: chance(rng, 0.15) ? intBetween(rng, 2017, 2025) : undefined,
        }
      : undefined,
  };
}

function rental(ctx: Context, rng: Rng, birthYear: number, totalRef: number): Rental {
  const valueRef = Math.round((totalRef * between(rng, 2.5, 5)) / 10_000) * 10_000;
  const loanBank = intBetween(rng, 0, BANK_COUNT - 1);
  return {
    purchaseYear: Math.min(2022, Math.max(2005, birthYear + intBetween(rng, 28, 50))),
    valueRef,
    // Rent less costs (not interest, which is deducted as debt interest): 3–6 % of the value.
    rentRef: Math.round((valueRef * between(rng, 0.03, 0.06)) / 100) * 100,
    loan: Math.round(valueRef * between(rng, 0.4, 0.75)),
    loanYears: intBetween(rng, 15, 25),
    loanBank,
    loanKontonummer: kontonummer(rng, bank(ctx, loanBank).registernummer),
    kommunenummer: kommune(rng),
    gaardsnummer: String(intBetween(rng, 1, 300)),
    bruksnummer: String(intBetween(rng, 1, 900)),
  };
}
