// The `Konto` specification: which fields a bank account carries in which income year. The field
// lists are not published per year; the shapes follow the documentation's example bodies:
// - 2018–2020: deposit accounts `innskudd` and `opptjenteRenter`; loan accounts `gjeld` and
//   `paaloepteRenter`, the person's own part of a joint loan (the 2018 example shows no share
//   fields, and the pre-filled return split joint loans between the borrowers);
// - 2021–2023: a loan account also carries the whole loan with `prosentandelAvGjeldOgPaaloepteRenter`,
//   `andelAvGjeld` and `andelAvPaaloepteRenter`, also at 100 % (the 2021 field list; the 2023
//   example of the spesifisert page shows 100.0); deposit accounts as before (the 2023 V2 example);
// - from 2024: one shape for every account, deposit and debt fields together with the
//   `andelAv…` of each (the 2025 V2 example). 2024 because the tax return of income year 2024
//   already has `andelAvInnskudd` and `andelAvOpptjenteRenter` on its accounts (the Skattemelding
//   API example), and the specification is taken from the tax return. Fields an account has no
//   amount for are 0, so every Konto of a year has the same fields.
// 2017 publishes no specification types, so it has no Konto at all (year-model.ts drops it).
import type { Spesifisering } from '@skattedeling/summert-skattegrunnlag';
import { kroner } from './random.js';

export interface Account {
  readonly kontonummer: string;
  readonly bankensNavn: string;
  readonly organisasjonsnummer: string;
  /** Whole amounts of the account (for a joint loan: of the whole loan). */
  readonly innskudd: number;
  readonly opptjenteRenter: number;
  readonly gjeld: number;
  readonly paaloepteRenter: number;
  /** The person's share in percent (100 or 50); decimal in the API (`100.0`). */
  readonly prosentandel: number;
}

type KontoShape = 'separate' | 'debtShare' | 'combined';

function shapeOf(year: number): KontoShape {
  if (year >= 2024) return 'combined';
  if (year >= 2021) return 'debtShare';
  return 'separate';
}

/** The person's part of an amount of the account. */
export function andel(account: Account, amount: number): number {
  return kroner((amount * account.prosentandel) / 100);
}

/** The account as the year's `Konto` specification. */
export function kontoSpesifisering(year: number, account: Account): Spesifisering {
  // Object literals written out, not spread from a shared head: the same keys in the same order,
  // built without the generic copy a spread costs (this runs for every account of every body).
  const { kontonummer, bankensNavn, organisasjonsnummer } = account;
  const { innskudd, opptjenteRenter, gjeld, paaloepteRenter } = account;
  const isLoan = gjeld !== 0 || paaloepteRenter !== 0;
  const shape = shapeOf(year);
  if (shape === 'combined')
    // Field order as in the 2025 example body.
    return {
      type: 'Konto',
      kontonummer,
      bankensNavn,
      organisasjonsnummer,
      innskudd,
      opptjenteRenter,
      gjeld,
      paaloepteRenter,
      prosentandelAvGjeldOgPaaloepteRenter: account.prosentandel,
      andelAvGjeld: andel(account, gjeld),
      andelAvPaaloepteRenter: andel(account, paaloepteRenter),
      andelAvInnskudd: andel(account, innskudd),
      andelAvOpptjenteRenter: andel(account, opptjenteRenter),
    };
  if (!isLoan)
    return {
      type: 'Konto',
      kontonummer,
      bankensNavn,
      organisasjonsnummer,
      innskudd,
      opptjenteRenter,
    };
  if (shape === 'separate')
    return {
      type: 'Konto',
      kontonummer,
      bankensNavn,
      organisasjonsnummer,
      gjeld: andel(account, gjeld),
      paaloepteRenter: andel(account, paaloepteRenter),
    };
  return {
    type: 'Konto',
    kontonummer,
    bankensNavn,
    organisasjonsnummer,
    gjeld,
    paaloepteRenter,
    prosentandelAvGjeldOgPaaloepteRenter: account.prosentandel,
    andelAvGjeld: andel(account, gjeld),
    andelAvPaaloepteRenter: andel(account, paaloepteRenter),
  };
}
