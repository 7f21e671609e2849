// Which income years a person has a tax assessment for, before the calendar says which are out.
import { FIRST_SSG_YEAR, yearOf } from './calendar.js';
import type { Profile } from './profile.js';

/** Income years a person has a tax assessment for, before the calendar says which are out yet. */
export function isTaxYear(profile: Profile, year: number): boolean {
  if (year < Math.max(FIRST_SSG_YEAR, profile.birthYear + 18)) return false;
  if (profile.kind === 'fnr') return true;
  // A D-nummer holder is taxed in Norway only in the years they work here.
  const job = profile.jobs[0];
  return (
    job !== undefined &&
    year >= yearOf(job.start) &&
    (job.end === undefined || year <= yearOf(job.end))
  );
}
