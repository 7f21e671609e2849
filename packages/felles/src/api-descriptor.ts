// One API's facts, written once: its hosts, scopes, Altinn right, error codes by meaning, rights
// packages, stages and XML root. Each API package exports one such object (summertSkattegrunnlagApi,
// inntektApi, skatteoppgjoerHendelserApi, …); its clients and validators read it, and so can the
// simulator, the Pact states, the admin API and the docs, instead of writing the facts again.
import { type Feilkode, type Feilkodeprefiks, finnFeilkode } from './feil.js';

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

/**
 * The error codes of every event list (Skatteoppgjør hendelser, Inntekt hendelser, …): FA-001…
 * FA-006. The lists have no 403 code of their own; a refusal for scope or delegation is DAS-008.
 */
export const hendelseslisteFeilkoder = {
  uventet: 'FA-001',
  ukjentUrl: 'FA-002',
  autentisering: 'FA-003',
  autorisering: 'DAS-008',
  validering: 'FA-004',
  ikkeFunnet: 'FA-005',
  format: 'FA-006',
} as const satisfies Feilkoder;

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

/** The HTTP status each meaning has in every API's error table. */
const statusFor: Readonly<Record<Feilbetydning | ValgfriFeilbetydning, number>> = {
  uventet: 500,
  bakenforliggende: 500,
  ukjentUrl: 404,
  autentisering: 401,
  autorisering: 403,
  samtykke: 403,
  validering: 400,
  ikkeFunnet: 404,
  personIkkeFunnet: 404,
  format: 406,
  slettet: 410,
};

/**
 * What is wrong with a descriptor, checked against the error catalogue and the naming rules (the
 * host and the simulator path follow the id, the codes carry the API's prefix or DAS and have
 * the status their meaning has) and, given the text of its OpenAPI contract, against the
 * contract (its servers, scopes, error codes and XML namespace); an empty list when nothing is.
 */
export function checkApiDescriptor(api: ApiDescriptor, contract?: string): string[] {
  const problems: string[] = contract === undefined ? [] : againstContract(api, contract);
  const host = (url: string) => /^https:\/\/([a-z]+)\.api\.skatteetaten(-test)?\.no$/.exec(url);
  if (host(api.baseUrl.test)?.[1] !== api.id || host(api.baseUrl.test)?.[2] === undefined)
    problems.push(
      `baseUrl.test ${api.baseUrl.test} is not https://${api.id}.api.skatteetaten-test.no`,
    );
  if (
    host(api.baseUrl.produksjon)?.[1] !== api.id ||
    host(api.baseUrl.produksjon)?.[2] !== undefined
  )
    problems.push(
      `baseUrl.produksjon ${api.baseUrl.produksjon} is not https://${api.id}.api.skatteetaten.no`,
    );
  if (api.simulatorSti !== `/${api.id}`) problems.push(`simulatorSti is not /${api.id}`);
  if (!/^v[0-9]+$/.test(api.versjon)) problems.push(`versjon ${api.versjon} is not v<n>`);
  for (const scope of api.scopes)
    if (!/^skatteetaten:[a-z]+$/.test(scope))
      problems.push(`scope ${scope} is not skatteetaten:<name>`);
  for (const [meaning, kode] of Object.entries(api.feilkoder) as [Feilbetydning, Feilkode][]) {
    const entry = finnFeilkode(kode);
    if (entry === undefined) problems.push(`feilkoder.${meaning} ${kode} is not in the catalogue`);
    else if (!kode.startsWith(`${api.feilprefiks}-`) && !kode.startsWith('DAS-'))
      problems.push(`feilkoder.${meaning} ${kode} is neither ${api.feilprefiks} nor DAS`);
    else if (entry.status !== statusFor[meaning])
      problems.push(
        `feilkoder.${meaning} ${kode} has status ${entry.status}, not ${statusFor[meaning]}`,
      );
  }
  for (const pakke of api.rettighetspakkerMedSamtykke)
    if (!api.rettighetspakker.includes(pakke))
      problems.push(`${pakke} needs consent but is not listed`);
  return problems;
}

function againstContract(api: ApiDescriptor, contract: string): string[] {
  const problems: string[] = [];
  const servers = [...contract.matchAll(/^ {2}- url: (\S+)$/gm)].map((m) => m[1]);
  const expected = [
    api.baseUrl.test,
    api.baseUrl.produksjon,
    `http://127.0.0.1:5280${api.simulatorSti}`,
  ];
  if (servers.join(' ') !== expected.join(' '))
    problems.push(`the contract's servers are ${servers.join(', ')}, not ${expected.join(', ')}`);
  if (!new RegExp(`^ {2}/${api.versjon}/`, 'm').test(contract))
    problems.push(`the contract has no path under /${api.versjon}/`);
  const named = [...api.scopes, ...Object.values(api.feilkoder), api.xml.namespace];
  for (const fact of named)
    if (!contract.includes(fact)) problems.push(`the contract does not name ${fact}`);
  return problems;
}
