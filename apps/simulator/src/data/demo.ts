// The persons printed at start-up and used by tests: the fixture file's named persons, then a few
// generated ones of each kind, found by trying synthetic numbers from the seed in order. The same
// seed and day give the same list.
import {
  createRng,
  parsePersonidentifikator,
  personidentifikatorCheckDigits,
  type SyntheticPersonOptions,
  syntheticDNummer,
  syntheticFoedselsnummer,
} from '@skattedeling/testdata';
import { monthIndex, osloDate } from './calendar.js';
import type { Context } from './context.js';
import type { FixtureSet } from './fixtures.js';
import { STRENGT_FORTROLIGE } from './identity.js';
import { buildProfile, isEmployedIn, type Profile } from './profile.js';

export interface DemoPerson {
  personidentifikator: string;
  beskrivelse: string;
}

const TRIES = 400;

function find(
  ctx: Context,
  kind: string,
  make: (source: () => number, options: SyntheticPersonOptions) => string,
  options: SyntheticPersonOptions,
  wanted: (profile: Profile) => boolean,
): string | undefined {
  for (let i = 0; i < TRIES; i++) {
    const pid = make(createRng('skattedeling-simulator/demo', ctx.seed, kind, i), options);
    const info = parsePersonidentifikator(pid);
    if (info.ok && wanted(buildProfile(ctx, info, []))) return pid;
  }
  return undefined;
}

/**
 * An identifier in the real (non-synthetic) format with valid check digits whose birth date lies
 * in 2038: it cannot belong to anyone alive, and the simulator answers it as unknown.
 */
function realFormatNumber(): string {
  for (let individnummer = 500; individnummer < 1000; individnummer++) {
    const first9 = `010138${individnummer}`;
    const check = personidentifikatorCheckDigits(first9);
    if (check !== undefined) return `${first9}${check}`;
  }
  throw new Error('no valid number for 1 January 2038');
}

export function demoPersons(ctx: Context, fixtures: FixtureSet, now: Date): DemoPerson[] {
  const { year } = osloDate(now);
  const date = (y: number) => `${y}-01-01`;
  const lastYearMid = monthIndex(year - 1, 6);
  const works = (p: Profile) => p.jobs.some((j) => isEmployedIn(j, lastYearMid));
  const list: DemoPerson[] = [];
  for (const [pid, person] of fixtures.persons) {
    if (person.description !== undefined)
      list.push({ personidentifikator: pid, beskrivelse: person.description });
  }
  const add = (pid: string | undefined, beskrivelse: string) => {
    if (pid !== undefined && !list.some((p) => p.personidentifikator === pid))
      list.push({ personidentifikator: pid, beskrivelse });
  };
  add(
    find(
      ctx,
      'bolig',
      syntheticFoedselsnummer,
      { bornFrom: date(year - 55), bornTo: date(year - 32) },
      (p) =>
        works(p) &&
        p.home !== undefined &&
        p.home.purchaseYear < year - 3 &&
        p.home.purchaseYear + p.home.loanYears > year,
    ),
    'Generated: employee with salary, bank deposits, a home and a mortgage',
  );
  add(
    find(
      ctx,
      'to-arbeidsgivere',
      syntheticFoedselsnummer,
      { bornFrom: date(year - 50), bornTo: date(year - 28) },
      (p) => p.jobs.length === 2 && p.jobs.every((j) => isEmployedIn(j, lastYearMid)),
    ),
    'Generated: employee with two employers (two Inntekt reports a month)',
  );
  add(
    find(
      ctx,
      'pensjonist',
      syntheticFoedselsnummer,
      { bornFrom: '1940-01-01', bornTo: '1950-12-31' },
      () => true,
    ),
    'Generated: pensioner with old-age pension from NAV',
  );
  add(
    find(
      ctx,
      'ung',
      syntheticFoedselsnummer,
      { bornFrom: date(year - 16), bornTo: date(year - 10) },
      () => true,
    ),
    'Generated: under 18, no tax assessment and no income (SSG-008 / IM-008)',
  );
  add(
    find(ctx, 'dnummer', syntheticDNummer, { bornFrom: '1975-01-01', bornTo: '1995-12-31' }, works),
    'Generated: D-nummer, foreign worker taxed in Norway only while working here',
  );
  add(STRENGT_FORTROLIGE[0], 'Skjermet: strictly confidential address (Skatteetaten test list)');
  add(
    `${(STRENGT_FORTROLIGE[0] as string).slice(0, 10)}5`,
    'Unknown: wrong check digit (SSG-007 / IM-007)',
  );
  add(
    realFormatNumber(),
    'Unknown: real-format (non-synthetic) number; the simulator holds no real persons',
  );
  return list;
}
