// Finding persons by what they are: a deterministic search over synthetic numbers drawn from the
// seed (like the demo list), filtered by household group, income year and the items their
// assessment carries. Pure: the same seed, query and day give the same list.
import type { SummertSkattegrunnlag } from '@skattedeling/summert-skattegrunnlag';
import {
  createRng,
  type PersonidentifikatorInfo,
  parsePersonidentifikator,
  type SyntheticPersonOptions,
  syntheticDNummer,
  syntheticFoedselsnummer,
} from '@skattedeling/testdata';
import { monthIndex } from './calendar.js';
import {
  drawHousehold,
  HOUSEHOLDS,
  type Household,
  OTHER_HOUSEHOLDS,
  REFERENCE_YEAR,
} from './households.js';
import type { Period, Profile, SpellKind } from './profile.js';
import { worksIn } from './profile.js';

/** The household group of a synthetic person, or undefined for a number that is not one. */
export function profileOf(seed: string, personidentifikator: string): Household | undefined {
  const info = parsePersonidentifikator(personidentifikator);
  if (!info.ok || !info.synthetic) return undefined;
  const birthYear = Number(info.birthDate.slice(0, 4));
  return drawHousehold(seed, info.value, info.kind, birthYear, info.sex);
}

export const PROFILES: readonly Household[] = [
  ...HOUSEHOLDS.map((h) => h.name),
  ...OTHER_HOUSEHOLDS.map((h) => h.name),
];

export function isProfile(value: unknown): value is Household {
  return typeof value === 'string' && (PROFILES as readonly string[]).includes(value);
}

export function describeProfile(profile: Household): string {
  return (
    HOUSEHOLDS.find((h) => h.name === profile)?.description ??
    OTHER_HOUSEHOLDS.find((h) => h.name === profile)?.description ??
    profile
  );
}

const overlaps = (p: Period | undefined, year: number) =>
  p !== undefined && p.from <= monthIndex(year, 12) && p.to >= monthIndex(year, 1);

const hasSpell = (profile: Profile, year: number, ...kinds: SpellKind[]) =>
  profile.spells.some((s) => kinds.includes(s.kind) && overlaps(s, year));

function monthsOf(year: number): number[] {
  return Array.from({ length: 12 }, (_, i) => monthIndex(year, i + 1));
}

/**
 * Whether the group's characteristic phase shows in income year `year`: a student studies, a
 * pensioner is retired, AAP is paid, and so on. Persons of a group are found for a year only when
 * it does, so "a person on AAP in 2019" receives AAP in 2019.
 */
export function activeIn(profile: Profile, year: number): boolean {
  const works = () => profile.jobs.some((j) => monthsOf(year).some((m) => worksIn(profile, j, m)));
  switch (profile.household) {
    case 'twoEmployers':
      return monthsOf(year).some(
        (m) => profile.jobs.filter((j) => worksIn(profile, j, m)).length >= 2,
      );
    case 'selfEmployed':
      return profile.business !== undefined && profile.business.from <= year;
    case 'pensioner':
      return profile.pension !== undefined && profile.pension.start <= monthIndex(year, 12);
    case 'disability':
      return hasSpell(profile, year, 'ufoeretrygd');
    case 'workAssessment':
      return hasSpell(profile, year, 'aap');
    case 'unemployed':
      return hasSpell(profile, year, 'dagpenger');
    case 'singleParent':
      return hasSpell(profile, year, 'overgangsstoenad');
    case 'survivor':
      return hasSpell(profile, year, 'etterlattepensjon', 'omstillingsstoenad', 'barnepensjon');
    case 'student':
      return overlaps(profile.studies, year);
    case 'investor':
      return profile.investments !== undefined;
    case 'landlord':
      return profile.rental !== undefined && profile.rental.purchaseYear <= year;
    case 'svalbard':
      return overlaps(profile.svalbard, year);
    case 'debtCollection':
      return (
        profile.collection !== undefined &&
        profile.collection.from <= year &&
        profile.collection.to >= year
      );
    case 'child':
      return year - profile.birthYear < 18;
    default:
      return works();
  }
}

/** Birth dates that fit a group's ages in the reference year, within 1930–today's adults. */
function candidates(profile: Household | undefined): {
  make: (source: () => number, options: SyntheticPersonOptions) => string;
  options: SyntheticPersonOptions;
} {
  if (profile === 'foreignWorker')
    return { make: syntheticDNummer, options: { bornFrom: '1965-01-01', bornTo: '2000-12-31' } };
  if (profile === 'child')
    return {
      make: syntheticFoedselsnummer,
      options: { bornFrom: '2009-01-01', bornTo: '2018-12-31' },
    };
  const ages = HOUSEHOLDS.find((h) => h.name === profile)?.ages ?? [18, 94];
  const from = Math.max(1930, REFERENCE_YEAR - ages[1]);
  const to = REFERENCE_YEAR - ages[0];
  return {
    make: syntheticFoedselsnummer,
    options: { bornFrom: `${from}-01-01`, bornTo: `${to}-12-31` },
  };
}

/** The `i`-th candidate number of a search for `profile` under `seed`. */
export function candidate(seed: string, profile: Household | undefined, i: number): string {
  const { make, options } = candidates(profile);
  return make(createRng('skattedeling-simulator/persons', seed, profile ?? 'alle', i), options);
}

export interface PersonQuery {
  /** A household group (PROFILES). */
  readonly profile?: Household;
  /** Only persons whose oppgjoer of this income year is published, with the group's phase in it. */
  readonly year?: number;
  /**
   * Only persons whose oppgjoer of `year` carries this tekniskNavn, or every one of these (in
   * grunnlag or svalbardGrunnlag).
   */
  readonly has?: string | readonly string[];
  /** At most this many, 1–100; default 10. */
  readonly limit?: number;
}

export interface FoundPerson {
  readonly personidentifikator: string;
  readonly profile: Household;
  readonly beskrivelse: string;
}

/** What a search needs from its data source. */
export interface SearchDeps {
  readonly seed: string;
  readonly at: Date;
  /** Fixture persons and shielded test persons: never offered as generated examples. */
  readonly pinned: (personidentifikator: string) => boolean;
  readonly profile: (info: PersonidentifikatorInfo) => Profile;
  readonly oppgjoer: (
    personidentifikator: string,
    year: number,
  ) => SummertSkattegrunnlag | undefined;
}

/** Candidates tried before a search gives up: a bound on the work of one query (~0.2 s). */
export const MAX_CANDIDATES = 20_000;

/**
 * Persons matching the query, in the seed's candidate order (deterministic for the seed, and for
 * `year` also for the day: a body must be published). `accept` narrows further (the demo list).
 * Throws a RangeError for `has` without `year`.
 */
export function searchPersons(
  deps: SearchDeps,
  query: PersonQuery,
  accept: (profile: Profile) => boolean = () => true,
): FoundPerson[] {
  const { year } = query;
  const has =
    query.has === undefined ? [] : typeof query.has === 'string' ? [query.has] : query.has;
  if (has.length > 0 && year === undefined) throw new RangeError('has needs a year');
  const limit = Math.min(100, Math.max(1, Math.trunc(query.limit ?? 10)));
  const found: FoundPerson[] = [];
  const today = deps.at.toISOString().slice(0, 10);
  for (let i = 0; i < MAX_CANDIDATES && found.length < limit; i++) {
    const pid = candidate(deps.seed, query.profile, i);
    const info = parsePersonidentifikator(pid);
    if (!info.ok || info.birthDate > today || deps.pinned(pid)) continue;
    const household = drawHousehold(
      deps.seed,
      pid,
      info.kind,
      Number(info.birthDate.slice(0, 4)),
      info.sex,
    );
    if (query.profile !== undefined && household !== query.profile) continue;
    const profile = deps.profile(info);
    if (!accept(profile)) continue;
    if (year !== undefined) {
      if (query.profile !== undefined && !activeIn(profile, year)) continue;
      const body = deps.oppgjoer(pid, year);
      if (body === undefined) continue;
      const names = new Set(
        [...(body.grunnlag ?? []), ...(body.svalbardGrunnlag ?? [])].map((g) => g.tekniskNavn),
      );
      if (!has.every((name) => names.has(name))) continue;
    }
    found.push({
      personidentifikator: pid,
      profile: household,
      beskrivelse: describeProfile(household),
    });
  }
  return found;
}
