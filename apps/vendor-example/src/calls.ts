// One call to each API as the integration needs it: a token on the municipality's behalf, the
// request, bounded retries of transient failures, and the answer turned into an outcome (facts
// about the person) or a typed error (something someone must fix).
import { isRequestError } from '@skattedeling/felles';
import {
  createInntektClient,
  type Inntekter,
  inntektApi,
  type Maanedsperiode,
  validateInntekter,
} from '@skattedeling/inntekt';
import { isMaskinportenError, type MaskinportenError } from '@skattedeling/maskinporten-client';
import {
  createSummertSkattegrunnlagClient,
  type SummertSkattegrunnlag,
  summertSkattegrunnlagApi,
  validateSummertSkattegrunnlag,
} from '@skattedeling/summert-skattegrunnlag';
import {
  type Api,
  MissingAccessError,
  ServiceUnavailableError,
  UnexpectedResponseError,
} from './errors.js';
import { type Attempt, type RetryPolicy, type Sleep, withRetry } from './retry.js';
import { SCOPE_INNTEKT, SCOPE_SUMMERT_SKATTEGRUNNLAG, type TokenSource } from './tokens.js';

export interface CallDeps {
  readonly tokens: TokenSource;
  readonly summertSkattegrunnlagBaseUrl: string;
  readonly inntektBaseUrl: string;
  readonly fetch: typeof globalThis.fetch;
  readonly retry: RetryPolicy;
  readonly sleep: Sleep;
}

export type SkattegrunnlagOutcome =
  | { readonly kind: 'data'; readonly body: SummertSkattegrunnlag }
  | { readonly kind: 'skjermet' }
  | { readonly kind: 'ukjentPerson'; readonly kode: string }
  | { readonly kind: 'ingenData'; readonly kode: string }
  | { readonly kind: 'slettet'; readonly kode: string };

export type InntektOutcome =
  | { readonly kind: 'data'; readonly body: Inntekter }
  | { readonly kind: 'skjermet' }
  | { readonly kind: 'ukjentPerson'; readonly kode: string }
  | { readonly kind: 'ingenData'; readonly kode: string };

/** A transient failure, remembered for the error after the last attempt. */
interface Transient {
  readonly system: 'maskinporten' | Api;
  readonly status: number;
  readonly kode: string | undefined;
  readonly cause?: unknown;
}

/** Maskinporten's refusal as the onboarding step it reveals, a retry, or the error itself. */
function tokenFailure(error: MaskinportenError, kommune: string, api: Api): Attempt<never> {
  if (error.mpCode === 'MP-250')
    throw new MissingAccessError('paakobling', kommune, api, 'MP-250', '', { cause: error });
  if (error.mpCode === 'MP-251')
    throw new MissingAccessError('delegering', kommune, api, 'MP-251', '', { cause: error });
  if (error.retryable) {
    const failure: Transient = {
      system: 'maskinporten',
      status: error.status,
      kode: error.error,
      cause: error,
    };
    return { retry: true, failure };
  }
  // invalid_grant, invalid_scope, …: the vendor's own Maskinporten set-up is wrong. Not retried,
  // and not the municipality's to fix: passed on as it is (it names the MP code and the cause).
  throw error;
}

async function attemptCall<T>(
  kommune: string,
  api: Api,
  call: () => Promise<Attempt<T>>,
): Promise<Attempt<T>> {
  try {
    return await call();
  } catch (error) {
    if (isMaskinportenError(error)) return tokenFailure(error, kommune, api);
    // No answer at all: the clients throw a RequestError (timeout, network) for it.
    if (isRequestError(error) && error.retryable)
      return {
        retry: true,
        failure: { system: api, status: 0, kode: undefined, cause: error } satisfies Transient,
      };
    throw error;
  }
}

function unavailable(failure: unknown, attempts: number): Error {
  const t = failure as Transient;
  return new ServiceUnavailableError(t.system, attempts, t.status, t.kode, {
    cause: t.cause ?? failure,
  });
}

const ssg = summertSkattegrunnlagApi.feilkoder;
const im = inntektApi.feilkoder;

/** 403 codes that mean access is missing: each API's own, and the shared DAS-008. */
const forbiddenKoder = new Set<string>([ssg.autorisering, im.autorisering, 'DAS-008']);

/**
 * What a failed call means for either API: first the API's own codes (`known`), then a retry for
 * any 5xx, a missing onboarding step for a 403 that names one, and otherwise an unexpected answer.
 */
function failedAttempt<V>(
  api: Api,
  request: { readonly kommune: string; readonly rettighetspakke: string },
  result: {
    readonly status: number;
    readonly feil?: { kode: string; melding: string; korrelasjonsid: string } | undefined;
  },
  known: (status: number, kode: string | undefined) => V | undefined,
): Attempt<V> {
  const kode = result.feil?.kode;
  if (result.status >= 500)
    return {
      retry: true,
      failure: { system: api, status: result.status, kode } satisfies Transient,
    };
  const value = known(result.status, kode);
  if (value !== undefined) return { retry: false, value };
  if (result.status === 403 && kode !== undefined && forbiddenKoder.has(kode)) {
    throw new MissingAccessError(
      'rettighetspakke',
      request.kommune,
      api,
      kode,
      request.rettighetspakke,
    );
  }
  throw new UnexpectedResponseError(
    api,
    result.status,
    kode,
    result.feil?.melding ?? 'no error body',
    result.feil?.korrelasjonsid,
  );
}

export async function hentSkattegrunnlag(
  deps: CallDeps,
  request: {
    kommune: string;
    personidentifikator: string;
    inntektsaar: string;
    rettighetspakke: string;
  },
): Promise<SkattegrunnlagOutcome> {
  const api: Api = 'summertskattegrunnlag';
  const client = createSummertSkattegrunnlagClient({
    baseUrl: deps.summertSkattegrunnlagBaseUrl,
    fetch: deps.fetch,
    getAccessToken: () =>
      deps.tokens({ scope: SCOPE_SUMMERT_SKATTEGRUNNLAG, consumerOrg: request.kommune }),
  });
  return withRetry(
    deps.retry,
    deps.sleep,
    () =>
      attemptCall(request.kommune, api, async (): Promise<Attempt<SkattegrunnlagOutcome>> => {
        const result = await client.hent({
          stadie: 'oppgjoer',
          rettighetspakke: request.rettighetspakke,
          inntektsaar: request.inntektsaar,
          personidentifikator: request.personidentifikator,
        });
        if (result.ok) {
          const checked = validateSummertSkattegrunnlag(result.data);
          if (!checked.ok)
            throw new UnexpectedResponseError(
              api,
              result.status,
              undefined,
              `the body breaks the contract: ${checked.message}`,
            );
          const value: SkattegrunnlagOutcome = checked.value.skjermet
            ? { kind: 'skjermet' }
            : { kind: 'data', body: checked.value };
          return { retry: false, value };
        }
        return failedAttempt(api, request, result, (status, kode) => {
          if (status === 404 && kode === ssg.personIkkeFunnet)
            return { kind: 'ukjentPerson', kode };
          if (status === 404 && kode === ssg.ikkeFunnet) return { kind: 'ingenData', kode };
          if (status === 410) return { kind: 'slettet', kode: kode ?? ssg.slettet };
          return undefined;
        });
      }),
    unavailable,
  );
}

export async function hentInntekt(
  deps: CallDeps,
  request: {
    kommune: string;
    personidentifikator: string;
    periode: Maanedsperiode;
    rettighetspakke: string;
  },
): Promise<InntektOutcome> {
  const api: Api = 'inntekt';
  const client = createInntektClient({
    baseUrl: deps.inntektBaseUrl,
    fetch: deps.fetch,
    getAccessToken: () => deps.tokens({ scope: SCOPE_INNTEKT, consumerOrg: request.kommune }),
  });
  return withRetry(
    deps.retry,
    deps.sleep,
    () =>
      attemptCall(request.kommune, api, async (): Promise<Attempt<InntektOutcome>> => {
        const result = await client.hent({
          rettighetspakke: request.rettighetspakke,
          personidentifikator: request.personidentifikator,
          fraOgMed: request.periode.fraOgMed,
          tilOgMed: request.periode.tilOgMed,
        });
        if (result.ok) {
          const checked = validateInntekter(result.data);
          if (!checked.ok)
            throw new UnexpectedResponseError(
              api,
              result.status,
              undefined,
              `the body breaks the contract: ${checked.message}`,
            );
          const value: InntektOutcome =
            checked.value.skjermet === true
              ? { kind: 'skjermet' }
              : { kind: 'data', body: checked.value };
          return { retry: false, value };
        }
        return failedAttempt(api, request, result, (status, kode) => {
          if (status === 404 && kode === im.personIkkeFunnet) return { kind: 'ukjentPerson', kode };
          if (status === 404 && kode === im.ikkeFunnet) return { kind: 'ingenData', kode };
          return undefined;
        });
      }),
    unavailable,
  );
}
