// What can go wrong that a case worker must act on, as typed errors with a stable `code`. Answers
// that are facts about a person (unknown, shielded, no tax basis) are results, not errors: see
// results.ts.

/** The onboarding step that is missing, in the order a municipality goes through them. */
export type MissingStep = 'paakobling' | 'delegering' | 'rettighetspakke';

export type Api = 'summertskattegrunnlag' | 'inntekt';

const apiNavn: Record<Api, string> = {
  summertskattegrunnlag: 'Summert skattegrunnlag API',
  inntekt: 'Inntekt API',
};

const whatToDo: Record<MissingStep, (api: Api, detail: string) => string> = {
  paakobling: (api) =>
    `the municipality has no påkobling for ${apiNavn[api]}: sign KS's tilslutningserklæring if not done, and ask KS to send the påkoblingsforespørsel for ${apiNavn[api]} to Skatteetaten`,
  delegering: (api, detail) =>
    `the municipality has not delegated "${apiNavn[api]} - På vegne av" to the vendor${detail}: a person with the right role in the municipality delegates it in Altinn`,
  rettighetspakke: (api, detail) =>
    `the municipality has not been granted rettighetspakke ${detail} for ${apiNavn[api]}: ask Skatteetaten (through KS) to add it to the påkobling`,
};

/**
 * The municipality (the token's consumer) lacks an onboarding step for an API. The message names
 * the step and who fixes it; `code` is stable for programs.
 */
export class MissingAccessError extends Error {
  override readonly name = 'MissingAccessError';
  readonly code: 'MANGLER_PAAKOBLING' | 'MANGLER_DELEGERING' | 'MANGLER_RETTIGHETSPAKKE';

  constructor(
    readonly step: MissingStep,
    readonly kommune: string,
    readonly api: Api,
    /** The error code that revealed it: MP-250, MP-251, SSG-005, IM-005, DAS-008. */
    readonly kilde: string,
    detail = '',
    options?: { cause?: unknown },
  ) {
    super(`Kommune ${kommune}: ${whatToDo[step](api, detail)} (${kilde})`, options);
    this.code =
      step === 'paakobling'
        ? 'MANGLER_PAAKOBLING'
        : step === 'delegering'
          ? 'MANGLER_DELEGERING'
          : 'MANGLER_RETTIGHETSPAKKE';
  }
}

/** A system kept failing (5xx, 503, network) after the bounded retries. */
export class ServiceUnavailableError extends Error {
  override readonly name = 'ServiceUnavailableError';
  readonly code = 'TJENESTE_UTILGJENGELIG';

  constructor(
    readonly system: 'maskinporten' | Api,
    readonly attempts: number,
    /** HTTP status of the last answer; 0 when there was none. */
    readonly lastStatus: number,
    /** Error code of the last answer (DAS-003, SSG-002, temporarily_unavailable), when known. */
    readonly lastKode: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(
      `${system} is unavailable: ${attempts} attempts failed, last ${lastStatus === 0 ? 'without an answer' : `with ${lastStatus}${lastKode === undefined ? '' : ` ${lastKode}`}`}; try again later`,
      options,
    );
  }
}

/** An answer the integration does not expect (400, 401, 406, a body that breaks the contract). */
export class UnexpectedResponseError extends Error {
  override readonly name = 'UnexpectedResponseError';
  readonly code = 'UVENTET_SVAR';

  constructor(
    readonly system: 'maskinporten' | Api,
    readonly status: number,
    readonly kode: string | undefined,
    detail: string,
    /** Quote it to Skatteetaten's support. */
    readonly korrelasjonsid?: string,
  ) {
    super(
      `${system} answered ${status}${kode === undefined ? '' : ` ${kode}`}: ${detail}${korrelasjonsid === undefined ? '' : ` (korrelasjonsid ${korrelasjonsid})`}`,
    );
  }
}
