// The README's example, type-checked in CI: one consumer interaction against Summert
// skattegrunnlag, with a provider state from the vocabulary and a body matcher derived from the
// contract.
import { PactV4 } from '@pact-foundation/pact';
import {
  bearerToken,
  consumerPactOptions,
  givenStates,
  kommuneHarPaakobling,
  personHarOppgjoer,
  providerNames,
  summertSkattegrunnlagMatcher,
} from '@skattedeling/pact';

const pact = new PactV4(
  consumerPactOptions({
    consumer: 'my-case-system',
    provider: providerNames.summertSkattegrunnlag, // "summert-skattegrunnlag"
    dir: 'pacts', // one folder for every pact file; wipe it before the run
  }),
);

await givenStates(
  pact.addInteraction(),
  personHarOppgjoer('01818710190', 2023), // "person {personidentifikator} has {inntektsaar} oppgjoer"
  kommuneHarPaakobling('312345678', 'summertskattegrunnlag', 'kommuneforeldrebetaling'),
)
  .uponReceiving('a request for the 2023 oppgjoer of a person')
  .withRequest('GET', '/v2/oppgjoer/kommuneforeldrebetaling/2023/01818710190', (request) =>
    request.headers({ Authorization: bearerToken(), Accept: 'application/json' }),
  )
  .willRespondWith(200, (response) =>
    response.jsonBody(
      // Throws ContractShapeError if the example has a field or type the contract does not have.
      summertSkattegrunnlagMatcher({
        personidentifikator: '01818710190',
        inntektsaar: '2023',
        grunnlag: [
          { tekniskNavn: 'alminneligInntektFoerSaerfradrag', beloep: 512300, kategori: '-' },
        ],
        skjermet: false,
      }),
    ),
  )
  .executeTest(async (server) => {
    // Call your own client with baseUrl = server.url here.
    const response = await fetch(
      `${server.url}/v2/oppgjoer/kommuneforeldrebetaling/2023/01818710190`,
      {
        headers: { Authorization: 'Bearer test', Accept: 'application/json' },
      },
    );
    if (response.status !== 200) throw new Error(`unexpected ${response.status}`);
  });
