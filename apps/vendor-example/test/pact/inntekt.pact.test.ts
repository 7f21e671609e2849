// What the integration relies on from the Inntekt API (boligsosial støtte): the last complete
// months of a-ordning income, and the answers it handles.
import { PactV4 } from '@pact-foundation/pact';
import type { Inntekter, InntektFeilkode } from '@skattedeling/inntekt';
import { Maaned, Maanedsperiode } from '@skattedeling/inntekt';
import {
  bearerToken,
  consumerPactOptions,
  givenStates,
  inntekterMatcher,
  inntektFeilMatcher,
  kommuneHarPaakobling,
  kommuneManglerRettighetspakke,
  type ProviderState,
  personErUkjent,
  personHarAOrdningInntekt,
  personManglerAOrdningInntekt,
  providerNames,
} from '@skattedeling/pact';
import { describe, expect, it } from 'vitest';
import { hentInntekt } from '../../src/calls.js';
import { fakeFetch, json, ssgBody } from '../fake-skatteetaten.js';
import { callDeps, consumer, dato, kommune, pactDir, personer, serviceAgainst } from './common.js';

const pact = new PactV4(
  consumerPactOptions({ consumer, provider: providerNames.inntekt, dir: pactDir }),
);
const pakke = 'kommuneBoligsosialeFormaal';
const harTilgang = kommuneHarPaakobling(kommune, 'inntekt', pakke);
// At the test date (15 June 2025) the complete months are March to May.
const fraOgMed = '2025-03';
const tilOgMed = '2025-05';
const periode = Maanedsperiode(Maaned(fraOgMed), Maaned(tilOgMed));

function interaction(description: string, pid: string, states: ProviderState<string>[]) {
  return givenStates(pact.addInteraction(), ...states)
    .uponReceiving(description)
    .withRequest('GET', `/v1/${pakke}/${pid}/inntekter`, (request) =>
      request
        .query({ fraOgMed, tilOgMed })
        .headers({ Authorization: bearerToken(), Accept: 'application/json' }),
    );
}

const feil = (kode: InntektFeilkode) => (response: { jsonBody(body: unknown): unknown }) => {
  response.jsonBody(inntektFeilMatcher(kode));
};

// One report with one salary line. The integration reads fordel, beloep and kalendermaaned; the
// contract demands an income type on every line, and the simulator reports salary for an
// employed person, so the line is a loennsinntekt (matched by shape: any beskrivelse).
const inntekter: Inntekter = {
  oppgaveInntektsmottaker: [
    {
      opplysningspliktigId: '312345676',
      virksomhetId: '312345684',
      kalendermaaned: '2025-03',
      inntekt: [
        {
          fordel: 'kontantytelse',
          utloeserArbeidsgiveravgift: true,
          inngaarIGrunnlagForTrekk: true,
          beloep: 41_250,
          loennsinntekt: { beskrivelse: 'fastloenn' },
        },
      ],
    },
  ],
};

describe('Inntekt API, as used for boligsosial støtte', () => {
  it('averages the cash income of the last complete months', async () => {
    await interaction(
      'a request for the income of the last three complete months',
      personer.bolig,
      [harTilgang, personHarAOrdningInntekt(personer.bolig, fraOgMed, tilOgMed)],
    )
      .willRespondWith(200, (response) => response.jsonBody(inntekterMatcher(inntekter)))
      .executeTest(async (server) => {
        // Summert skattegrunnlag is answered by a stub here; its interaction is in its own pact.
        const ssg = fakeFetch({
          [`/v2/oppgjoer/kommuneboligsosialeformaal/2024/${personer.bolig}`]: [
            json(200, ssgBody(personer.bolig, '2024', 480_000)),
          ],
        });
        const fetchBoth: typeof fetch = (input, init) =>
          String(input instanceof Request ? input.url : input).startsWith('http://ssg.stub')
            ? ssg.fetch(input, init)
            : fetch(input, init);
        const result = await serviceAgainst({
          summertSkattegrunnlagBaseUrl: 'http://ssg.stub',
          inntektBaseUrl: server.url,
          fetch: fetchBoth,
        }).boligsosialStoette({ kommune, husholdning: [personer.bolig], dato });
        expect(result).toMatchObject({
          status: 'beregnet',
          periode: { fraOgMed, tilOgMed },
          samletAarsinntekt: 480_000,
        });
        expect(result.personer[0]?.maanedsinntekt?.maaneder[0]).toEqual({
          maaned: '2025-03',
          beloep: 41_250,
        });
      });
  });

  it('counts a period with nothing reported (IM-008) as no income', async () => {
    await interaction('a request for a period with no income reported', personer.mor, [
      harTilgang,
      personManglerAOrdningInntekt(personer.mor, fraOgMed, tilOgMed),
    ])
      .willRespondWith(404, feil('IM-008'))
      .executeTest(async (server) => {
        const outcome = await hentInntekt(callDeps({ inntektBaseUrl: server.url }), {
          kommune,
          personidentifikator: personer.mor,
          periode,
          rettighetspakke: pakke,
        });
        expect(outcome).toEqual({ kind: 'ingenData', kode: 'IM-008' });
      });
  });

  it('answers an unknown person (IM-007) as a fact, not an error', async () => {
    await interaction('a request for the income of an unknown person', personer.ukjent, [
      harTilgang,
      personErUkjent(personer.ukjent),
    ])
      .willRespondWith(404, feil('IM-007'))
      .executeTest(async (server) => {
        const outcome = await hentInntekt(callDeps({ inntektBaseUrl: server.url }), {
          kommune,
          personidentifikator: personer.ukjent,
          periode,
          rettighetspakke: pakke,
        });
        expect(outcome).toEqual({ kind: 'ukjentPerson', kode: 'IM-007' });
      });
  });

  it('names the missing rettighetspakke on 403 IM-005', async () => {
    await interaction(
      'a request with a rettighetspakke the municipality lacks for the Inntekt API',
      personer.mor,
      [kommuneManglerRettighetspakke(kommune, pakke, 'inntekt')],
    )
      .willRespondWith(403, feil('IM-005'))
      .executeTest(async (server) => {
        const error = await hentInntekt(callDeps({ inntektBaseUrl: server.url }), {
          kommune,
          personidentifikator: personer.mor,
          periode,
          rettighetspakke: pakke,
        }).catch((e: unknown) => e);
        expect(error).toMatchObject({
          name: 'MissingAccessError',
          step: 'rettighetspakke',
          api: 'inntekt',
          kilde: 'IM-005',
        });
      });
  });
});
