// What the integration relies on from Summert skattegrunnlag V2, one interaction per answer it
// handles. Provider states come from @skattedeling/pact; bodies are matched by the contract's
// rules, never by hand-written shapes.
import { PactV4 } from '@pact-foundation/pact';
import {
  bearerToken,
  consumerPactOptions,
  givenStates,
  kommuneHarPaakobling,
  kommuneManglerRettighetspakke,
  type ProviderState,
  personErSkjermet,
  personErUkjent,
  personHarOppgjoer,
  personManglerSummertSkattegrunnlag,
  providerNames,
  ssgFeilMatcher,
  summertSkattegrunnlagErSlettet,
  summertSkattegrunnlagMatcher,
  tjenestenFeilerMidlertidig,
} from '@skattedeling/pact';
import type { SsgFeilkode } from '@skattedeling/summert-skattegrunnlag';
import { describe, expect, it } from 'vitest';
import { hentSkattegrunnlag } from '../../src/calls.js';
import {
  callDeps,
  consumer,
  dato,
  kommune,
  oppgjoer,
  pactDir,
  personer,
  serviceAgainst,
} from './common.js';

const pact = new PactV4(
  consumerPactOptions({ consumer, provider: providerNames.summertSkattegrunnlag, dir: pactDir }),
);
const pakke = 'kommuneforeldrebetaling';
const harTilgang = kommuneHarPaakobling(kommune, 'summertskattegrunnlag', pakke);

/** One GET of the V2 oppgjoer, as the integration sends it. */
function interaction(
  description: string,
  pid: string,
  aar: string,
  states: ProviderState<string>[],
  rettighetspakke = pakke,
) {
  return givenStates(pact.addInteraction(), ...states)
    .uponReceiving(description)
    .withRequest('GET', `/v2/oppgjoer/${rettighetspakke}/${aar}/${pid}`, (request) =>
      request.headers({ Authorization: bearerToken(), Accept: 'application/json' }),
    );
}

/** An error body with exactly this kode. */
const feil = (kode: SsgFeilkode) => (response: { jsonBody(body: unknown): unknown }) => {
  response.jsonBody(ssgFeilMatcher(kode));
};

describe('Summert skattegrunnlag, as used for redusert foreldrebetaling', () => {
  it('computes the income basis from the latest oppgjoer', async () => {
    await interaction('a request for the 2024 oppgjoer of a person', personer.mor, '2024', [
      harTilgang,
      personHarOppgjoer(personer.mor, 2024),
    ])
      .willRespondWith(200, (response) =>
        response.jsonBody(summertSkattegrunnlagMatcher(oppgjoer(personer.mor, '2024'))),
      )
      .executeTest(async (server) => {
        const result = await serviceAgainst({
          summertSkattegrunnlagBaseUrl: server.url,
        }).redusertForeldrebetaling({
          kommune,
          husholdning: [personer.mor],
          dato,
        });
        expect(result).toMatchObject({ status: 'beregnet', samletInntekt: 512_300 });
      });
  });

  it('falls back to the year before when the person is not settled yet (SSG-008)', async () => {
    interaction(
      'a request for the 2024 oppgjoer of a person not settled for 2024',
      personer.ikkeFerdigLignet,
      '2024',
      [harTilgang, personManglerSummertSkattegrunnlag(personer.ikkeFerdigLignet, 2024)],
    ).willRespondWith(404, feil('SSG-008'));
    await interaction(
      'a request for the 2023 oppgjoer of a person settled for 2023',
      personer.ikkeFerdigLignet,
      '2023',
      [harTilgang, personHarOppgjoer(personer.ikkeFerdigLignet, 2023)],
    )
      .willRespondWith(200, (response) =>
        response.jsonBody(
          summertSkattegrunnlagMatcher(oppgjoer(personer.ikkeFerdigLignet, '2023')),
        ),
      )
      .executeTest(async (server) => {
        const result = await serviceAgainst({
          summertSkattegrunnlagBaseUrl: server.url,
        }).redusertForeldrebetaling({
          kommune,
          husholdning: [personer.ikkeFerdigLignet],
          dato,
        });
        expect(result).toMatchObject({ status: 'beregnet', personer: [{ inntektsaar: '2023' }] });
      });
  });

  it('answers an unknown person (SSG-007) with a result for manual handling', async () => {
    await interaction('a request for the oppgjoer of an unknown person', personer.ukjent, '2024', [
      harTilgang,
      personErUkjent(personer.ukjent),
    ])
      .willRespondWith(404, feil('SSG-007'))
      .executeTest(async (server) => {
        const result = await serviceAgainst({
          summertSkattegrunnlagBaseUrl: server.url,
        }).redusertForeldrebetaling({
          kommune,
          husholdning: [personer.ukjent],
          dato,
        });
        expect(result.personer).toEqual([
          { status: 'ukjentPerson', personidentifikator: personer.ukjent, kode: 'SSG-007' },
        ]);
      });
  });

  it('says the data is shielded for a skjermet person', async () => {
    await interaction(
      'a request for the oppgjoer of a person with a protected address',
      personer.skjermet,
      '2024',
      // Shielded answers need data to shield: the year is promised too.
      [harTilgang, personErSkjermet(personer.skjermet), personHarOppgjoer(personer.skjermet, 2024)],
    )
      .willRespondWith(200, (response) =>
        response.jsonBody(
          summertSkattegrunnlagMatcher(
            { personidentifikator: personer.skjermet, inntektsaar: '2024', skjermet: true },
            { exact: ['skjermet'] },
          ),
        ),
      )
      .executeTest(async (server) => {
        const result = await serviceAgainst({
          summertSkattegrunnlagBaseUrl: server.url,
        }).redusertForeldrebetaling({
          kommune,
          husholdning: [personer.skjermet],
          dato,
        });
        expect(result.personer).toEqual([
          { status: 'skjermet', personidentifikator: personer.skjermet },
        ]);
      });
  });

  it('treats a deleted tax basis (410 SSG-011) as no tax basis', async () => {
    await interaction('a request for a deleted oppgjoer', personer.slettet, '2024', [
      harTilgang,
      summertSkattegrunnlagErSlettet(personer.slettet, 2024),
    ])
      .willRespondWith(410, feil('SSG-011'))
      .executeTest(async (server) => {
        const result = await serviceAgainst({
          summertSkattegrunnlagBaseUrl: server.url,
        }).redusertForeldrebetaling({
          kommune,
          husholdning: [personer.slettet],
          dato,
        });
        expect(result.personer[0]).toMatchObject({
          status: 'ingenSkattegrunnlag',
          kode: 'SSG-011',
        });
      });
  });

  it('names the missing rettighetspakke on 403 SSG-005', async () => {
    await interaction(
      'a request with a rettighetspakke the municipality lacks',
      personer.mor,
      '2024',
      [kommuneManglerRettighetspakke(kommune, pakke, 'summertskattegrunnlag')],
    )
      .willRespondWith(403, feil('SSG-005'))
      .executeTest(async (server) => {
        const error = await serviceAgainst({ summertSkattegrunnlagBaseUrl: server.url })
          .redusertForeldrebetaling({ kommune, husholdning: [personer.mor], dato })
          .catch((e: unknown) => e);
        expect(error).toMatchObject({
          name: 'MissingAccessError',
          code: 'MANGLER_RETTIGHETSPAKKE',
          kilde: 'SSG-005',
        });
      });
  });

  it('retries a temporary failure (500) a bounded number of times, then reports it', async () => {
    await interaction(
      'a request while Summert skattegrunnlag is failing',
      personer.feilendeTjeneste,
      '2024',
      [harTilgang, tjenestenFeilerMidlertidig('summertskattegrunnlag')],
    )
      .willRespondWith(500, (response) => response.jsonBody(ssgFeilMatcher('DAS-003')))
      .executeTest(async (server) => {
        const error = await serviceAgainst({ summertSkattegrunnlagBaseUrl: server.url })
          .redusertForeldrebetaling({ kommune, husholdning: [personer.feilendeTjeneste], dato })
          .catch((e: unknown) => e);
        expect(error).toMatchObject({
          name: 'ServiceUnavailableError',
          attempts: 3,
          lastStatus: 500,
          lastKode: 'DAS-003',
        });
      });
  });
});

describe('Summert skattegrunnlag, as used for boligsosial støtte', () => {
  it('reads the latest oppgjoer with rettighetspakke kommuneboligsosialeformaal', async () => {
    const boligPakke = 'kommuneboligsosialeformaal';
    await interaction(
      'a request for the 2024 oppgjoer of a person for housing support',
      personer.bolig,
      '2024',
      [
        kommuneHarPaakobling(kommune, 'summertskattegrunnlag', boligPakke),
        personHarOppgjoer(personer.bolig, 2024),
      ],
      boligPakke,
    )
      .willRespondWith(200, (response) =>
        response.jsonBody(summertSkattegrunnlagMatcher(oppgjoer(personer.bolig, '2024'))),
      )
      .executeTest(async (server) => {
        // The Summert skattegrunnlag half of boligsosialStoette; the Inntekt half is in
        // inntekt.pact.test.ts, which answers this call from a stub.
        const outcome = await hentSkattegrunnlag(
          callDeps({ summertSkattegrunnlagBaseUrl: server.url }),
          {
            kommune,
            personidentifikator: personer.bolig,
            inntektsaar: '2024',
            rettighetspakke: boligPakke,
          },
        );
        expect(outcome.kind).toBe('data');
      });
  });
});
