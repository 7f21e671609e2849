// The income basis of persons the provider picks by what they are: an investor with a gain, a
// loss, dividends and their `oppjustertTillegg…` items, and a person on arbeidsavklaringspenger. The profile states find a person with those items in the simulator and
// give their number to the request (`fromStates`); each response must contain the items, so the
// pact holds only where the service's rules for them are put to work.
import { MatchersV3, PactV4 } from '@pact-foundation/pact';
import {
  bearerToken,
  consumerPactOptions,
  fromStates,
  givenStates,
  kommuneHarPaakobling,
  type ProviderState,
  personIGruppeHarOppgjoerMed,
  providerNames,
  summertSkattegrunnlagMatcher,
} from '@skattedeling/pact';
import type { Grunnlag, SummertSkattegrunnlag } from '@skattedeling/summert-skattegrunnlag';
import { describe, expect, it } from 'vitest';
import { SUM_INNTEKTER } from '../../src/income-basis.js';
import { consumer, dato, kommune, pactDir, serviceAgainst } from './common.js';

const pact = new PactV4(
  consumerPactOptions({ consumer, provider: providerNames.summertSkattegrunnlag, dir: pactDir }),
);
const pakke = 'kommuneforeldrebetaling';
const harTilgang = kommuneHarPaakobling(kommune, 'summertskattegrunnlag', pakke);

/** The consumer test's examples; at verification the profile states give real persons. */
const eksempel = { investor: '04906900764', aap: '21828600734' } as const;

/**
 * `grunnlag` that must contain each item (its tekniskNavn exactly, an integer amount, any
 * kategori); other items may come too. The consumer test gets exactly these.
 */
function grunnlagMed(...items: Grunnlag[]) {
  return MatchersV3.arrayContaining(
    ...items.map((g) => ({
      tekniskNavn: g.tekniskNavn,
      beloep: MatchersV3.integer(g.beloep),
      kategori: MatchersV3.like(g.kategori),
    })),
  );
}

const post = (tekniskNavn: string, beloep: number, kategori: string) =>
  ({ tekniskNavn, beloep, kategori }) as Grunnlag;

// The investor's 2024: dividends and a gain on shares with their uplifts (× 0.72), a loss on an
// equity fund with its uplift, and Sum inntekter, which the service takes.
const gevinst = post('gevinstVedRealisasjonAvAksje', 30_000, 'inntekt');
const gevinstTillegg = post(
  'oppjustertTilleggTilGevinstVedRealisasjonAvAksje',
  21_600,
  'oppjusteringAvEierinntekter',
);
const utbytte = post('utbytteFraAksje', 20_000, 'inntekt');
const utbytteTillegg = post(
  'oppjustertTilleggTilUtbytteFraAksje',
  14_400,
  'oppjusteringAvEierinntekter',
);
const tap = post('tapVedRealisasjonAvAndelIAksjedelIVerdipapirfond', 100_000, 'inntektsfradrag');
const tapTillegg = post(
  'oppjustertTilleggTilTapVedRealisasjonAvAndelIAksjedelIVerdipapirfond',
  72_000,
  'oppjusteringAvEierinntekter',
);
const sumInntekter = post(SUM_INNTEKTER, 452_300, '-');
// The AAP recipient's: the benefit alone. The total is left out of this example, so the service
// sums the items (as it must for 2017 or a rights package that filters the total).
const aap = post('arbeidsavklaringspenger', 254_000, 'inntekt');

function oppgjoer(personidentifikator: string, grunnlag: unknown): unknown {
  const body: SummertSkattegrunnlag = {
    personidentifikator,
    inntektsaar: '2024',
    grunnlag: grunnlag as Grunnlag[],
    skjermet: false,
    stadie: 'oppgjoer',
  };
  return summertSkattegrunnlagMatcher(body);
}

function interaction(description: string, pid: string, state: ProviderState<string>) {
  return givenStates(pact.addInteraction(), harTilgang, state)
    .uponReceiving(description)
    .withRequest(
      'GET',
      fromStates(`/v2/oppgjoer/${pakke}/2024/\${personidentifikator}`, {
        personidentifikator: pid,
      }),
      (request) => request.headers({ Authorization: bearerToken(), Accept: 'application/json' }),
    );
}

const foreldrebetaling = (url: string, personidentifikator: string) =>
  serviceAgainst({ summertSkattegrunnlagBaseUrl: url }).redusertForeldrebetaling({
    kommune,
    husholdning: [personidentifikator],
    dato,
  });

// One interaction per test: a path filled from a provider state is matched by type in the mock
// server, so two such interactions in one test could answer each other's request.
describe('Summert skattegrunnlag of persons picked by household group', () => {
  it('counts an investor’s gain and the uplifts of gain and dividends, and subtracts no loss', async () => {
    const poster = [
      sumInntekter,
      utbytte,
      utbytteTillegg,
      gevinst,
      gevinstTillegg,
      tap,
      tapTillegg,
    ];
    await interaction(
      'a request for the 2024 oppgjoer of an investor with a gain, a loss, dividends and their uplifts',
      eksempel.investor,
      personIGruppeHarOppgjoerMed(
        'investor',
        2024,
        poster.filter((g) => g !== sumInntekter).map((g) => g.tekniskNavn),
      ),
    )
      .willRespondWith(200, (response) =>
        response.jsonBody(oppgjoer(eksempel.investor, grunnlagMed(...poster))),
      )
      .executeTest(async (server) => {
        const result = await foreldrebetaling(server.url, eksempel.investor);
        expect(result).toMatchObject({ status: 'beregnet', samletInntekt: 452_300 });
        expect(result.personer[0]).toMatchObject({
          status: 'funnet',
          inntekt: {
            beloep: 452_300,
            metode: 'sumInntekter',
            oppjustertTillegg: 14_400 + 21_600,
            tapIkkeTrukketFra: 100_000 + 72_000,
          },
        });
      });
  });

  it('counts arbeidsavklaringspenger as income', async () => {
    await interaction(
      'a request for the 2024 oppgjoer of a person on arbeidsavklaringspenger',
      eksempel.aap,
      personIGruppeHarOppgjoerMed('workAssessment', 2024, [aap.tekniskNavn]),
    )
      .willRespondWith(200, (response) =>
        response.jsonBody(oppgjoer(eksempel.aap, grunnlagMed(aap))),
      )
      .executeTest(async (server) => {
        const result = await foreldrebetaling(server.url, eksempel.aap);
        expect(result).toMatchObject({ status: 'beregnet', samletInntekt: 254_000 });
        expect(result.personer[0]).toMatchObject({
          inntekt: {
            beloep: 254_000,
            metode: 'sumAvInntektsposter',
            tekniskNavn: ['arbeidsavklaringspenger'],
          },
        });
      });
  });
});
