// The fixture set: what fixture files pin, after checking (see fixtures.ts for the file format).
import type { OppgaveInntektsmottaker } from '@skattedeling/inntekt';
import type { Stadie, SummertSkattegrunnlag } from '@skattedeling/summert-skattegrunnlag';
import type { IncomeChange } from './profile.js';

export type { Stadie };

/** What a year, stage or month may be marked as instead of data. */
export type PeriodStatus = 'ingenData' | 'slettet' | 'skjermet';
/**
 * What a Summert skattegrunnlag year or stage may also be marked as: `publisert`, out whatever the
 * calendar says, with the generator's body (the Pact verifier pins "person X has Y oppgjoer" so).
 */
export type StageStatus = PeriodStatus | 'publisert';
/** What a person may be marked as. */
export type PersonStatus = 'ukjent' | 'skjermet';

export type StageFixture =
  | { readonly status: StageStatus }
  | { readonly body: SummertSkattegrunnlag };

export type MonthFixture =
  | { readonly status: PeriodStatus }
  | { readonly oppgaver: readonly OppgaveInntektsmottaker[] };

export interface PersonFixture {
  /** Shown in the demo list (demoPersons) and in logs. */
  readonly description: string | undefined;
  readonly status: PersonStatus | undefined;
  readonly incomeChanges: readonly IncomeChange[];
  /** Per income year and stage. */
  readonly summertSkattegrunnlag: ReadonlyMap<number, ReadonlyMap<Stadie, StageFixture>>;
  /** Per month index (see calendar.ts). */
  readonly inntekt: ReadonlyMap<number, MonthFixture>;
}

export interface FixtureSet {
  readonly persons: ReadonlyMap<string, PersonFixture>;
  /** The files the set was read from, for start-up logs. */
  readonly files: readonly string[];
}

export const emptyFixtureSet: FixtureSet = { persons: new Map(), files: [] };

/** Every problem of one fixture file, one per line: `file: key.path: problem (got value)`. */
export class FixtureError extends Error {
  override readonly name = 'FixtureError';
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}: invalid fixture file\n${problems.map((p) => `  ${file}: ${p}`).join('\n')}`);
  }
}
