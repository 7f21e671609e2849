// The groups whose life turns on a benefit from NAV: uføretrygd, AAP, dagpenger, overgangsstønad
// and the survivors' benefits. Levels follow NAV's rules in G (rounded, plausible; not a benefit
// calculator): AAP 66 % of the earlier pay, at least 2 G; uføretrygd 66 %, at least 2.28 G;
// dagpenger 62.4 %; each counting pay up to 6 G.
import type { Rng } from '@skattedeling/testdata';
import { monthIndex } from './calendar.js';
import { REFERENCE_YEAR } from './households.js';
import { endJobsBefore, pause, spellStart } from './life-tools.js';
import type { Draft, Spell } from './profile.js';
import { between, chance, intBetween, weighted } from './random.js';

/** G in 2024: salaries in the profile are at the 2024 level, so this turns pay into G. */
export const G_2024 = 124_028;

export function payInG(pay: number): number {
  return pay / G_2024;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function earlierPay(draft: Draft): number {
  return payInG(draft.jobs[0]?.salaryRef ?? 2.5 * G_2024);
}

const aapLevel = (draft: Draft) => clamp(0.66 * earlierPay(draft), 2, 3.96);

export function benefitLife(draft: Draft, rng: Rng): void {
  if (draft.kind === 'dnr') return;
  // Other groups (employee, investor, landlord, child) keep the common life course.
  const plan: Partial<Record<Draft['household'], (d: Draft, r: Rng) => void>> = {
    disability,
    workAssessment,
    unemployed,
    singleParent,
    // Up to 25 in 2024, so some turned 18 (and had their first assessment) in 2017.
    survivor: (d, r) => (REFERENCE_YEAR - d.birthYear <= 25 ? childPension(d, r) : widowed(d, r)),
  };
  plan[draft.household]?.(draft, rng);
}

const overlapsAny = (draft: Draft, from: number, to: number) =>
  [...draft.pauses, ...draft.spells].some((p) => p.from <= to && p.to >= from);

/**
 * Ill from an age of 30–60 (by mid-2024): one to three years of AAP, then uføretrygd until 67,
 * when old-age pension with its skjermingstillegg takes over. Two in five are graded (50 %) and
 * keep a half-time job (NAV: about 20 % of recipients are graded; we draw more to show both).
 */
function disability(draft: Draft, rng: Rng): void {
  const age = REFERENCE_YEAR - draft.birthYear;
  const onsetAge = intBetween(rng, 30, Math.min(60, age));
  const onset = Math.min(
    draft.birthMonth + onsetAge * 12 + intBetween(rng, 0, 11),
    monthIndex(REFERENCE_YEAR, 6),
  );
  const aapFrom = onset - intBetween(rng, 12, 36);
  const main = draft.jobs[0];
  const level = aapLevel(draft);
  const uforeLevel = clamp(0.66 * earlierPay(draft), 2.28, 3.96);
  endJobsBefore(draft, aapFrom);
  const at67 = draft.birthMonth + 67 * 12 + 1;
  const graded = chance(rng, 0.4);
  draft.spells.push({ kind: 'aap', from: aapFrom, to: onset - 1, level });
  draft.spells.push({
    kind: 'ufoeretrygd',
    from: onset,
    to: at67 - 1,
    level: graded ? uforeLevel / 2 : uforeLevel,
  });
  if (graded && main !== undefined)
    draft.jobs.push({
      ...main,
      index: 2,
      salaryRef: Math.round(main.salaryRef / 2),
      payType: 'fastloenn',
      start: onset,
      end: at67 - 1,
      overtime: false,
      bonus: false,
      companyCar: undefined,
    });
  if (draft.pension !== undefined) draft.pension = { ...draft.pension, start: at67 };
  draft.spells.push({
    kind: 'skjermingstillegg',
    from: at67,
    to: Number.POSITIVE_INFINITY,
    level: between(rng, 0.05, 0.15),
  });
}

/** One to three years of AAP (the usual maximum is three), away from work, then back. */
function workAssessment(draft: Draft, rng: Rng): void {
  const length = intBetween(rng, 12, 36);
  const from = spellStart(rng, length, draft.birthMonth + 20 * 12);
  const to = Math.min(from + length - 1, (draft.pension?.start ?? Number.POSITIVE_INFINITY) - 1);
  if (to < from) return;
  draft.spells.push({ kind: 'aap', from, to, level: aapLevel(draft) });
  pause(draft, { from, to });
}

/** One or two spells of three to twelve months out of work on dagpenger. */
function unemployed(draft: Draft, rng: Rng): void {
  const count = chance(rng, 0.3) ? 2 : 1;
  const level = Math.min(0.624 * earlierPay(draft), 0.624 * 6);
  for (let i = 0; i < count; i++) {
    const length = intBetween(rng, 3, 12);
    const earliest = draft.jobs[0]?.start ?? Number.POSITIVE_INFINITY;
    const from =
      i === 0
        ? spellStart(rng, length, earliest + 6)
        : intBetween(rng, monthIndex(2015, 1), monthIndex(2025, 12) - length);
    const to = from + length - 1;
    if (from < earliest + 6 || overlapsAny(draft, from - 1, to + 1)) continue;
    if (draft.pension !== undefined && to >= draft.pension.start) continue;
    draft.spells.push({ kind: 'dagpenger', from, to, level });
    pause(draft, { from, to });
  }
}

/**
 * Overgangsstønad for one to three years (the usual maximum is three). Half stop working; the
 * other half keep their job and get a reduced benefit (the benefit is reduced by income).
 */
function singleParent(draft: Draft, rng: Rng): void {
  const length = intBetween(rng, 12, 36);
  const from = spellStart(rng, length, draft.birthMonth + 20 * 12);
  const to = from + length - 1;
  const stopsWorking = chance(rng, 0.5);
  const spell: Spell = {
    kind: 'overgangsstoenad',
    from,
    to,
    level: stopsWorking ? 1 : between(rng, 0.4, 0.8),
  };
  draft.spells.push(spell);
  if (stopsWorking) pause(draft, { from, to });
}

/**
 * A child whose parent died: barnepensjon until 18, or until 20 when the child is still entitled
 * in 2024 (the 2024 rules pay to 20). The amount changes with the rules (levelIn in nav-lines.ts).
 */
function childPension(draft: Draft, rng: Rng): void {
  const death = draft.birthMonth + intBetween(rng, 3, 17) * 12 + intBetween(rng, 0, 11);
  const at18 = draft.birthMonth + 18 * 12;
  const to = at18 - 1 >= monthIndex(2024, 1) ? at18 + 24 - 1 : at18 - 1;
  draft.spells.push({ kind: 'barnepensjon', from: death + 1, to, level: 1 });
}

/**
 * A widow or widower: before 2024 gjenlevendepensjon until 67 (our simplification: the 2024
 * reform's transition for earlier survivors is not modelled), from 2024 omstillingsstønad for up
 * to three years. Deaths in 2024–2025 are drawn as often as in four earlier years each, so the new
 * benefit is visible (our choice).
 */
function widowed(draft: Draft, rng: Rng): void {
  const years: (readonly [number, number])[] = [];
  for (let y = 2013; y <= 2025; y++) years.push([y, y >= 2024 ? 4 : 1]);
  const death = monthIndex(weighted(rng, years), intBetween(rng, 1, 12));
  const at67 = draft.birthMonth + 67 * 12 + 1;
  if (death + 1 >= at67) return;
  // Gjenlevendepensjon is reduced by the survivor's income; 0.3–1.2 G is our estimate of what
  // remains for most.
  if (death < monthIndex(2024, 1))
    draft.spells.push({
      kind: 'etterlattepensjon',
      from: death + 1,
      to: at67 - 1,
      level: between(rng, 0.3, 1.2),
    });
  else
    draft.spells.push({
      kind: 'omstillingsstoenad',
      from: death + 1,
      to: Math.min(death + 36, at67 - 1),
      level: between(rng, 1, 2.25),
    });
}
