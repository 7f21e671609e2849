// One API's facts, written once: its hosts, scopes, Altinn right, error codes by meaning, rights
// packages, stages and XML root. Each API package exports one such object (summertSkattegrunnlagApi,
// inntektApi, skatteoppgjoerHendelserApi, …); its clients and validators read it, and so can the
// simulator, the Pact states, the admin API and the docs, instead of writing the facts again.
import type { Feilkode, Feilkodeprefiks } from './feil.js';

/** Skatteetaten's two environments. */
export type Miljoe = 'test' | 'produksjon';

/** What the error codes every API has mean; a program names a refusal by meaning, not by number. */
export type Feilbetydning =
  /** 500: an unexpected error in the service. */
  | 'uventet'
  /** 404: the URL is unknown to the API. */
  | 'ukjentUrl'
  /** 401: the access token is missing, expired or not valid. */
  | 'autentisering'
  /** 403: the consumer may not read this (scope, delegation or rights package). */
  | 'autorisering'
  /** 400: a parameter failed input validation. */
  | 'validering'
  /** 404: nothing for the input (no data for the person and period; no events). */
  | 'ikkeFunnet'
  /** 406: a format other than JSON or XML was asked for. */
  | 'format';

/** Codes only some APIs have. */
export type ValgfriFeilbetydning =
  /** 500: an unexpected error in a system behind the API. */
  | 'bakenforliggende'
  /** 404: no person with this personidentifikator. */
  | 'personIkkeFunnet'
  /** 403: the consent token is missing or not valid. */
  | 'samtykke'
  /** 410: the data existed and was deleted. */
  | 'slettet';

export type Feilkoder = Readonly<Record<Feilbetydning, Feilkode>> &
  Readonly<Partial<Record<ValgfriFeilbetydning, Feilkode>>>;

export interface ApiDescriptor {
  /**
   * Short id: the first label of the API's host (`summertskattegrunnlag` in
   * `summertskattegrunnlag.api.skatteetaten.no`), also the simulator's path prefix.
   */
  readonly id: string;
  /** The API's name in Skatteetaten's documentation. */
  readonly navn: string;
  /** The version segment the contract's paths start with (`v2`). */
  readonly versjon: string;
  /** The base URL a client takes (`baseUrl`), per environment: the host, without the version. */
  readonly baseUrl: Readonly<Record<Miljoe, string>>;
  /** Where the simulator serves the API, below its origin (`/summertskattegrunnlag`). */
  readonly simulatorSti: `/${string}`;
  /** The Maskinporten scopes the API accepts; ask for the first. */
  readonly scopes: readonly [string, ...string[]];
  /** The right a customer delegates to its vendor in Altinn ("… API - På vegne av"). */
  readonly altinnRettighet: string;
  /**
   * For a support service with no access of its own (the event lists, Siste tilgjengelige): the
   * `id` of the lookup API whose grant (påkobling) and Altinn delegation it follows.
   */
  readonly tilgangVia?: string;
  /** The prefix of the API's own error codes (`SSG`, `IM`, `FA`, `TD`); all also send `DAS`. */
  readonly feilprefiks: Feilkodeprefiks;
  /** The API's error code for each meaning. */
  readonly feilkoder: Feilkoder;
  /**
   * The rights packages the documentation lists, spelled as there; empty when the API takes
   * none. The lists change, so a name not here is not necessarily wrong.
   */
  readonly rettighetspakker: readonly string[];
  /** The rights packages that need the person's consent (`AltinnSamtykke`). */
  readonly rettighetspakkerMedSamtykke: readonly string[];
  /** The stages of the tax assessment, and which each rights package reads; absent without stages. */
  readonly stadier?: {
    readonly alle: readonly string[];
    /** Keyed by the package in lower case; a package not listed reads `standard`. */
    readonly perRettighetspakke: Readonly<Record<string, readonly string[]>>;
    readonly standard: readonly string[];
  };
  /** The XML form of the main body: root element and namespace, and whether they are published. */
  readonly xml: {
    readonly rot: string;
    readonly namespace: string;
    readonly publisert: boolean;
  };
  /** The contract the package is generated from, as a repository path. */
  readonly kontrakt: string;
}

/**
 * The base URL for a client of `api`: Skatteetaten's test or production host, or the API's place
 * under a simulator's origin (`{ simulator: 'http://127.0.0.1:5280' }`).
 */
export function apiBaseUrl(
  api: Pick<ApiDescriptor, 'baseUrl' | 'simulatorSti'>,
  where: Miljoe | { readonly simulator: string },
): string {
  if (typeof where === 'string') {
    const url = api.baseUrl[where];
    if (url === undefined) throw new RangeError(`miljoe must be test or produksjon, got ${where}`);
    return url;
  }
  return `${where.simulator.replace(/\/+$/, '')}${api.simulatorSti}`;
}
