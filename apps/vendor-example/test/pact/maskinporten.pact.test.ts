// What the integration relies on from Maskinporten: a token on the municipality's behalf
// (consumer_org) for each API, and the two refusals that mean an onboarding step is missing.
// The grant in the pact is an example JWT with a fake signature: the verifier signs a fresh one.
import { generateKeyPairSync } from 'node:crypto';
import { PactV4 } from '@pact-foundation/pact';
import { sisteKompletteMaaneder } from '@skattedeling/inntekt';
import { createMaskinportenClient } from '@skattedeling/maskinporten-client';
import {
  consumerPactOptions,
  formUrlEncodedBody,
  givenStates,
  kommuneHarDelegert,
  kommuneHarIkkeDelegert,
  kommuneHarPaakobling,
  kommuneManglerPaakobling,
  oauthErrorMatcher,
  type ProviderState,
  providerNames,
  tokenRequestForm,
  tokenResponseMatcher,
} from '@skattedeling/pact';
import { describe, expect, it } from 'vitest';
import { hentInntekt } from '../../src/calls.js';
import {
  SCOPE_INNTEKT,
  SCOPE_SUMMERT_SKATTEGRUNNLAG,
  tokenSourceFromMaskinporten,
} from '../../src/tokens.js';
import {
  callDeps,
  consumer,
  dato,
  kommune,
  kommuneUtenTilgang,
  leverandoer,
  pactDir,
  personer,
  serviceAgainst,
} from './common.js';

const pact = new PactV4(
  consumerPactOptions({ consumer, provider: providerNames.maskinporten, dir: pactDir }),
);

// A throwaway key: the mock server checks the grant's form, not its signature.
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const clientId = 'vendor-example-test-client';

function tokens(serverUrl: string) {
  return tokenSourceFromMaskinporten(
    createMaskinportenClient({
      issuer: `${serverUrl}/`,
      clientId,
      key: { kid: 'vendor-example-test-key', privateKey },
      cache: false,
    }),
  );
}

function tokenRequest(
  description: string,
  scope: string,
  consumerOrg: string,
  states: ProviderState<string>[],
) {
  return givenStates(pact.addInteraction(), ...states)
    .uponReceiving(description)
    .withRequest('POST', '/token', (request) => {
      formUrlEncodedBody(request, tokenRequestForm({ scope, consumerOrg, clientId }));
    });
}

describe('Maskinporten, as the integration asks it for tokens', () => {
  it('gets a token for Summert skattegrunnlag on behalf of the municipality', async () => {
    await tokenRequest(
      'a token request for Summert skattegrunnlag on behalf of a municipality',
      SCOPE_SUMMERT_SKATTEGRUNNLAG,
      kommune,
      [
        kommuneHarPaakobling(kommune, 'summertskattegrunnlag', 'kommuneforeldrebetaling'),
        kommuneHarDelegert(kommune, 'summertskattegrunnlag', leverandoer),
      ],
    )
      .willRespondWith(200, (response) =>
        response.jsonBody(
          tokenResponseMatcher({
            scope: SCOPE_SUMMERT_SKATTEGRUNNLAG,
            consumerOrg: kommune,
            supplierOrg: leverandoer,
          }),
        ),
      )
      .executeTest(async (server) => {
        const token = await tokens(server.url)({
          scope: SCOPE_SUMMERT_SKATTEGRUNNLAG,
          consumerOrg: kommune,
        });
        expect(token.split('.')).toHaveLength(3);
      });
  });

  it('gets a token for the Inntekt API on behalf of the municipality', async () => {
    await tokenRequest(
      'a token request for the Inntekt API on behalf of a municipality',
      SCOPE_INNTEKT,
      kommune,
      [
        kommuneHarPaakobling(kommune, 'inntekt', 'kommuneBoligsosialeFormaal'),
        kommuneHarDelegert(kommune, 'inntekt', leverandoer),
      ],
    )
      .willRespondWith(200, (response) =>
        response.jsonBody(
          tokenResponseMatcher({
            scope: SCOPE_INNTEKT,
            consumerOrg: kommune,
            supplierOrg: leverandoer,
          }),
        ),
      )
      .executeTest(async (server) => {
        const token = await tokens(server.url)({ scope: SCOPE_INNTEKT, consumerOrg: kommune });
        expect(token.split('.')).toHaveLength(3);
      });
  });

  it('names the missing påkobling when Maskinporten answers MP-250', async () => {
    await tokenRequest(
      'a token request for a municipality without påkobling for the Inntekt API',
      SCOPE_INNTEKT,
      kommuneUtenTilgang,
      [kommuneManglerPaakobling(kommuneUtenTilgang, 'inntekt')],
    )
      .willRespondWith(403, (response) =>
        response.jsonBody(oauthErrorMatcher('forbidden', 'MP-250')),
      )
      .executeTest(async (server) => {
        const error = await hentInntekt(callDeps({ tokens: tokens(server.url) }), {
          kommune: kommuneUtenTilgang,
          personidentifikator: personer.bolig,
          periode: sisteKompletteMaaneder(3, dato),
          rettighetspakke: 'kommuneBoligsosialeFormaal',
        }).catch((e: unknown) => e);
        expect(error).toMatchObject({
          name: 'MissingAccessError',
          code: 'MANGLER_PAAKOBLING',
          api: 'inntekt',
          kilde: 'MP-250',
        });
        expect((error as Error).message).toContain('påkoblingsforespørsel for Inntekt API');
      });
  });

  it('names the missing Altinn delegation when Maskinporten answers MP-251', async () => {
    await tokenRequest(
      'a token request for a municipality that has not delegated Summert skattegrunnlag to the vendor',
      SCOPE_SUMMERT_SKATTEGRUNNLAG,
      kommuneUtenTilgang,
      [
        kommuneHarPaakobling(
          kommuneUtenTilgang,
          'summertskattegrunnlag',
          'kommuneforeldrebetaling',
        ),
        kommuneHarIkkeDelegert(kommuneUtenTilgang, 'summertskattegrunnlag', leverandoer),
      ],
    )
      .willRespondWith(403, (response) =>
        response.jsonBody(oauthErrorMatcher('forbidden', 'MP-251')),
      )
      .executeTest(async (server) => {
        const error = await serviceAgainst({ tokens: tokens(server.url) })
          .redusertForeldrebetaling({
            kommune: kommuneUtenTilgang,
            husholdning: [personer.mor],
            dato,
          })
          .catch((e: unknown) => e);
        expect(error).toMatchObject({
          name: 'MissingAccessError',
          code: 'MANGLER_DELEGERING',
          kilde: 'MP-251',
        });
        expect((error as Error).message).toContain('Altinn');
      });
  });
});
