// The provider-state vocabulary: every state a consumer test may ask for, named after a domain
// fact. The name is a template whose `{placeholders}` are the state's Pact V4 params; the
// simulator's verifier has one handler per name and refuses any name not listed here.
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
}

const { maskinporten, summertSkattegrunnlag, inntekt } = providerNames;

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
      'The person exists and has a final tax assessment (stadie oppgjoer) for the income year. The amounts are the provider’s own (the simulator’s deterministic data); a consumer test matches their shape, not their values.',
    answers: '200 with the summert skattegrunnlag',
  },
  {
    key: 'personErUkjent',
    name: stateNames.personErUkjent,
    params: ['personidentifikator'],
    providers: [summertSkattegrunnlag, inntekt],
    description: 'No person has this personidentifikator.',
    answers: '404 SSG-007 (Summert skattegrunnlag), 404 IM-007 (Inntekt)',
  },
  {
    key: 'personErSkjermet',
    name: stateNames.personErSkjermet,
    params: ['personidentifikator'],
    providers: [summertSkattegrunnlag, inntekt],
    description:
      'The person has a protected address (strengt fortrolig); a rights package without access to shielded persons gets only the call’s parameters and skjermet: true.',
    answers: '200 with skjermet: true and no grunnlag',
  },
  {
    key: 'personManglerSummertSkattegrunnlag',
    name: stateNames.personManglerSummertSkattegrunnlag,
    params: ['personidentifikator', 'inntektsaar'],
    providers: [summertSkattegrunnlag],
    description:
      'The person exists but has no summert skattegrunnlag for the income year (for example because the assessment is not settled yet).',
    answers: '404 SSG-008',
  },
  {
    key: 'summertSkattegrunnlagErSlettet',
    name: stateNames.summertSkattegrunnlagErSlettet,
    params: ['personidentifikator', 'inntektsaar'],
    providers: [summertSkattegrunnlag],
    description: 'The summert skattegrunnlag for the person and year existed and has been deleted.',
    answers: '410 SSG-011',
  },
  {
    key: 'personHarAOrdningInntekt',
    name: stateNames.personHarAOrdningInntekt,
    params: ['personidentifikator', 'fraOgMed', 'tilOgMed'],
    providers: [inntekt],
    description:
      'Employers or other payers have reported income for the person through the a-ordning in every month of the period.',
    answers: '200 with oppgaveInntektsmottaker',
  },
  {
    key: 'personManglerAOrdningInntekt',
    name: stateNames.personManglerAOrdningInntekt,
    params: ['personidentifikator', 'fraOgMed', 'tilOgMed'],
    providers: [inntekt],
    description: 'The person exists but nothing was reported for them in the period.',
    answers: '404 IM-008',
  },
  {
    key: 'kommuneHarPaakobling',
    name: stateNames.kommuneHarPaakobling,
    params: ['orgnr', 'api', 'rettighetspakke'],
    providers: [maskinporten, summertSkattegrunnlag, inntekt],
    description:
      'The municipality has signed the tilslutningserklæring and Skatteetaten has granted its påkobling for the API with the rettighetspakke.',
    answers:
      'Maskinporten issues the API’s scope for the municipality; the API serves the rettighetspakke',
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
    providers: [maskinporten],
    description:
      'The municipality has delegated the API’s right ("… API - På vegne av") in Altinn to the vendor.',
    answers: 'Maskinporten issues tokens with consumer = municipality and supplier = vendor',
  },
  {
    key: 'kommuneHarIkkeDelegert',
    name: stateNames.kommuneHarIkkeDelegert,
    params: ['orgnr', 'api', 'leverandoer'],
    providers: [maskinporten],
    description: 'The municipality has not delegated the API’s right in Altinn to the vendor.',
    answers: '403 forbidden MP-251 from Maskinporten',
  },
  {
    key: 'tjenestenFeilerMidlertidig',
    name: stateNames.tjenestenFeilerMidlertidig,
    params: ['system'],
    providers: [maskinporten, summertSkattegrunnlag, inntekt],
    description:
      'The system fails for every request until the interaction ends (a back-end outage). Consumers are expected to retry a bounded number of times.',
    answers: '500 DAS-003 (Skatteetaten APIs), 503 temporarily_unavailable (Maskinporten)',
  },
];
