// The admin and Altinn APIs: arranging onboarding, delegations, fixtures and faults, scoping them
// to a test run or a consumer, reading the journal, and resetting. Every admin response is
// checked against contracts/simulator and contracts/altinn.
import { createValidator } from '@skattedeling/felles';
import { maskinportenValidator } from '@skattedeling/maskinporten-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessToken,
  admin,
  contractSchema,
  demoKommuner,
  demoPerson,
  get,
  grant,
  postToken,
  startTestSimulator,
  type TestSimulator,
} from './helpers.js';

const simulatorContract = createValidator(
  contractSchema('contracts/simulator/openapi.yaml', 'urn:skattedeling:simulator'),
);
const altinnContract = createValidator(
  contractSchema('contracts/altinn/openapi.yaml', 'urn:skattedeling:altinn'),
);

let sim: TestSimulator;
let pid: string;
beforeAll(async () => {
  sim = await startTestSimulator();
  pid = demoPerson(sim, /employee with salary/);
});
afterAll(() => sim.close());

function conforms(validator: typeof simulatorContract, def: string, body: unknown): void {
  const result = validator.validate(def, body);
  expect(result.ok, result.ok ? '' : result.message).toBe(true);
}

const run = (id: string) => ({ 'x-skattedeling-test-run': id });
const ssgPath = (pakke = 'kommuneforeldrebetaling') =>
  `/summertskattegrunnlag/v2/oppgjoer/${pakke}/2024/${pid}`;

describe('read-only admin endpoints', () => {
  it('health, demo, persons, CA, organisations, clients conform to the contract', async () => {
    conforms(simulatorContract, 'Health', (await admin(sim, 'GET', '/health')).body);
    conforms(simulatorContract, 'Demo', (await admin(sim, 'GET', '/demo')).body);
    conforms(simulatorContract, 'PersonList', (await admin(sim, 'GET', '/persons')).body);
    conforms(simulatorContract, 'CaCertificate', (await admin(sim, 'GET', '/ca')).body);
    conforms(
      simulatorContract,
      'OrganisationList',
      (await admin(sim, 'GET', '/organisations')).body,
    );
    conforms(simulatorContract, 'ClientList', (await admin(sim, 'GET', '/clients')).body);
    conforms(simulatorContract, 'OnboardingList', (await admin(sim, 'GET', '/onboarding')).body);
    conforms(
      altinnContract,
      'DelegationList',
      (await admin(sim, 'GET', '/altinn/delegations')).body,
    );
    const missing = await admin(sim, 'GET', '/no-such-thing');
    expect(missing.status).toBe(404);
    conforms(simulatorContract, 'Problem', missing.body);
  });
});

describe('a new vendor and municipality, step by step', () => {
  it('each missing onboarding step is named; the complete set-up gives data', async () => {
    const key = (await import('node:crypto')).generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwk = { ...key.publicKey.export({ format: 'jwk' }), kid: 'ny-leverandor-1' };
    const created = await admin(sim, 'POST', '/clients', {
      clientId: 'ny-leverandor',
      orgnr: '311000012',
      navn: 'Ny Leverandør AS',
      scopes: ['skatteetaten:inntekt'],
      keys: [jwk],
    });
    expect(created.status).toBe(201);
    conforms(simulatorContract, 'Client', created.body);
    expect(
      (await admin(sim, 'POST', '/clients', { orgnr: '311000020', scopes: [], keys: [jwk] }))
        .status,
    ).toBe(409);

    const ask = () =>
      postToken(
        sim,
        grant(sim, {
          key: key.privateKey,
          header: { kid: 'ny-leverandor-1' },
          claims: {
            iss: 'ny-leverandor',
            scope: 'skatteetaten:inntekt',
            consumer_org: '319000054',
          },
        }),
      );
    let r = await ask();
    expect(r.status).toBe(403);
    expect(r.headers.get('x-skattedeling-simulator-reason')).toMatch(/319000054 is not onboarded/);

    const onboarding = await admin(sim, 'PUT', '/onboarding/319000054', { navn: 'Havvik kommune' });
    conforms(simulatorContract, 'Onboarding', onboarding.body);
    r = await ask();
    expect(r.headers.get('x-skattedeling-simulator-reason')).toMatch(
      /tilslutningserklaering not signed by Havvik kommune \(319000054\)/,
    );

    conforms(
      simulatorContract,
      'Onboarding',
      (await admin(sim, 'PUT', '/onboarding/319000054/tilslutningserklaering', { signert: true }))
        .body,
    );
    r = await ask();
    expect(r.headers.get('x-skattedeling-simulator-reason')).toMatch(
      /paakobling for Inntekt API not granted to Havvik kommune/,
    );

    conforms(
      simulatorContract,
      'Onboarding',
      (
        await admin(sim, 'PUT', '/onboarding/319000054/paakoblinger/inntekt', {
          rettighetspakker: ['kommuneBoligsosialeFormaal'],
        })
      ).body,
    );
    r = await ask();
    expect(r.body.error_uri).toMatch(/MP-251$/);
    expect(r.headers.get('x-skattedeling-simulator-reason')).toMatch(
      /Havvik kommune \(319000054\) has not delegated Inntekt API to vendor Ny Leverand(ø|oe)r AS \(311000012\)/,
    );

    const delegation = await admin(sim, 'POST', '/altinn/delegations', {
      offeredBy: '319000054',
      coveredBy: '311000012',
      api: 'inntekt',
    });
    expect(delegation.status).toBe(201);
    conforms(altinnContract, 'Delegation', delegation.body);
    expect(delegation.body?.rettighet).toBe('Inntekt API - På vegne av');
    r = await ask();
    expect(r.status).toBe(200);

    const token = r.body.access_token as string;
    const inntekt = await get(
      sim,
      `/inntekt/v1/kommuneboligsosialeformaal/${pid}/inntekter?fraOgMed=2026-01&tilOgMed=2026-02`,
      { authorization: `Bearer ${token}` },
    );
    expect(inntekt.status).toBe(200);

    // Withdrawing the påkobling: the token still verifies, the rights package no longer is granted.
    expect((await admin(sim, 'DELETE', '/onboarding/319000054/paakoblinger/inntekt')).status).toBe(
      204,
    );
    const after = await get(
      sim,
      `/inntekt/v1/kommuneboligsosialeformaal/${pid}/inntekter?fraOgMed=2026-01&tilOgMed=2026-02`,
      { authorization: `Bearer ${token}` },
    );
    expect(after.status).toBe(403);
    expect(after.json().kode).toBe('IM-005');
  });

  it('refuses bad admin input with a problem naming the field', async () => {
    const bad = await admin(sim, 'PUT', '/onboarding/319000054', {
      tilslutningserklaeringSignert: 'yes',
    });
    expect(bad.status).toBe(400);
    conforms(simulatorContract, 'Problem', bad.body);
    expect(bad.body?.detail).toBe(
      'body.tilslutningserklaeringSignert: must be boolean (got "yes")',
    );
    const notJson = await fetch(`${sim.url}/_simulator/clients`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(notJson.status).toBe(400);
    const badDelegation = await admin(sim, 'POST', '/altinn/delegations', {
      offeredBy: '319000054',
      coveredBy: '311000012',
      scope: 'nav:aareg',
    });
    expect(badDelegation.status).toBe(400);
    conforms(altinnContract, 'Problem', badDelegation.body);
  });
});

describe('test runs share one simulator without colliding', () => {
  it('a run sees its own onboarding change; the global scope and other runs do not', async () => {
    const token = await accessToken(sim);
    expect(
      (
        await admin(
          sim,
          'PUT',
          `/onboarding/${demoKommuner.fullt.orgnr}/paakoblinger/summertskattegrunnlag`,
          { rettighetspakker: ['kommuneboligsosialeformaal'] },
          run('A'),
        )
      ).status,
    ).toBe(200);
    const inA = await get(sim, ssgPath(), { authorization: `Bearer ${token}`, ...run('A') });
    expect(inA.status).toBe(403);
    expect(inA.headers.get('x-skattedeling-simulator-reason')).toMatch(
      /rettighetspakke kommuneforeldrebetaling not granted/,
    );
    expect(
      (await get(sim, ssgPath(), { authorization: `Bearer ${token}`, ...run('B') })).status,
    ).toBe(200);
    expect((await get(sim, ssgPath(), { authorization: `Bearer ${token}` })).status).toBe(200);

    const journalA = await admin(sim, 'GET', '/journal?testRun=A');
    conforms(simulatorContract, 'JournalList', journalA.body);
    const entries = (
      journalA.body as {
        entries: { testRun: string; status: number; reason: string; trail: unknown[] }[];
      }
    ).entries;
    expect(entries.length).toBe(1);
    expect(entries[0]?.status).toBe(403);
    expect(entries[0]?.reason).toMatch(/påkobling|rettighetspakke/);

    expect((await admin(sim, 'POST', '/reset', undefined, run('A'))).status).toBe(204);
    expect(
      (await get(sim, ssgPath(), { authorization: `Bearer ${token}`, ...run('A') })).status,
    ).toBe(200);
  });

  it('a fixture pinned for one consumer only', async () => {
    const body = {
      personidentifikator: pid,
      inntektsaar: '2024',
      // A total every rights package receives (kommuneforeldrebetaling gets no wealth items).
      grunnlag: [
        {
          tekniskNavn: 'sumInntekterIAlminneligInntektFoerFordelingsfradrag',
          beloep: 1,
          kategori: '-',
        },
      ],
      skjermet: false,
      stadie: 'oppgjoer',
    };
    const put = await admin(
      sim,
      'PUT',
      `/fixtures/${pid}?consumerOrg=${demoKommuner.fullt.orgnr}`,
      { summertSkattegrunnlag: { '2024': { oppgjoer: { body } } } },
      run('C'),
    );
    expect(put.status, put.text).toBe(200);
    conforms(simulatorContract, 'Fixture', put.body);
    const fullt = await get(sim, ssgPath(), {
      authorization: `Bearer ${await accessToken(sim)}`,
      ...run('C'),
    });
    expect(fullt.json()).toEqual(body);
    const delvis = await get(sim, ssgPath(), {
      authorization: `Bearer ${await accessToken(sim, { claims: { consumer_org: demoKommuner.delvis.orgnr } })}`,
      ...run('C'),
    });
    expect(delvis.json()).not.toEqual(body);
    const invalid = await admin(
      sim,
      'PUT',
      `/fixtures/${pid}`,
      {
        summertSkattegrunnlag: {
          '2024': {
            oppgjoer: {
              body: {
                ...body,
                grunnlag: [{ tekniskNavn: 'x', beloep: 'mye', kategori: 'inntekt' }],
              },
            },
          },
        },
      },
      run('C'),
    );
    expect(invalid.status).toBe(400);
    expect(invalid.body?.detail).toMatch(/beloep/);
  });

  it('faults: by consumer, with a count, and at Maskinporten', async () => {
    const token = await accessToken(sim);
    const fault = await admin(
      sim,
      'POST',
      '/faults',
      {
        api: 'summertskattegrunnlag',
        consumerOrg: demoKommuner.fullt.orgnr,
        kode: 'DAS-003',
        count: 1,
      },
      run('D'),
    );
    expect(fault.status).toBe(201);
    conforms(simulatorContract, 'Fault', fault.body);
    conforms(
      simulatorContract,
      'FaultList',
      (await admin(sim, 'GET', '/faults', undefined, run('D'))).body,
    );
    const hit = await get(sim, ssgPath(), { authorization: `Bearer ${token}`, ...run('D') });
    expect(hit.status).toBe(500);
    expect(hit.json().kode).toBe('DAS-003');
    expect(
      (await get(sim, ssgPath(), { authorization: `Bearer ${token}`, ...run('D') })).status,
    ).toBe(200);

    await admin(sim, 'POST', '/faults', { api: 'maskinporten', status: 503, count: 1 }, run('D'));
    const down = await postToken(sim, grant(sim), {}, run('D'));
    expect(down.status).toBe(503);
    expect(maskinportenValidator.validate('OAuthError', down.body).ok).toBe(true);
    expect(down.body.error).toBe('temporarily_unavailable');
    expect((await postToken(sim, grant(sim), {}, run('D'))).status).toBe(200);

    const slow = await admin(sim, 'POST', '/faults', { api: 'inntekt', latencyMs: 150 }, run('E'));
    const started = performance.now();
    const im = await get(
      sim,
      `/inntekt/v1/kommuneBoligsosialeFormaal/${pid}/inntekter?fraOgMed=2026-01&tilOgMed=2026-01`,
      {
        authorization: `Bearer ${await accessToken(sim, { claims: { scope: 'skatteetaten:inntekt' } })}`,
        ...run('E'),
      },
    );
    expect(im.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(
      (await admin(sim, 'DELETE', `/faults/${slow.body?.id}`, undefined, run('E'))).status,
    ).toBe(204);
    const journal = await admin(sim, 'GET', '/journal?testRun=D&outcome=fault');
    expect((journal.body as { entries: unknown[] }).entries.length).toBe(2);
  });

  it('a full reset puts the demo back and forgets the rest', async () => {
    await admin(sim, 'PUT', '/onboarding/319000062', { navn: 'Glemt kommune' });
    expect((await admin(sim, 'POST', '/reset')).status).toBe(204);
    expect((await admin(sim, 'GET', '/onboarding/319000062')).status).toBe(404);
    expect((await admin(sim, 'GET', `/onboarding/${demoKommuner.fullt.orgnr}`)).status).toBe(200);
    expect((await postToken(sim, grant(sim))).status).toBe(200);
  });
});

describe('the journal filtered by system', () => {
  it('keeps only the entries of the system asked for, and refuses a system that does not exist', async () => {
    const inRun = run('by-system');
    const ssgToken = await accessToken(sim, {}, inRun);
    const imToken = await accessToken(sim, { claims: { scope: 'skatteetaten:inntekt' } }, inRun);
    const bearer = (token: string) => ({ authorization: `Bearer ${token}`, ...inRun });
    expect((await get(sim, ssgPath(), bearer(ssgToken))).status).toBe(200);
    const inntekt = `/inntekt/v1/kommuneBoligsosialeFormaal/${pid}/inntekter?fraOgMed=2025-01&tilOgMed=2025-03`;
    await get(sim, inntekt, bearer(imToken));
    expect((await get(sim, '/finnes/ikke', inRun)).status).toBe(404);
    const expected = { maskinporten: 2, summertskattegrunnlag: 1, inntekt: 1, other: 1 };
    for (const [system, count] of Object.entries(expected)) {
      const r = await admin(sim, 'GET', `/journal?testRun=by-system&system=${system}&limit=50`);
      expect(r.status, system).toBe(200);
      const { entries } = r.body as { entries: { system: string }[] };
      expect(
        entries.map((e) => e.system),
        system,
      ).toEqual(Array(count).fill(system));
    }
    const unknown = await admin(sim, 'GET', '/journal?system=altinn');
    expect(unknown.status).toBe(400);
    expect(unknown.text).toMatch(
      /query system must be maskinporten, summertskattegrunnlag, inntekt, other/,
    );
  });
});
