// The README's event-list example, type-checked in CI: follow Skatteoppgjør hendelser, look up
// each new assessment, and resume where the last run stopped.
import { readFile, writeFile } from 'node:fs/promises';
import {
  createSummertSkattegrunnlagClient,
  Inntektsaar,
  Personidentifikator,
} from '@skattedeling/summert-skattegrunnlag';
import {
  apiBaseUrl,
  createSkatteoppgjoerHendelserClient,
  erSlettet,
  skatteoppgjoerHendelserApi,
} from '@skattedeling/summert-skattegrunnlag/hendelser';
import { createSisteTilgjengeligeSkatteoppgjoerClient } from '@skattedeling/summert-skattegrunnlag/siste-tilgjengelige';

const getAccessToken = async () => process.env.MASKINPORTEN_TOKEN ?? ''; // scope skatteetaten:summertskattegrunnlag
const hendelser = createSkatteoppgjoerHendelserClient({
  baseUrl: apiBaseUrl(skatteoppgjoerHendelserApi, { simulator: 'http://127.0.0.1:5280' }),
  getAccessToken,
  retry: true,
});
const oppgjoer = createSummertSkattegrunnlagClient({
  baseUrl: 'http://127.0.0.1:5280/summertskattegrunnlag',
  getAccessToken,
});

// Where the last run stopped, or the first event since 1 April.
const saved = await readFile('position.txt', 'utf8').then(Number, () => undefined);
const fraSekvensnummer = saved ?? (await hendelser.start({ dato: '2026-04-01' }));
if (fraSekvensnummer === undefined) throw new Error('no event since 1 April yet; try tomorrow');

const stop = new AbortController();
process.once('SIGTERM', () => stop.abort()); // the loop ends quietly; the position is kept

const reader = hendelser.hendelser({
  fraSekvensnummer,
  antall: 500,
  signal: stop.signal,
  backoff: { initialDelayMs: 60_000, maxDelayMs: 15 * 60_000 }, // while the list has nothing new
  onPosition: (position) => writeFile('position.txt', String(position)), // after each page
});
for await (const hendelse of reader) {
  if (erSlettet(hendelse)) continue; // the assessment was withdrawn: the lookup answers 410 SSG-011
  const result = await oppgjoer.hent({
    stadie: 'oppgjoer',
    rettighetspakke: 'kommuneforeldrebetaling',
    inntektsaar: Inntektsaar(hendelse.gjelderPeriode),
    personidentifikator: Personidentifikator(hendelse.identifikator),
  });
  if (result.ok) console.log(hendelse.sekvensnummer, result.data.inntektsaar);
}
await writeFile('position.txt', String(reader.position));

// Which income year to ask for, before asking: the newest with a published assessment.
const siste = createSisteTilgjengeligeSkatteoppgjoerClient({
  baseUrl: 'http://127.0.0.1:5280/sistetilgjengeligeskatteoppgjoer',
  getAccessToken,
});
const aar = await siste.hent({ personidentifikator: Personidentifikator('07078600378') });
if (aar.ok) console.log(aar.data.sisteTilgjengeligePeriode); // "2025", or 404 TD-004 without one
