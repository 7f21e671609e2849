// Following Skatteoppgjør hendelser, start to lookup: the first event on or after the start date,
// a page from the event the provider found, and the lookup of the person it names, which
// re-evaluates their household. The list is the simulator's own (no state can put an event for a
// person of ours in it), so the state names the year and the start date, and the provider gives
// the event's `sekvensnummer` and `personidentifikator`; `fromStates` puts each where the service
// sends it. Two mock servers run at once: the list's and Summert skattegrunnlag's.
import { PactV4 } from '@pact-foundation/pact';
import {
  bearerToken,
  consumerPactOptions,
  fromStates,
  givenStates,
  hendelseStartMatcher,
  kommuneHarPaakobling,
  providerNames,
  skatteoppgjoerHendelseFinnes,
  skatteoppgjoerHendelserMatcher,
  summertSkattegrunnlagMatcher,
} from '@skattedeling/pact';
import { describe, expect, it } from 'vitest';
import { inMemoryDecisions } from '../../src/decisions.js';
import {
  followOppgjoerHendelser,
  inMemoryPosition,
  skatteoppgjoerHendelserFor,
} from '../../src/follow-oppgjoer.js';
import {
  consumer,
  dato,
  kommune,
  oppgjoer,
  pactDir,
  personer,
  serviceAgainst,
  testToken,
} from './common.js';

const liste = new PactV4(
  consumerPactOptions({ consumer, provider: providerNames.skatteoppgjoerHendelser, dir: pactDir }),
);
const oppslag = new PactV4(
  consumerPactOptions({ consumer, provider: providerNames.summertSkattegrunnlag, dir: pactDir }),
);
const pakke = 'kommuneforeldrebetaling';
const harTilgang = kommuneHarPaakobling(kommune, 'summertskattegrunnlag', pakke);
const headers = { Authorization: bearerToken(), Accept: 'application/json' };

/** Where the service starts reading the first time: the 2024 oppgjoer are published from March 2025. */
const fraDato = '2025-03-01';
const hendelse = skatteoppgjoerHendelseFinnes(2024, fraDato);
/** The consumer test's examples; at verification the state gives the event it found. */
const eksempel = {
  sekvensnummer: 5_167_814_400_000,
  personidentifikator: personer.ikkeFerdigLignet,
};

describe('Skatteoppgjør hendelser, followed for redusert foreldrebetaling', () => {
  it('re-evaluates a household when a member’s oppgjoer for its income year arrives: start date, page, lookup', async () => {
    givenStates(liste.addInteraction(), harTilgang, hendelse)
      .uponReceiving(`a request for the first Skatteoppgjør hendelse on or after ${fraDato}`)
      .withRequest('GET', '/v1/hendelser/start', (request) =>
        request.query({ dato: fraDato }).headers(headers),
      )
      .willRespondWith(200, (response) =>
        response.jsonBody(hendelseStartMatcher({ sekvensnummer: eksempel.sekvensnummer })),
      );
    const side = givenStates(liste.addInteraction(), harTilgang, hendelse)
      .uponReceiving(
        'a request for a page of Skatteoppgjør hendelser from an oppgjoer event for 2024',
      )
      .withRequest('GET', '/v1/hendelser', (request) =>
        request
          .query({
            fraSekvensnummer: fromStates(`\${sekvensnummer}`, {
              sekvensnummer: String(eksempel.sekvensnummer),
            }),
            antall: '100',
          })
          .headers(headers),
      )
      // What the service reads of an event; the provider's page holds more events after it.
      .willRespondWith(200, (response) =>
        response.jsonBody(
          skatteoppgjoerHendelserMatcher({
            hendelser: [
              {
                sekvensnummer: eksempel.sekvensnummer,
                identifikator: eksempel.personidentifikator,
                gjelderPeriode: '2024',
              },
            ],
          }),
        ),
      );
    const lookup = givenStates(oppslag.addInteraction(), harTilgang, hendelse)
      .uponReceiving('a request for the 2024 oppgjoer of the person an oppgjoer event names')
      .withRequest(
        'GET',
        fromStates(`/v2/oppgjoer/${pakke}/2024/\${personidentifikator}`, {
          personidentifikator: eksempel.personidentifikator,
        }),
        (request) => request.headers(headers),
      )
      .willRespondWith(200, (response) =>
        response.jsonBody(
          summertSkattegrunnlagMatcher(oppgjoer(eksempel.personidentifikator, '2024')),
        ),
      );

    await lookup.executeTest(async (ssg) =>
      side.executeTest(async (list) => {
        // Decided on 15 June 2025 while the member was not settled for 2024.
        const decisions = inMemoryDecisions();
        await decisions.save({
          kommune,
          husholdning: [eksempel.personidentifikator],
          dato,
          resultat: {
            kommune,
            status: 'manuellBehandling',
            personer: [],
            samletInntekt: undefined,
            melding: 'no summert skattegrunnlag for 2024 or 2023',
          },
        });
        const service = serviceAgainst({ summertSkattegrunnlagBaseUrl: ssg.url, decisions });
        const position = inMemoryPosition();
        const stop = new AbortController();
        await followOppgjoerHendelser(
          {
            kommune,
            hendelser: skatteoppgjoerHendelserFor({
              baseUrl: list.url,
              kommune,
              tokens: async () => testToken,
            }),
            position,
            decisions,
            reevaluate: service.redusertForeldrebetaling,
            fraDato,
            onReevaluated: () => stop.abort(),
          },
          { signal: stop.signal },
        );
        expect(decisions.all()).toHaveLength(1);
        expect(decisions.all()[0]?.resultat).toMatchObject({
          status: 'beregnet',
          samletInntekt: 512_300,
          personer: [{ inntektsaar: '2024' }],
        });
        expect(position.saved.at(-1)).toBe(eksempel.sekvensnummer + 1);
      }),
    );
  });
});
