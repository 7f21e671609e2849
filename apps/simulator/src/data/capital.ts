// Income and wealth from capital of a year: the sole proprietorship and the SDF share, shares,
// funds and the aksjesparekonto, and a rented-out flat. Shareholder income (dividends, gains,
// losses, SDF distributions) carries its `oppjustertTillegg…` item: the amount × (factor − 1), a
// gain's and a dividend's added to income, a loss's to the deductions. Amounts are drawn from keys
// that add the year, so a year never depends on another.
import type { Spesifisering } from '@skattedeling/summert-skattegrunnlag';
import { bank, type Context } from './context.js';
import type { Ledger } from './ledger.js';
import type { Concept } from './naming.js';
import {
  houseIndex,
  oppjusteringsfaktor,
  sekundaerboligShare,
  shareIndex,
  verdsettingsrabatt,
  wageIndex,
} from './parameters.js';
import type { Investments, Profile } from './profile.js';
import { between, chance, kroner, type Rng, scopedRng } from './random.js';

/**
 * The sole proprietorship's own result of `year` before NAV's benefits (which the a-ordning
 * reports as næringsinntekt): 0 without a business, a loss in about one year in eight, half a
 * year's result in the first year.
 */
export function businessResult(profile: Profile, year: number): number {
  const b = profile.business;
  if (b === undefined || year < b.from) return 0;
  const rng = scopedRng(profile.key, 'naering', year);
  if (chance(rng, 0.12)) return -kroner(between(rng, 20_000, 150_000) * wageIndex(year));
  return kroner(
    b.resultRef * wageIndex(year) * between(rng, 0.6, 1.4) * (year === b.from ? 0.5 : 1),
  );
}

/**
 * The surplus (or deficit) of the sole proprietorship: its own result plus the næringsinntekt
 * lines of the year (`reported`); personinntekt is the surplus less an estimated skjermingsfradrag
 * of 3 % (our estimate). Then the SDF share.
 */
export function business(profile: Profile, ledger: Ledger, reported: number): void {
  const result = businessResult(profile, ledger.year) + reported;
  if (result > 0) {
    ledger.put('businessSurplus', result, [
      {
        type: 'Naeringsopplysninger',
        naeringstype: 'annenNaering',
        naeringsinntektTilordnetInnehaver: result,
      },
    ]);
    ledger.put('businessPersonalIncome', kroner(result * 0.97));
  } else ledger.put('businessDeficit', -result);
  partnership(profile, ledger);
}

/**
 * The SDF (ANS/DA) share: the participant's share of the surplus (a deficit in one year in ten),
 * the work remuneration as personinntekt (80 % of the surplus, our estimate), distributions beyond
 * the skjermingsfradrag in three years of five (`tillegg i alminnelig inntekt`, oppjustert), and
 * the share of the company's net wealth with its valuation discount.
 */
function partnership(profile: Profile, ledger: Ledger): void {
  const business = profile.business;
  const p = business?.partnership;
  const { year } = ledger;
  if (business === undefined || p === undefined || year < business.from) return;
  const rng = scopedRng(profile.key, 'sdf', year);
  const index = wageIndex(year);
  if (chance(rng, 0.1))
    ledger.put('partnershipDeficit', kroner(between(rng, 10_000, 80_000) * index));
  else {
    const surplus = kroner(p.surplusRef * index * between(rng, 0.5, 1.5));
    ledger.put('partnershipSurplus', surplus);
    ledger.put('partnershipPersonalIncome', kroner(surplus * 0.8));
  }
  if (chance(rng, 0.6)) {
    const distribution = kroner(p.surplusRef * index * between(rng, 0.1, 0.5));
    ledger.put('partnershipDistribution', distribution);
    ledger.put('partnershipDistributionUplift', uplift(distribution, year));
  }
  const wealth = kroner(p.wealthRef * index);
  ledger.put('partnershipWealth', wealth);
  ledger.put('partnershipDiscount', kroner(wealth * verdsettingsrabatt(year)));
}

const uplift = (amount: number, year: number) => kroner(amount * (oppjusteringsfaktor(year) - 1));

type Realisation = readonly [
  gain: Concept,
  gainUplift: Concept,
  loss: Concept,
  lossUplift: Concept,
];

/** A sale of part of a holding: a gain in two cases of three, else a loss, each with its uplift. */
function realise(
  ledger: Ledger,
  rng: Rng,
  value: number,
  [gain, gainUp, loss, lossUp]: Realisation,
): void {
  const amount = kroner(value * between(rng, 0.02, 0.2));
  const isGain = chance(rng, 0.65);
  ledger.put(isGain ? gain : loss, amount);
  ledger.put(isGain ? gainUp : lossUp, uplift(amount, ledger.year));
}

/** A holding's value in the year: its 2024 value moved by the share index and a little noise. */
const valued = (ref: number, year: number, rng: Rng) =>
  kroner(ref * shareIndex(year) * between(rng, 0.85, 1.15));

/**
 * Shares (dividends of 2–6 %, taxed after a skjermingsfradrag we put at a fifth), equity funds
 * (dividends in one year of five), sales in some years, the aksjesparekonto (a taxable gain when
 * more than the deposits is withdrawn, a gain or loss when closed), and the wealth with its
 * valuation discounts and their sum.
 */
export function investments(ctx: Context, profile: Profile, ledger: Ledger): void {
  const inv = profile.investments;
  const { year } = ledger;
  if (inv === undefined) return;
  const rng = scopedRng(profile.key, 'kapital', year);
  const rabatt = verdsettingsrabatt(year);
  if (inv.shares > 0) {
    const value = valued(inv.shares, year, rng);
    const dividend = kroner(value * between(rng, 0.02, 0.06) * 0.8);
    ledger.put('shareDividend', dividend);
    ledger.put('shareDividendUplift', uplift(dividend, year));
    if (chance(rng, inv.tradeChance))
      realise(ledger, rng, value, ['shareGain', 'shareGainUplift', 'shareLoss', 'shareLossUplift']);
    ledger.put('shareWealth', value);
    ledger.put('shareDiscount', kroner(value * rabatt));
  }
  if (inv.funds > 0) {
    const value = valued(inv.funds, year, rng);
    if (chance(rng, 0.2)) {
      const dividend = kroner(value * between(rng, 0.01, 0.03));
      ledger.put('fundDividend', dividend);
      ledger.put('fundDividendUplift', uplift(dividend, year));
    }
    if (chance(rng, inv.tradeChance))
      realise(ledger, rng, value, ['fundGain', 'fundGainUplift', 'fundLoss', 'fundLossUplift']);
    if (inv.tradeChance >= 0.5 && chance(rng, 0.5))
      ledger.put('fundFee', kroner(value * between(rng, 0.001, 0.004)));
    ledger.put('fundWealth', value);
    ledger.put('fundDiscount', kroner(value * rabatt));
  }
  aksjesparekonto(ctx, inv, ledger, rng);
  ledger.put('discountTotal', ledger.sum('rabatt'));
}

function aksjesparekonto(ctx: Context, inv: Investments, ledger: Ledger, rng: Rng): void {
  const ask = inv.ask;
  const { year } = ledger;
  if (ask === undefined || (ask.closed !== undefined && year > ask.closed)) return;
  const closing = year === ask.closed;
  const shares = closing ? 0 : valued(ask.shares, year, rng);
  const cash = closing ? 0 : kroner(ask.cash * between(rng, 0.5, 1.5));
  const b = bank(ctx, ask.bank);
  const spec = (): Spesifisering => ({
    type: 'Aksjesparekonto',
    finansinstitusjonNavn: b.navn,
    finansinstitusjonOrganisasjonsnummer: b.organisasjonsnummer,
    kontonummer: ask.kontonummer,
    verdiFoerVerdsettingsrabattForAksjedel: shares,
    formuesverdiForKontanter: cash,
  });
  if (closing || chance(rng, 0.08)) {
    const amount = kroner(ask.shares * shareIndex(year) * between(rng, 0.03, 0.3));
    const isGain = !closing || chance(rng, 0.7);
    ledger.put(isGain ? 'askGain' : 'askLoss', amount, isGain ? [spec()] : []);
    ledger.put(isGain ? 'askGainUplift' : 'askLossUplift', uplift(amount, year));
  }
  ledger.put('askCash', cash, [spec()]);
  ledger.put('askShares', shares, [spec()]);
  ledger.put('askDiscount', kroner(shares * verdsettingsrabatt(year)));
}

/**
 * The rented-out flat: a secondary home valued at the year's share of its market value, and the
 * rent less costs (interest is deducted as debt interest); a deficit in about one year in ten
 * (repairs), half a year's rent in the year of purchase.
 */
export function rental(profile: Profile, ledger: Ledger): void {
  const r = profile.rental;
  const { year } = ledger;
  if (r === undefined || year < r.purchaseYear) return;
  const rng = scopedRng(profile.key, 'utleie', year);
  const formuesverdi = kroner(r.valueRef * houseIndex(year) * sekundaerboligShare(year));
  ledger.put('secondaryHome', formuesverdi, [
    {
      type: 'Eiendom',
      kommunenummer: r.kommunenummer,
      gaardsnummer: r.gaardsnummer,
      bruksnummer: r.bruksnummer,
      formuesverdi,
      eierandel: 100,
      formuesverdiForFormuesandel: formuesverdi,
    },
  ]);
  if (chance(rng, 0.1))
    ledger.put('rentalDeficit', kroner(between(rng, 20_000, 120_000) * houseIndex(year)));
  else
    ledger.put(
      'rentalSurplus',
      kroner(
        r.rentRef * houseIndex(year) * between(rng, 0.7, 1.2) * (year === r.purchaseYear ? 0.5 : 1),
      ),
    );
}
