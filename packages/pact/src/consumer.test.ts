// The helpers against the real Pact core: a mock server built from them answers the example,
// and the pact file it writes carries the V4 state params and the matching rules.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PactV4 } from '@pact-foundation/pact';
import { afterAll, describe, expect, it } from 'vitest';
import { consumerPactOptions, fromStates, givenStates } from './consumer.js';
import { ssgFeilMatcher } from './matchers/bodies.js';
import { bearerToken } from './matchers/jwt.js';
import { formUrlEncodedBody, tokenRequestForm } from './matchers/token-request.js';
import { providerNames } from './providers.js';
import {
  kommuneManglerPaakobling,
  personErUkjent,
  personIGruppeHarOppgjoer,
} from './states/builders.js';

process.env.PACT_DO_NOT_TRACK = '1';
const dir = mkdtempSync(join(tmpdir(), 'skattedeling-pact-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pactFile(provider: string): Record<string, unknown> {
  const file = readdirSync(dir).find((f) => f.endsWith(`-${provider}.json`));
  if (file === undefined) throw new Error(`no pact file for ${provider} in ${dir}`);
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
}

describe('consumer helpers with the Pact core', () => {
  it('record states with params, a bearer matcher and an error body matched by kode', async () => {
    const pact = new PactV4(
      consumerPactOptions({
        consumer: 'helper-test',
        provider: providerNames.summertSkattegrunnlag,
        dir,
      }),
    );
    await givenStates(pact.addInteraction(), personErUkjent('01818710190'))
      .uponReceiving('a request for an unknown person')
      .withRequest('GET', '/v2/oppgjoer/kommuneforeldrebetaling/2023/01818710190', (b) =>
        b.headers({ Authorization: bearerToken(), Accept: 'application/json' }),
      )
      .willRespondWith(404, (b) => b.jsonBody(ssgFeilMatcher('SSG-007')))
      .executeTest(async (server) => {
        const response = await fetch(
          `${server.url}/v2/oppgjoer/kommuneforeldrebetaling/2023/01818710190`,
          {
            headers: { Authorization: 'Bearer something-else', Accept: 'application/json' },
          },
        );
        expect(response.status).toBe(404);
        expect(((await response.json()) as { kode: string }).kode).toBe('SSG-007');
      });
    const interaction = (
      pactFile('summert-skattegrunnlag').interactions as Record<string, unknown>[]
    )[0];
    expect(interaction?.providerStates).toEqual([
      {
        name: 'person {personidentifikator} is unknown',
        params: { personidentifikator: '01818710190' },
      },
    ]);
    const request = interaction?.request as {
      headers: Record<string, string[]>;
      matchingRules: unknown;
    };
    expect(request.headers.Authorization?.[0]).toMatch(/^Bearer ey/);
    expect(JSON.stringify(request.matchingRules)).toContain('^Bearer ');
  });

  it('record a form body whose grant is matched by pattern', async () => {
    const pact = new PactV4(
      consumerPactOptions({ consumer: 'helper-test', provider: providerNames.maskinporten, dir }),
    );
    await givenStates(pact.addInteraction(), kommuneManglerPaakobling('312345678', 'inntekt'))
      .uponReceiving('a token request')
      .withRequest('POST', '/token', (b) => {
        formUrlEncodedBody(
          b,
          tokenRequestForm({ scope: 'skatteetaten:inntekt', consumerOrg: '312345678' }),
        );
      })
      .willRespondWith(200)
      .executeTest(async (server) => {
        const body = new URLSearchParams({
          grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
          assertion: 'aaa.bbb.ccc',
        });
        const response = await fetch(`${server.url}/token`, { method: 'POST', body });
        expect(response.status).toBe(200);
      });
    const interaction = (pactFile('maskinporten').interactions as Record<string, unknown>[])[0];
    const request = interaction?.request as {
      body: { contentType: string };
      matchingRules: unknown;
    };
    expect(request.body.contentType).toBe('application/x-www-form-urlencoded');
    expect(request.matchingRules).toMatchObject({
      body: { '$.assertion': { matchers: [{ match: 'regex' }] } },
    });
  });

  it('record a path the provider fills from a profile state, served with the example', async () => {
    const pact = new PactV4(
      consumerPactOptions({
        consumer: 'helper-test-injected',
        provider: providerNames.summertSkattegrunnlag,
        dir,
      }),
    );
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Pact's provider-state expression
    const template = '/v2/oppgjoer/kommuneforeldrebetaling/2024/${personidentifikator}';
    await givenStates(pact.addInteraction(), personIGruppeHarOppgjoer('pensioner', 2024))
      .uponReceiving('a request for the 2024 oppgjoer of a pensioner')
      .withRequest('GET', fromStates(template, { personidentifikator: '01818710190' }))
      .willRespondWith(404, (b) => b.jsonBody(ssgFeilMatcher('SSG-008')))
      .executeTest(async (server) => {
        const response = await fetch(
          `${server.url}/v2/oppgjoer/kommuneforeldrebetaling/2024/01818710190`,
        );
        expect(response.status).toBe(404);
      });
    const file = readdirSync(dir).find((f) => f.startsWith('helper-test-injected-'));
    const document = JSON.parse(readFileSync(join(dir, file as string), 'utf8')) as {
      interactions: { request: { path: string; generators: unknown } }[];
    };
    const [interaction] = document.interactions;
    expect(interaction?.request.path).toBe('/v2/oppgjoer/kommuneforeldrebetaling/2024/01818710190');
    expect(interaction?.request.generators).toEqual({
      path: { expression: template, type: 'ProviderState' },
    });
  });

  it('refuse a template without a value, or a value the example lacks', () => {
    expect(() => fromStates('/v2/x', {})).toThrow('names no value to fill in');
    const expression = '/v2/$' + '{personidentifikator}';
    expect(() => fromStates(expression, {})).toThrow(
      /^fromStates: the example has no value for \$\{personidentifikator\}$/,
    );
  });
});
