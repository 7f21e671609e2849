// Following Inntekt hendelser: ask the Inntekt API again for each person and month the list
// names, and keep the position so the next run starts where this one stopped.
//
// In your own code, import from '@skattedeling/inntekt' and '@skattedeling/inntekt/hendelser';
// this file imports the package source so that the package's typecheck covers it.
import { createInntektHendelserClient, periodeForHendelse } from '../src/hendelser/index.js';
import { createInntektClient, type Inntekter } from '../src/index.js';

export async function foelgInntekt(options: {
  /** `https://inntekthendelser.api.skatteetaten-test.no` or the simulator's `…/inntekthendelser`. */
  hendelserBaseUrl: string;
  /** `https://inntekt.api.skatteetaten-test.no` or the simulator's `…/inntekt`. */
  inntektBaseUrl: string;
  /** A (cached) Maskinporten token with scope skatteetaten:inntekt; both APIs take it. */
  getAccessToken: () => Promise<string>;
  /** The position saved by the last run (1 the first time). */
  fraSekvensnummer: number;
  lagre: (position: number) => Promise<void>;
  behandle: (personidentifikator: string, inntekter: Inntekter | undefined) => Promise<void>;
  signal?: AbortSignal;
}): Promise<number> {
  const { getAccessToken } = options;
  const hendelser = createInntektHendelserClient({
    baseUrl: options.hendelserBaseUrl,
    getAccessToken,
  });
  const inntekt = createInntektClient({
    baseUrl: options.inntektBaseUrl,
    getAccessToken,
    retry: true,
  });
  const reader = hendelser.hendelser({
    fraSekvensnummer: options.fraSekvensnummer,
    follow: false, // a nightly job: read what is new, then stop
    onPosition: options.lagre,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  for await (const hendelse of reader) {
    const result = await inntekt.hent({
      rettighetspakke: 'kommuneBoligsosialeFormaal',
      personidentifikator: hendelse.identifikator,
      ...periodeForHendelse(hendelse),
    });
    // 404 IM-008: the month's data was deleted, or nothing is left for it.
    if (!result.ok && result.feil?.kode !== 'IM-008') throw new Error(`${result.status}`);
    await options.behandle(hendelse.identifikator, result.ok ? result.data : undefined);
  }
  return reader.position;
}
