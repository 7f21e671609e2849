// A year's items as they are built: each concept becomes an item with its year's name (or none),
// filed under the total it counts towards (naming.ts's role), and the totals are the sums of
// those lists. One place decides "left out when 0 or when the year has no name".
import type { Grunnlag, Spesifisering } from '@skattedeling/summert-skattegrunnlag';
import { type Concept, type Role, roleOf } from './naming.js';
import type { YearModel } from './year-model.js';

export type ListRole = Exclude<Role, 'total'>;

const LIST_ROLES: readonly ListRole[] = [
  'inntekt',
  'fradrag',
  'formue',
  'rabatt',
  'gjeld',
  'info',
  'svalbard',
];

export interface Ledger {
  readonly model: YearModel;
  readonly year: number;
  /**
   * Adds the item of `concept` with the year's name, kategori and allowed specifications; left
   * out when the amount is 0 or the year has no name for the concept (naming.ts).
   */
  put(concept: Concept, beloep: number, spesifisering?: readonly Spesifisering[]): void;
  /** The amount of the concept's item in the body, 0 when there is none. */
  amount(concept: Concept): number;
  /** The sum of the items filed under a role. */
  sum(role: ListRole): number;
  items(role: ListRole): readonly Grunnlag[];
}

export function createLedger(model: YearModel): Ledger {
  const lists = new Map<ListRole, Grunnlag[]>(LIST_ROLES.map((r) => [r, []]));
  const amounts = new Map<Concept, number>();
  const listOf = (role: ListRole) => lists.get(role) as Grunnlag[];
  return {
    model,
    year: model.year,
    put(concept, beloep, spesifisering) {
      const role = roleOf(concept);
      if (beloep === 0 || role === 'total') return;
      const item = model.item(concept, beloep, spesifisering);
      if (item === undefined) return;
      listOf(role).push(item);
      amounts.set(concept, (amounts.get(concept) ?? 0) + item.beloep);
    },
    amount: (concept) => amounts.get(concept) ?? 0,
    sum: (role) => listOf(role).reduce((s, g) => s + g.beloep, 0),
    items: listOf,
  };
}

/**
 * The totals, consistent with their parts: sumInntekter… and sumFradrag… of the `inntekt` and
 * `fradrag` items, alminnelig inntekt før særfradrag their difference (it may be negative), the
 * income tax basis the same at least 0 (no særfradrag is generated), bruttoformue the `formue`
 * items less the valuation discounts, samletGjeld the debts, nettoformue at least 0. Totals
 * always appear when their year has them.
 */
export function totals(ledger: Ledger): Grunnlag[] {
  const inntekter = ledger.sum('inntekt');
  const fradrag = ledger.sum('fradrag');
  const formue = ledger.sum('formue') - ledger.sum('rabatt');
  const gjeld = ledger.sum('gjeld');
  const amounts: readonly (readonly [Concept, number])[] = [
    ['totalIncome', inntekter],
    ['totalDeductions', fradrag],
    ['ordinaryIncome', inntekter - fradrag],
    ['incomeTaxBasis', Math.max(0, inntekter - fradrag)],
    ['grossWealth', formue],
    ['totalDebt', gjeld],
    ['netWealth', Math.max(0, formue - gjeld)],
  ];
  const list: Grunnlag[] = [];
  for (const [concept, beloep] of amounts) {
    const item = ledger.model.item(concept, beloep);
    if (item !== undefined) list.push(item);
  }
  return list;
}

/** Body order: income, deductions, wealth, discounts, debt, the informative items, totals. */
export function mainlandItems(ledger: Ledger): Grunnlag[] {
  return [
    ...ledger.items('inntekt'),
    ...ledger.items('fradrag'),
    ...ledger.items('formue'),
    ...ledger.items('rabatt'),
    ...ledger.items('gjeld'),
    ...ledger.items('info'),
    ...totals(ledger),
  ];
}
