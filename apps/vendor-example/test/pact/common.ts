// What the consumer tests share: names, the pact folder, the test persons and municipalities, and
// a service wired to a Pact mock server. Identifiers are synthetic (Test-Norge: month + 80;
// organisations starting with 2), so the simulator knows the persons and no real one is named.
import { fileURLToPath } from 'node:url';
import type { SummertSkattegrunnlag } from '@skattedeling/summert-skattegrunnlag';
import type { CallDeps } from '../../src/calls.js';
import { createVendorService, type VendorServiceOptions } from '../../src/service.js';

export const consumer = 'skattedeling-vendor-example';

/** The repository's one pact folder (wiped by `pnpm test:pact` before the run, not here). */
export const pactDir =
  process.env.PACT_DIR ?? fileURLToPath(new URL('../../../../pacts', import.meta.url));

/** The decision date of every test: income year 2024 first, months 2025-03…2025-05. */
export const dato = '2025-06-15';

export const kommune = '240655551';
export const kommuneUtenTilgang = '256133008';
export const leverandoer = '242205723';

export const personer = {
  mor: '10898322748',
  ikkeFerdigLignet: '12849028764',
  ukjent: '16888990554',
  skjermet: '29879019409',
  slettet: '11928717269',
  feilendeTjeneste: '16908514770',
  bolig: '03839303601',
} as const;

/** An oppgjoer as the integration reads it: Sum inntekter, 512 300 kr. */
export function oppgjoer(personidentifikator: string, inntektsaar: string): SummertSkattegrunnlag {
  return {
    personidentifikator,
    inntektsaar,
    // The integration reads this total; each element of the provider's list is matched by shape.
    grunnlag: [
      {
        tekniskNavn: 'sumInntekterIAlminneligInntektFoerFordelingsfradrag',
        beloep: 512_300,
        kategori: '-',
      },
    ],
    skjermet: false,
    stadie: 'oppgjoer',
  };
}

/** What the service sends as its bearer token in API tests (Maskinporten is its own pact). */
export const testToken = 'vendor-example-test-token';

/** Nothing listens here: a call to an API a test does not mock fails loudly. */
export const nowhere = 'http://127.0.0.1:9';

export function serviceAgainst(
  urls: Partial<
    Pick<
      VendorServiceOptions,
      'summertSkattegrunnlagBaseUrl' | 'inntektBaseUrl' | 'fetch' | 'tokens' | 'decisions'
    >
  >,
) {
  return createVendorService({
    tokens: async () => testToken,
    summertSkattegrunnlagBaseUrl: nowhere,
    inntektBaseUrl: nowhere,
    sleep: async () => {},
    ...urls,
  });
}

/** What `hentSkattegrunnlag` / `hentInntekt` need, for tests of one call; no retries. */
export function callDeps(overrides: Partial<CallDeps>): CallDeps {
  return {
    tokens: async () => testToken,
    summertSkattegrunnlagBaseUrl: nowhere,
    inntektBaseUrl: nowhere,
    fetch: globalThis.fetch,
    retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
    sleep: async () => {},
    ...overrides,
  };
}
