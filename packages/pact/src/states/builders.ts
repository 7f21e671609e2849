// Typed builders for the vocabulary. Each returns `{ name, params }`, ready for
// `interaction.given(state.name, state.params)` (or `givenStates(interaction, …states)`), and
// checks its values so a typo fails in the consumer test, not during provider verification.
import {
  type FaultApi,
  followsRule,
  type HouseholdProfile,
  type ParamName,
  paramRules,
  type StateApi,
} from './params.js';
import { type StateName, stateNames } from './vocabulary.js';

/** A provider state as Pact V4 writes it: the template name and its params. */
export interface ProviderState<N extends string = StateName> {
  readonly name: N;
  readonly params: Readonly<Record<string, string>>;
}

function checked(name: ParamName, value: string | number): string {
  const text = String(value);
  const rule = paramRules[name];
  if (!followsRule(rule, text)) {
    throw new RangeError(`${name} ${JSON.stringify(value)} is not valid: must be ${rule.allowed}`);
  }
  return text;
}

function state<N extends StateName>(
  name: N,
  values: Partial<Record<ParamName, string | number>>,
): ProviderState<N> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) params[key] = checked(key as ParamName, value);
  }
  return { name, params };
}

/** "person {personidentifikator} has {inntektsaar} oppgjoer": 200 with the summert skattegrunnlag. */
export function personHarOppgjoer(personidentifikator: string, inntektsaar: string | number) {
  return state(stateNames.personHarOppgjoer, { personidentifikator, inntektsaar });
}

/** "person {personidentifikator} is unknown": 404 SSG-007 / IM-007. */
export function personErUkjent(personidentifikator: string) {
  return state(stateNames.personErUkjent, { personidentifikator });
}

/** "person {personidentifikator} is skjermet": 200 with `skjermet: true` and no content. */
export function personErSkjermet(personidentifikator: string) {
  return state(stateNames.personErSkjermet, { personidentifikator });
}

/** "person {personidentifikator} has no summert skattegrunnlag for {inntektsaar}": 404 SSG-008. */
export function personManglerSummertSkattegrunnlag(
  personidentifikator: string,
  inntektsaar: string | number,
) {
  return state(stateNames.personManglerSummertSkattegrunnlag, { personidentifikator, inntektsaar });
}

/** "summert skattegrunnlag for {personidentifikator} {inntektsaar} is deleted": 410 SSG-011. */
export function summertSkattegrunnlagErSlettet(
  personidentifikator: string,
  inntektsaar: string | number,
) {
  return state(stateNames.summertSkattegrunnlagErSlettet, { personidentifikator, inntektsaar });
}

/** "person {personidentifikator} has a-ordning income from {fraOgMed} to {tilOgMed}": 200. */
export function personHarAOrdningInntekt(
  personidentifikator: string,
  fraOgMed: string,
  tilOgMed: string,
) {
  return state(stateNames.personHarAOrdningInntekt, { personidentifikator, fraOgMed, tilOgMed });
}

/** "person {personidentifikator} has no a-ordning income from {fraOgMed} to {tilOgMed}": 404 IM-008. */
export function personManglerAOrdningInntekt(
  personidentifikator: string,
  fraOgMed: string,
  tilOgMed: string,
) {
  return state(stateNames.personManglerAOrdningInntekt, {
    personidentifikator,
    fraOgMed,
    tilOgMed,
  });
}

/** "municipality {orgnr} has påkobling for {api} with rettighetspakke {rettighetspakke}". */
export function kommuneHarPaakobling(orgnr: string, api: StateApi, rettighetspakke: string) {
  return state(stateNames.kommuneHarPaakobling, { orgnr, api, rettighetspakke });
}

/** "municipality {orgnr} lacks påkobling for {api}": Maskinporten 403 forbidden MP-250. */
export function kommuneManglerPaakobling(orgnr: string, api: StateApi) {
  return state(stateNames.kommuneManglerPaakobling, { orgnr, api });
}

/** "municipality {orgnr} lacks rettighetspakke {rettighetspakke} for {api}": 403 SSG-005 / IM-005. */
export function kommuneManglerRettighetspakke(
  orgnr: string,
  rettighetspakke: string,
  api: StateApi,
) {
  return state(stateNames.kommuneManglerRettighetspakke, { orgnr, rettighetspakke, api });
}

/** "municipality {orgnr} has delegated {api} to vendor {leverandoer}". */
export function kommuneHarDelegert(orgnr: string, api: StateApi, leverandoer: string) {
  return state(stateNames.kommuneHarDelegert, { orgnr, api, leverandoer });
}

/** "municipality {orgnr} has not delegated {api} to vendor {leverandoer}": Maskinporten 403 MP-251. */
export function kommuneHarIkkeDelegert(orgnr: string, api: StateApi, leverandoer: string) {
  return state(stateNames.kommuneHarIkkeDelegert, { orgnr, api, leverandoer });
}

/** "{system} is temporarily failing": 500 DAS-003, or 503 temporarily_unavailable from Maskinporten. */
export function tjenestenFeilerMidlertidig(system: FaultApi) {
  return state(stateNames.tjenestenFeilerMidlertidig, { system });
}

/**
 * "a person in household group {profile} has {inntektsaar} oppgjoer": 200; the provider finds the
 * person and gives their `personidentifikator` (use `fromStates` in the request).
 */
export function personIGruppeHarOppgjoer(profile: HouseholdProfile, inntektsaar: string | number) {
  return state(stateNames.personIGruppeHarOppgjoer, { profile, inntektsaar });
}

/**
 * "a person in household group {profile} has {inntektsaar} oppgjoer with {tekniskNavn}": 200 with
 * every item named (1–10, names of the year's model); gives `personidentifikator`.
 */
export function personIGruppeHarOppgjoerMed(
  profile: HouseholdProfile,
  inntektsaar: string | number,
  tekniskNavn: readonly string[],
) {
  return state(stateNames.personIGruppeHarOppgjoerMed, {
    profile,
    inntektsaar,
    tekniskNavn: tekniskNavn.join(','),
  });
}

/**
 * "the Skatteoppgjør hendelser list has an oppgjoer event for {inntektsaar} on or after {dato}":
 * the provider finds the first NY event for the year from the first event on or after the date,
 * pins the person's oppgjoer of the year as published, and gives `sekvensnummer` and
 * `personidentifikator` (use `fromStates` in the request).
 */
export function skatteoppgjoerHendelseFinnes(inntektsaar: string | number, dato: string) {
  return state(stateNames.skatteoppgjoerHendelseFinnes, { inntektsaar, dato });
}

/**
 * "the newest available oppgjoer of person {personidentifikator} is {inntektsaar}": Siste
 * tilgjengelige skatteoppgjør answers that year (it must be before the simulator's current year).
 */
export function sisteTilgjengeligeOppgjoerEr(
  personidentifikator: string,
  inntektsaar: string | number,
) {
  return state(stateNames.sisteTilgjengeligeOppgjoerEr, { personidentifikator, inntektsaar });
}
