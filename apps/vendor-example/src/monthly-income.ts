// Monthly income from the a-ordning (Inntekt API), for housing support: what the person was paid
// in cash per month in the last complete months.
//
// Counted: income lines with fordel `kontantytelse` (salary, benefits, pensions paid as money),
// and lines without `fordel` (optional since the 2025 revision; cash is by far the common case).
// Not counted: `naturalytelse` (a company car is taxable but pays no rent) and
// `utgiftsgodtgjoerelse` (reimbursed expenses are not income).
import type { Inntekter } from '@skattedeling/inntekt';
import { type Maaned, type Maanedsperiode, maanederIPerioden } from '@skattedeling/inntekt';

export interface MonthlyIncome {
  readonly maaneder: readonly { readonly maaned: Maaned; readonly beloep: number }[];
  /** Cash lines without a kalendermaaned (optional since 2025): counted in the total only. */
  readonly utenMaaned: number;
  readonly sum: number;
  /** `sum` divided by the number of months in the period, rounded to whole kroner. */
  readonly snittPerMaaned: number;
}

export function monthlyIncome(
  inntekter: Inntekter | undefined,
  periode: Maanedsperiode,
): MonthlyIncome {
  const months = maanederIPerioden(periode);
  const byMonth = new Map<string, number>(months.map((m) => [m, 0]));
  let utenMaaned = 0;
  for (const oppgave of inntekter?.oppgaveInntektsmottaker ?? []) {
    const cash = oppgave.inntekt
      .filter((line) => line.fordel === undefined || line.fordel === 'kontantytelse')
      .reduce((sum, line) => sum + (line.beloep ?? 0), 0);
    const maaned = oppgave.kalendermaaned;
    if (maaned !== undefined && byMonth.has(maaned))
      byMonth.set(maaned, (byMonth.get(maaned) ?? 0) + cash);
    else utenMaaned += cash;
  }
  const maaneder = months.map((maaned) => ({
    maaned,
    beloep: Math.round(byMonth.get(maaned) ?? 0),
  }));
  const sum = maaneder.reduce((s, m) => s + m.beloep, 0) + Math.round(utenMaaned);
  return {
    maaneder,
    utenMaaned: Math.round(utenMaaned),
    sum,
    snittPerMaaned: Math.round(sum / months.length),
  };
}
