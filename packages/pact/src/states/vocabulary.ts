// The provider-state vocabulary: every state a consumer test may ask for, named after a domain
// fact. The name is a template whose `{placeholders}` are the state's Pact V4 params; the
// simulator's verifier has one handler per name and refuses any name not listed here. A state
// promises only what that handler makes true: a state that names data pins it (through the
// simulator's fixtures), so it holds for any synthetic person, year or period.
import { type ProviderName, providerNames } from '../providers.js';
import type { ParamName } from './params.js';

export interface ProviderStateDefinition {
  /** The builder that creates this state (`personHarOppgjoer`). */
  readonly key: StateKey;
  /** The state's name in the pact file: a template with `{param}` placeholders. */
  readonly name: string;
  /** The params the state needs, in the order they appear in the name. */
  readonly params: readonly ParamName[];
  /** The providers whose interactions the state is meant for. */
  readonly providers: readonly ProviderName[];
  /** What the provider makes true before the interaction. */
  readonly description: string;
  /** What the provider then answers (status and error code), for readers of the pact. */
  readonly answers: string;
  /**
   * Values the provider gives the interaction (Pact V4 provider-state injected values), for
   * `fromProviderState('…${personidentifikator}…', example)` in the request.
   */
  readonly injects?: readonly InjectedValue[];
}

/** The values a state can give the interaction. */
export type InjectedValue = 'personidentifikator' | 'sekvensnummer';

const {
  maskinporten,
  summertSkattegrunnlag,
  inntekt,
  skatteoppgjoerHendelser,
  sisteTilgjengeligeSkatteoppgjoer,
} = providerNames;

/** The name of every state, by builder name. */
export const stateNames = {
  personHarOppgjoer: 'person {personidentifikator} has {inntektsaar} oppgjoer',
  personErUkjent: 'person {personidentifikator} is unknown',
  personErSkjermet: 'person {personidentifikator} is skjermet',
  personManglerSummertSkattegrunnlag:
    'person {personidentifikator} has no summert skattegrunnlag for {inntektsaar}',
  summertSkattegrunnlagErSlettet:
    'summert skattegrunnlag for {personidentifikator} {inntektsaar} is deleted',
  personHarAOrdningInntekt:
    'person {personidentifikator} has a-ordning income from {fraOgMed} to {tilOgMed}',
  personManglerAOrdningInntekt:
    'person {personidentifikator} has no a-ordning income from {fraOgMed} to {tilOgMed}',
  kommuneHarPaakobling:
    'municipality {orgnr} has påkobling for {api} with rettighetspakke {rettighetspakke}',
  kommuneManglerPaakobling: 'municipality {orgnr} lacks påkobling for {api}',
  kommuneManglerRettighetspakke:
    'municipality {orgnr} lacks rettighetspakke {rettighetspakke} for {api}',
  kommuneHarDelegert: 'municipality {orgnr} has delegated {api} to vendor {leverandoer}',
  kommuneHarIkkeDelegert: 'municipality {orgnr} has not delegated {api} to vendor {leverandoer}',
  tjenestenFeilerMidlertidig: '{system} is temporarily failing',
  personIGruppeHarOppgjoer: 'a person in household group {profile} has {inntektsaar} oppgjoer',
  personIGruppeHarOppgjoerMed:
    'a person in household group {profile} has {inntektsaar} oppgjoer with {tekniskNavn}',
  skatteoppgjoerHendelseFinnes:
    'the Skatteoppgjør hendelser list has an oppgjoer event for {inntektsaar} on or after {dato}',
  sisteTilgjengeligeOppgjoerEr:
    'the newest available oppgjoer of person {personidentifikator} is {inntektsaar}',
} as const;

export type StateKey = keyof typeof stateNames;
export type StateName = (typeof stateNames)[StateKey];

/** The documented vocabulary, in the order of the README's table. */
export const providerStates: readonly ProviderStateDefinition[] = [
  {
    key: 'personHarOppgjoer',
    name: stateNames.personHarOppgjoer,
    params: ['personidentifikator', 'inntektsaar'],
    providers: [summertSkattegrunnlag],
    description:
      'The person has a final tax assessment (stadie oppgjoer) for the income year, whatever the calendar says and whether or not they were of age then: the stage is pinned as published (for any synthetic person). The amounts are the provider’s own (the simulator’s deterministic data for that person; little or no income in a year before they worked); a consumer test matches their shape, not their values.',
    answers: '200 with the summert skattegrunnlag',
  },
  {
    key: 'personErUkjent',
    name: stateNames.personErUkjent,
    params: ['personidentifikator'],
    providers: [summertSkattegrunnlag, inntekt],
    description: 'No person has this personidentifikator: the number is pinned as unknown.',
    answers: '404 SSG-007 (Summert skattegrunnlag), 404 IM-007 (Inntekt)',
  },
  {
    key: 'personErSkjermet',
    name: stateNames.personErSkjermet,
    params: ['personidentifikator'],
    providers: [summertSkattegrunnlag, inntekt],
    description:
      'The person is pinned as having a protected address (strengt fortrolig); a rights package without access to shielded persons gets only the call’s parameters and skjermet: true. Only answers with data are shielded: a year or period without data is still 404 (SSG-008 / IM-008), so add personHarOppgjoer or personHarAOrdningInntekt to promise the data.',
    answers: '200 with skjermet: true and no grunnlag, where the person has data',
  },
  {
    key: 'personManglerSummertSkattegrunnlag',
    name: stateNames.personManglerSummertSkattegrunnlag,
    params: ['personidentifikator', 'inntektsaar'],
    providers: [summertSkattegrunnlag],
    description:
      'The person exists but has no summert skattegrunnlag for the income year (for example because the assessment is not settled yet): every stage of the year is pinned as ingenData.',
    answers: '404 SSG-008',
  },
  {
    key: 'summertSkattegrunnlagErSlettet',
    name: stateNames.summertSkattegrunnlagErSlettet,
    params: ['personidentifikator', 'inntektsaar'],
    providers: [summertSkattegrunnlag],
    description:
      'The summert skattegrunnlag for the person and year existed and has been deleted: every stage of the year is pinned as slettet.',
    answers: '410 SSG-011',
  },
  {
    key: 'personHarAOrdningInntekt',
    name: stateNames.personHarAOrdningInntekt,
    params: ['personidentifikator', 'fraOgMed', 'tilOgMed'],
    providers: [inntekt],
    description:
      'An employer has reported salary for the person through the a-ordning in every month of the period: one report a month (fastloenn, kontantytelse) is pinned, so it holds for any synthetic person and any period up to 120 months, complete months or not.',
    answers: '200 with oppgaveInntektsmottaker, one salary report a month',
  },
  {
    key: 'personManglerAOrdningInntekt',
    name: stateNames.personManglerAOrdningInntekt,
    params: ['personidentifikator', 'fraOgMed', 'tilOgMed'],
    providers: [inntekt],
    description:
      'The person exists but nothing was reported for them in the period: every month of it is pinned as ingenData.',
    answers: '404 IM-008',
  },
  {
    key: 'kommuneHarPaakobling',
    name: stateNames.kommuneHarPaakobling,
    params: ['orgnr', 'api', 'rettighetspakke'],
    providers: [
      maskinporten,
      summertSkattegrunnlag,
      inntekt,
      skatteoppgjoerHendelser,
      sisteTilgjengeligeSkatteoppgjoer,
    ],
    description:
      'The municipality has signed the tilslutningserklæring and Skatteetaten has granted its påkobling for the API with the rettighetspakke. The support services (Skatteoppgjør hendelser, Siste tilgjengelige skatteoppgjør) are read through Summert skattegrunnlag’s påkobling: name api summertskattegrunnlag for them.',
    answers:
      'The API serves the rettighetspakke; Maskinporten’s påkobling check passes (a token on the municipality’s behalf also needs its delegation: kommuneHarDelegert)',
  },
  {
    key: 'kommuneManglerPaakobling',
    name: stateNames.kommuneManglerPaakobling,
    params: ['orgnr', 'api'],
    providers: [maskinporten],
    description:
      'KS has not sent (or Skatteetaten has not granted) the påkobling for the API, so the municipality has no access to its scope.',
    answers: '403 forbidden MP-250 from Maskinporten',
  },
  {
    key: 'kommuneManglerRettighetspakke',
    name: stateNames.kommuneManglerRettighetspakke,
    params: ['orgnr', 'rettighetspakke', 'api'],
    providers: [summertSkattegrunnlag, inntekt],
    description:
      'The municipality has a påkobling for the API, but the rettighetspakke was not granted with it.',
    answers: '403 SSG-005 (Summert skattegrunnlag), 403 IM-005 (Inntekt)',
  },
  {
    key: 'kommuneHarDelegert',
    name: stateNames.kommuneHarDelegert,
    params: ['orgnr', 'api', 'leverandoer'],
    providers: [
      maskinporten,
      summertSkattegrunnlag,
      inntekt,
      skatteoppgjoerHendelser,
      sisteTilgjengeligeSkatteoppgjoer,
    ],
    description:
      'The municipality has delegated the API’s right ("… API - På vegne av") in Altinn to the vendor. A municipality without a påkobling for the API is given one (Maskinporten checks it first), unless a state says it lacks it.',
    answers: 'Maskinporten issues tokens with consumer = municipality and supplier = vendor',
  },
  {
    key: 'kommuneHarIkkeDelegert',
    name: stateNames.kommuneHarIkkeDelegert,
    params: ['orgnr', 'api', 'leverandoer'],
    providers: [maskinporten],
    description:
      'The municipality has not delegated the API’s right in Altinn to the vendor. A municipality without a påkobling for the API is given one (Maskinporten checks it first, MP-250), unless a state says it lacks it.',
    answers: '403 forbidden MP-251 from Maskinporten',
  },
  {
    key: 'tjenestenFeilerMidlertidig',
    name: stateNames.tjenestenFeilerMidlertidig,
    params: ['system'],
    providers: [maskinporten, summertSkattegrunnlag, inntekt],
    description:
      'The system fails for every request until the interaction ends (a back-end outage). Consumers are expected to retry a bounded number of times. The support services (Skatteoppgjør hendelser, Siste tilgjengelige skatteoppgjør) take no faults: naming summertskattegrunnlag does not make them fail.',
    answers: '500 DAS-003 (Skatteetaten APIs), 503 temporarily_unavailable (Maskinporten)',
  },
  {
    key: 'personIGruppeHarOppgjoer',
    name: stateNames.personIGruppeHarOppgjoer,
    params: ['profile', 'inntektsaar'],
    providers: [summertSkattegrunnlag],
    description:
      'The provider finds a generated person of the household group whose oppgjoer of the year is out, with the group’s phase in it that year (a pensioner is retired, AAP is paid), pins that oppgjoer as published, and gives the interaction their personidentifikator. The same seed and day find the same person.',
    answers: '200 with the summert skattegrunnlag of the person it gives',
    injects: ['personidentifikator'],
  },
  {
    key: 'personIGruppeHarOppgjoerMed',
    name: stateNames.personIGruppeHarOppgjoerMed,
    params: ['profile', 'inntektsaar', 'tekniskNavn'],
    providers: [summertSkattegrunnlag],
    description:
      'As the state above, for a person whose oppgjoer of the year carries every item named (in grunnlag or svalbardGrunnlag). A rights package whose content withholds an item does not receive it: name items your package receives.',
    answers: '200 with the summert skattegrunnlag of the person it gives, carrying the items',
    injects: ['personidentifikator'],
  },
  {
    key: 'skatteoppgjoerHendelseFinnes',
    name: stateNames.skatteoppgjoerHendelseFinnes,
    params: ['inntektsaar', 'dato'],
    providers: [skatteoppgjoerHendelser, summertSkattegrunnlag],
    description:
      'The provider reads its own Skatteoppgjør hendelser list as the interaction sees it (by the simulator’s data clock): from the first event on or after the date (`/v1/hendelser/start?dato`) it takes the first NY event for the income year, pins that person’s oppgjoer of the year as published (so the lookup the event calls for answers 200), and gives the interaction the event’s sekvensnummer and the person’s personidentifikator. The list itself cannot be pinned: it is the simulator’s own (its seed, fixture files and publication calendar), shared by every test run, so the consumer names the year and the date and the provider finds the event, as the household-group states find a person. The same seed and data clock give the same event; a year with no event on or after the date by the clock fails the interaction with that reason.',
    answers:
      '`/v1/hendelser/start?dato` 200 with a sekvensnummer at or before the event’s; `/v1/hendelser` from the sekvensnummer it gives 200 with that event first (identifikator the personidentifikator it gives, gjelderPeriode the year, hendelsetype NY); Summert skattegrunnlag 200 with that person’s oppgjoer of the year',
    injects: ['personidentifikator', 'sekvensnummer'],
  },
  {
    key: 'sisteTilgjengeligeOppgjoerEr',
    name: stateNames.sisteTilgjengeligeOppgjoerEr,
    params: ['personidentifikator', 'inntektsaar'],
    providers: [sisteTilgjengeligeSkatteoppgjoer, summertSkattegrunnlag],
    description:
      'The person’s oppgjoer of the income year is pinned as published and the oppgjoer of every later year up to the data clock’s year as missing, so Siste tilgjengelige skatteoppgjør names that year, for any synthetic person. The year must be before the data clock’s year (the newest year the API can name is last year); a later one fails the interaction with that reason.',
    answers:
      '200 with sisteTilgjengeligePeriode = the year; Summert skattegrunnlag 200 with the person’s oppgjoer of that year',
  },
];
