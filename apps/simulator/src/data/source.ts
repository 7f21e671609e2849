// The data source: what Skatteetaten holds for a person, as a pure function of (seed, person,
// year or period) plus `today` for what is published yet, with fixture files taking precedence.
// No state beyond a small memo of profiles, themselves a pure function of (seed, person): answers
// are not cached here (the HTTP layer puts an LRU in front).
import type { Inntekter, OppgaveInntektsmottaker } from '@skattedeling/inntekt';
import type { SummertSkattegrunnlag } from '@skattedeling/summert-skattegrunnlag';
import type { PersonidentifikatorInfo } from '@skattedeling/testdata';
import { generateBody, publicationOf, reportsOf } from './body.js';
import {
  FIRST_INNTEKT_MONTH,
  FIRST_SSG_YEAR,
  latestCompleteMonth,
  osloDate,
  type Publication,
  parseMaaned,
  yearOf,
} from './calendar.js';
import { type Context, createContext } from './context.js';
import { type DemoPerson, demoPersons } from './demo.js';
import { type FoundPerson, type PersonQuery, type SearchDeps, searchPersons } from './finder.js';
import { emptyFixtureSet, type FixtureSet, type PersonFixture, type Stadie } from './fixtures.js';
import type { Household } from './households.js';
import { classify, STRENGT_FORTROLIGE } from './identity.js';
import { BoundedMemo } from './memo.js';
import { identityOf } from './person.js';
import { buildProfile, type Profile } from './profile.js';
import { isTaxYear } from './tax-year.js';

export interface DataOptions {
  /** Every value derives from this seed; another seed gives other persons' economies. */
  readonly seed: string;
  /** Persons pinned by fixture files; they override the generator. */
  readonly fixtures?: FixtureSet;
  /**
   * The current time, for what is published yet (latest income year, month completeness).
   * Default: the clock. Bodies never depend on it, only whether they exist yet.
   */
  readonly today?: () => Date;
}

export interface SimPerson {
  readonly personidentifikator: string;
  readonly identifikatortype: 'foedselsnummer' | 'dNummer';
  /** `YYYY-MM-DD`, as encoded in the number. */
  readonly foedselsdato: string;
  readonly kjoenn: 'kvinne' | 'mann';
  readonly fornavn: string;
  readonly etternavn: string;
  readonly adresse: {
    readonly gateadresse: string;
    readonly postnummer: string;
    readonly poststed: string;
  };
  /** Protected address: data answers are `skjermet`. */
  readonly skjermet: boolean;
  /** From the fixture file, when the person is pinned there. */
  readonly beskrivelse?: string;
}

export type PersonLookup =
  | { readonly kind: 'ukjent'; readonly reason: string }
  | { readonly kind: 'person'; readonly person: SimPerson };

/**
 * `skjermet` carries the full body with `skjermet: true`: the HTTP layer decides from the
 * consumer's rettighetspakke what it may see (only the call's parameters, or the data without
 * locating details; see `utenLokaliserendeOpplysninger`).
 */
export type SummertSkattegrunnlagResult =
  | { readonly kind: 'ukjentPerson' }
  | { readonly kind: 'ingenData' }
  | { readonly kind: 'slettet' }
  | { readonly kind: 'skjermet'; readonly body: SummertSkattegrunnlag }
  | { readonly kind: 'data'; readonly body: SummertSkattegrunnlag };

export type InntekterResult =
  | { readonly kind: 'ukjentPerson' }
  | { readonly kind: 'ingenData' }
  | { readonly kind: 'slettet' }
  | { readonly kind: 'skjermet'; readonly body: Inntekter }
  | { readonly kind: 'data'; readonly body: Inntekter };

export type SisteTilgjengeligeResult =
  | { readonly kind: 'ukjentPerson' }
  | { readonly kind: 'ingenData' }
  | { readonly kind: 'data'; readonly inntektsaar: number };

export type DataFinnes = 'publisert' | 'slettet' | undefined;

/**
 * Every method that reads the time takes it as its last argument `at`, default
 * `DataOptions.today`: a request of a test run with a data clock of its own passes that clock's.
 */
export interface DataSource {
  /** Lookup result for a person id that already passed the 11-digit format check. */
  person(personidentifikator: string, at?: Date): PersonLookup;
  summertSkattegrunnlag(
    personidentifikator: string,
    inntektsaar: number,
    stadie: Stadie,
    at?: Date,
  ): SummertSkattegrunnlagResult;
  /** `fraOgMed`/`tilOgMed` are `YYYY-MM` (both included); a malformed month throws a RangeError. */
  inntekter(
    personidentifikator: string,
    fraOgMed: string,
    tilOgMed: string,
    at?: Date,
  ): InntekterResult;
  /** The newest income year with a final assessment (Siste tilgjengelige skatteoppgjør). */
  sisteTilgjengeligeInntektsaar(personidentifikator: string, at?: Date): SisteTilgjengeligeResult;
  /**
   * Clock-free, for the event lists: whether the person has an oppgjoer of the year once it is
   * published (`publisert`), had one that was deleted (`slettet`), or never has one.
   */
  oppgjoerFinnes(personidentifikator: string, inntektsaar: number): DataFinnes;
  /** Clock-free, for the event lists: per month `from`…`to` (month indexes), as oppgjoerFinnes. */
  inntektFinnes(personidentifikator: string, from: number, to: number): DataFinnes[];
  /**
   * Persons for the demo set-up printed at start and for tests: the fixture file's, one generated
   * person per household group, and the shielded and unknown kinds.
   */
  demoPersons(at?: Date): DemoPerson[];
  /** The household group of a synthetic person (see households.ts); undefined for an unknown one. */
  profileOf(personidentifikator: string, at?: Date): Household | undefined;
  /** Generated persons by group, year and item, deterministic for the seed (finder.ts). */
  persons(query: PersonQuery, at?: Date): FoundPerson[];
}

type Resolved =
  | { readonly kind: 'ukjentPerson'; readonly reason: string }
  | {
      readonly kind: 'person';
      readonly info: PersonidentifikatorInfo;
      readonly fixture: PersonFixture | undefined;
      readonly skjermet: boolean;
    };

export function createDataSource(options: DataOptions): DataSource {
  const ctx: Context = createContext(options.seed);
  const fixtures = options.fixtures ?? emptyFixtureSet;
  const now = (): Date => (options.today === undefined ? new Date() : options.today());

  const resolve = (pid: string, at: Date): Resolved => {
    const fixture = fixtures.persons.get(pid);
    if (fixture?.status === 'ukjent')
      return {
        kind: 'ukjentPerson',
        reason: `${pid} is marked ukjent in ${fixtures.files.join(', ')}`,
      };
    const identity = classify(pid, at);
    if (identity.kind === 'ukjent') return { kind: 'ukjentPerson', reason: identity.reason };
    return {
      kind: 'person',
      info: identity.info,
      fixture,
      skjermet: identity.skjermet || fixture?.status === 'skjermet',
    };
  };

  // The last 2 048 persons' profiles (a few KiB each), by number: info and fixture follow from it.
  const profiles = new BoundedMemo<string, Profile>(2048);
  const profileOf = (info: PersonidentifikatorInfo, fixture: PersonFixture | undefined): Profile =>
    profiles.get(info.value, () => buildProfile(ctx, info, fixture?.incomeChanges ?? []));

  const publication = (pid: string, year: number, stadie: Stadie): Publication =>
    publicationOf(ctx.seed, pid, year, stadie);

  /** What the person search reads: generated persons only, as the calendar publishes them. */
  const searchDeps = (at: Date): SearchDeps => ({
    seed: ctx.seed,
    at,
    pinned: (pid) => fixtures.persons.has(pid) || STRENGT_FORTROLIGE.includes(pid),
    profile: (info) => buildProfile(ctx, info, []),
    oppgjoer: (pid, year) => {
      const info = classify(pid, at);
      if (info.kind !== 'syntetisk' || info.skjermet) return undefined;
      if (year < FIRST_SSG_YEAR || year >= osloDate(at).year) return undefined;
      const made = publication(pid, year, 'oppgjoer');
      if (at.getTime() < made.fromMs) return undefined;
      const profile = buildProfile(ctx, info.info, []);
      return isTaxYear(profile, year)
        ? generateBody(ctx, profile, undefined, year, 'oppgjoer', made)
        : undefined;
    },
  });

  const isPublished = (pid: string, year: number, stadie: Stadie, at: Date): boolean =>
    at.getTime() >= publication(pid, year, stadie).fromMs;

  const shielded = (body: SummertSkattegrunnlag): SummertSkattegrunnlagResult => ({
    kind: 'skjermet',
    body: { ...body, skjermet: true },
  });

  return {
    person(pid, at = now()) {
      const resolved = resolve(pid, at);
      if (resolved.kind === 'ukjentPerson') return { kind: 'ukjent', reason: resolved.reason };
      const { info } = resolved;
      const p = identityOf(ctx, info);
      return {
        kind: 'person',
        person: {
          personidentifikator: pid,
          identifikatortype: info.kind === 'dnr' ? 'dNummer' : 'foedselsnummer',
          foedselsdato: info.birthDate,
          kjoenn: info.sex === 'female' ? 'kvinne' : 'mann',
          fornavn: p.firstName,
          etternavn: p.lastName,
          adresse: {
            gateadresse: p.address.streetAddress,
            postnummer: p.address.postalCode,
            poststed: p.address.city,
          },
          skjermet: resolved.skjermet,
          ...(resolved.fixture?.description === undefined
            ? {}
            : { beskrivelse: resolved.fixture.description }),
        },
      };
    },

    summertSkattegrunnlag(pid, inntektsaar, stadie, at = now()) {
      const resolved = resolve(pid, at);
      if (resolved.kind === 'ukjentPerson') return { kind: 'ukjentPerson' };
      const { fixture, skjermet } = resolved;
      const pinned = fixture?.summertSkattegrunnlag.get(inntektsaar)?.get(stadie);
      if (pinned !== undefined) {
        if ('body' in pinned)
          return skjermet ? shielded(pinned.body) : { kind: 'data', body: pinned.body };
        if (pinned.status === 'ingenData') return { kind: 'ingenData' };
        if (pinned.status === 'slettet') return { kind: 'slettet' };
        // Marked skjermet or publisert: the generated body, whether or not it is published yet
        // (and in a year before the person's first tax year too); skjermet shields it.
        const profile = profileOf(resolved.info, fixture);
        const made = publication(pid, inntektsaar, stadie);
        const body = generateBody(ctx, profile, fixture, inntektsaar, stadie, made);
        return skjermet || pinned.status === 'skjermet' ? shielded(body) : { kind: 'data', body };
      }
      if (inntektsaar < FIRST_SSG_YEAR || inntektsaar >= osloDate(at).year)
        return { kind: 'ingenData' };
      // One draw of the stage's instant: whether it is out yet, and the body's dates.
      const made = publication(pid, inntektsaar, stadie);
      if (at.getTime() < made.fromMs) return { kind: 'ingenData' };
      const profile = profileOf(resolved.info, fixture);
      if (!isTaxYear(profile, inntektsaar)) return { kind: 'ingenData' };
      const body = generateBody(ctx, profile, fixture, inntektsaar, stadie, made);
      return skjermet ? shielded(body) : { kind: 'data', body };
    },

    inntekter(pid, fraOgMed, tilOgMed, at = now()) {
      const from = parseMaaned(fraOgMed);
      const to = parseMaaned(tilOgMed);
      const resolved = resolve(pid, at);
      if (resolved.kind === 'ukjentPerson') return { kind: 'ukjentPerson' };
      const { fixture } = resolved;
      let skjermet = resolved.skjermet;
      let slettet = false;
      const profile = profileOf(resolved.info, fixture);
      const latest = latestCompleteMonth(at);
      const months = new Set<number>();
      for (let m = Math.max(from, FIRST_INNTEKT_MONTH); m <= Math.min(to, latest); m++)
        months.add(m);
      // Pinned months are served even when the calendar would not have them yet.
      for (const m of fixture?.inntekt.keys() ?? []) if (m >= from && m <= to) months.add(m);
      const oppgaver: OppgaveInntektsmottaker[] = [];
      for (const m of [...months].sort((a, b) => a - b)) {
        const pinned = fixture?.inntekt.get(m);
        if (pinned !== undefined && 'status' in pinned) {
          if (pinned.status === 'slettet') {
            slettet = true;
            continue;
          }
          if (pinned.status === 'skjermet') skjermet = true;
        }
        oppgaver.push(...reportsOf(profile, fixture, m));
      }
      if (oppgaver.length === 0) return slettet ? { kind: 'slettet' } : { kind: 'ingenData' };
      if (skjermet)
        return { kind: 'skjermet', body: { oppgaveInntektsmottaker: oppgaver, skjermet: true } };
      return { kind: 'data', body: { oppgaveInntektsmottaker: oppgaver } };
    },

    sisteTilgjengeligeInntektsaar(pid, at = now()) {
      const resolved = resolve(pid, at);
      if (resolved.kind === 'ukjentPerson') return { kind: 'ukjentPerson' };
      const { fixture } = resolved;
      const profile = profileOf(resolved.info, fixture);
      for (let year = osloDate(at).year - 1; year >= FIRST_SSG_YEAR; year--) {
        const pinned = fixture?.summertSkattegrunnlag.get(year)?.get('oppgjoer');
        const exists =
          pinned !== undefined
            ? 'body' in pinned || pinned.status === 'skjermet' || pinned.status === 'publisert'
            : isPublished(pid, year, 'oppgjoer', at) && isTaxYear(profile, year);
        if (exists) return { kind: 'data', inntektsaar: year };
      }
      return { kind: 'ingenData' };
    },

    oppgjoerFinnes(pid, year) {
      const resolved = resolve(pid, new Date(Date.UTC(year + 1, 11, 31)));
      if (resolved.kind === 'ukjentPerson') return undefined;
      const { fixture } = resolved;
      const pinned = fixture?.summertSkattegrunnlag.get(year)?.get('oppgjoer');
      if (pinned !== undefined) {
        if ('body' in pinned || pinned.status === 'skjermet' || pinned.status === 'publisert')
          return 'publisert';
        return pinned.status === 'slettet' ? 'slettet' : undefined;
      }
      if (year < FIRST_SSG_YEAR) return undefined;
      // Without building the profile where the birth year decides (isTaxYear, fødselsnummer).
      if (resolved.info.kind === 'fnr' && fixture === undefined)
        return year >= Number(resolved.info.birthDate.slice(0, 4)) + 18 ? 'publisert' : undefined;
      return isTaxYear(profileOf(resolved.info, fixture), year) ? 'publisert' : undefined;
    },

    inntektFinnes(pid, from, to) {
      const resolved = resolve(pid, new Date(Date.UTC(yearOf(to) + 1, 0, 1)));
      if (resolved.kind === 'ukjentPerson') return [];
      const { fixture } = resolved;
      const profile = profileOf(resolved.info, fixture);
      const found: DataFinnes[] = [];
      for (let m = from; m <= to; m++) {
        const pinned = fixture?.inntekt.get(m);
        if (pinned !== undefined && 'status' in pinned && pinned.status === 'slettet')
          found.push('slettet');
        else found.push(reportsOf(profile, fixture, m).length > 0 ? 'publisert' : undefined);
      }
      return found;
    },

    demoPersons(at = now()) {
      return demoPersons(searchDeps(at), fixtures);
    },

    profileOf(pid, at = now()) {
      const resolved = resolve(pid, at);
      if (resolved.kind !== 'person') return undefined;
      return profileOf(resolved.info, resolved.fixture).household;
    },

    persons(query, at = now()) {
      return searchPersons(searchDeps(at), query);
    },
  };
}
