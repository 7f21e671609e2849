// The persons printed at start-up and used by tests: the fixture file's named persons (among them
// the shielded, deleted and unknown ones), one generated person of each household group found
// from the seed, a strictly confidential test person, a number with a wrong check digit, and a
// real-format number. The same seed and day give the same list.
import { personidentifikatorCheckDigits } from '@skattedeling/testdata';
import { monthIndex, osloDate } from './calendar.js';
import { type FoundPerson, PROFILES, type SearchDeps, searchPersons } from './finder.js';
import type { FixtureSet } from './fixtures.js';
import type { Household } from './households.js';
import { STRENGT_FORTROLIGE } from './identity.js';
import { isEmployedIn, type Profile } from './profile.js';

export interface DemoPerson {
  personidentifikator: string;
  beskrivelse: string;
  /** The household group of a generated person. */
  profile?: Household;
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

/**
 * The year the demo persons are shown in: last year once its first assessments are out (late
 * March), otherwise the year before.
 */
export function demoYear(now: Date): number {
  const { year, month } = osloDate(now);
  return month >= 4 ? year - 1 : year - 2;
}

/** The employee of the demo list owns a home with a mortgage, as the HTTP tests rely on. */
function homeWithMortgage(year: number): (p: Profile) => boolean {
  const mid = monthIndex(year, 6);
  return (p) =>
    p.jobs.some((j) => isEmployedIn(j, mid)) &&
    p.home !== undefined &&
    p.home.purchaseYear < year - 3 &&
    p.home.purchaseYear + p.home.loanYears > year;
}

export function demoPersons(deps: SearchDeps, fixtures: FixtureSet): DemoPerson[] {
  const year = demoYear(deps.at);
  const list: DemoPerson[] = [];
  for (const [pid, person] of fixtures.persons) {
    if (person.description !== undefined)
      list.push({ personidentifikator: pid, beskrivelse: person.description });
  }
  const add = (pid: string | undefined, beskrivelse: string, profile?: Household) => {
    if (pid !== undefined && !list.some((p) => p.personidentifikator === pid))
      list.push({
        personidentifikator: pid,
        beskrivelse,
        ...(profile === undefined ? {} : { profile }),
      });
  };
  const first = (found: FoundPerson[]) => found[0];
  for (const profile of PROFILES) {
    if (profile === 'child') continue;
    const found =
      profile === 'employee'
        ? first(searchPersons(deps, { profile, year, limit: 1 }, homeWithMortgage(year)))
        : first(searchPersons(deps, { profile, year, limit: 1 }));
    const what =
      profile === 'employee'
        ? 'employee with salary, bank deposits, a home and a mortgage'
        : found?.beskrivelse;
    add(found?.personidentifikator, `Generated (${profile}, ${year}): ${what}`, profile);
  }
  add(
    first(searchPersons(deps, { profile: 'child', limit: 1 }))?.personidentifikator,
    'Generated (child): under 18, no tax assessment and no income (SSG-008 / IM-008)',
    'child',
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
