// A fetch that answers like Summert skattegrunnlag and the Inntekt API, one scripted answer per
// call, for unit tests of the integration's logic. The Pact tests check the same calls against
// the contract; these check what the integration does with each answer.
import { lagFeil } from '@skattedeling/felles';
import {
  createVendorService,
  type VendorService,
  type VendorServiceOptions,
} from '../src/service.js';

export interface Call {
  readonly url: string;
  readonly authorization: string | null;
}

export type Answer = { status: number; body: unknown } | { networkError: true };

export function json(status: number, body: unknown): Answer {
  return { status, body };
}

export function feil(status: number, kode: Parameters<typeof lagFeil>[0]): Answer {
  return { status, body: lagFeil(kode) };
}

export function ssgBody(personidentifikator: string, inntektsaar: string, sumInntekter: number) {
  return {
    personidentifikator,
    inntektsaar,
    grunnlag: [
      {
        tekniskNavn: 'samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt',
        beloep: sumInntekter - 1000,
        kategori: 'inntekt',
      },
      {
        tekniskNavn: 'samledeOpptjenteRenterIInnenlandskeBanker',
        beloep: 1000,
        kategori: 'inntekt',
      },
      {
        tekniskNavn: 'sumInntekterIAlminneligInntektFoerFordelingsfradrag',
        beloep: sumInntekter,
        kategori: '-',
      },
      {
        tekniskNavn: 'alminneligInntektFoerSaerfradrag',
        beloep: sumInntekter - 120000,
        kategori: '-',
      },
    ],
    skjermet: false,
    stadie: 'oppgjoer',
  };
}

/**
 * `routes` maps a URL path (after the base URL) to the answers for successive calls; the last
 * answer repeats. Unlisted paths answer 404 DAS-002.
 */
export function fakeFetch(routes: Record<string, Answer[]>): {
  fetch: typeof fetch;
  calls: Call[];
} {
  const calls: Call[] = [];
  const seen = new Map<string, number>();
  const fetchImpl = async (
    input: string | URL | Request,
    init?: RequestInit,
  ): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const key = `${url.pathname}${url.search}`;
    calls.push({ url: key, authorization: request.headers.get('authorization') });
    const answers = routes[key];
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const answer = answers?.[Math.min(n, answers.length - 1)] ?? feil(404, 'DAS-002');
    if ('networkError' in answer)
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:1') });
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { fetch: fetchImpl as typeof fetch, calls };
}

/** The service on a fake fetch, with a token source that always answers. */
export function serviceOnFake(
  fetch: typeof globalThis.fetch,
  options: Partial<VendorServiceOptions> = {},
): VendorService {
  return createVendorService({
    tokens: async () => 'token',
    summertSkattegrunnlagBaseUrl: 'http://ssg.test',
    inntektBaseUrl: 'http://inntekt.test',
    fetch,
    ...options,
  });
}
