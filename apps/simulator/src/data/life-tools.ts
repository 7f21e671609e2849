// Small steps the household groups use to change a draft profile (life.ts, life-benefits.ts).
import type { Rng } from '@skattedeling/testdata';
import { monthIndex } from './calendar.js';
import { REFERENCE_YEAR } from './households.js';
import type { Draft, Job, Period } from './profile.js';
import { chance, intBetween } from './random.js';

const REF_FROM = monthIndex(REFERENCE_YEAR, 1);
const REF_TO = monthIndex(REFERENCE_YEAR, 12);
/** The window of spells not drawn around the reference year: the months the APIs serve. */
const WINDOW_FROM = monthIndex(2015, 1);
const WINDOW_TO = monthIndex(2025, 12);

/**
 * The first month of a spell of `length` months: in six cases of ten it covers part of the
 * reference year, otherwise it lies anywhere in 2015–2025; never before `earliest`.
 */
export function spellStart(rng: Rng, length: number, earliest: number): number {
  const start = chance(rng, 0.6)
    ? intBetween(rng, REF_FROM - length + 1, REF_TO)
    : intBetween(rng, WINDOW_FROM, Math.max(WINDOW_FROM, WINDOW_TO - length + 1));
  return Math.max(start, earliest);
}

export function replaceJob(draft: Draft, index: number, change: Partial<Job>): void {
  draft.jobs = draft.jobs.map((job) => (job.index === index ? { ...job, ...change } : job));
}

/** Ends every job the month before `month` (a job that has not started by then is dropped). */
export function endJobsBefore(draft: Draft, month: number): void {
  draft.jobs = draft.jobs
    .filter((job) => job.start < month)
    .map((job) => (job.end === undefined || job.end >= month ? { ...job, end: month - 1 } : job));
}

export function pause(draft: Draft, period: Period): void {
  draft.pauses.push(period);
}
