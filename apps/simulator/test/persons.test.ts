// The admin API's persons: the demo list, the search by household group, one person's facts, and
// the preview of what each API would answer, which must be what the API does answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessToken,
  admin,
  demoKommuner,
  demoPerson,
  get,
  startTestSimulator,
  type TestSimulator,
} from './helpers.js';

let sim: TestSimulator;
let employee: string;

beforeAll(async () => {
  sim = await startTestSimulator();
  employee = demoPerson(sim, /employee with salary/);
});
afterAll(() => sim.close());

interface Previewed {
  inntektsaar: number;
  stadie?: string;
  status: number;
  kode?: string;
  reason: string;
  body?: unknown;
}

const answersOf = (r: { body: Record<string, unknown> | undefined }) =>
  (r.body?.answers ?? []) as Previewed[];

describe('GET /_simulator/persons', () => {
  it('lists the demo persons without a query', async () => {
    const r = await admin(sim, 'GET', '/persons');
    expect(r.status).toBe(200);
    const persons = r.body?.persons as { personidentifikator: string }[];
    expect(persons.map((p) => p.personidentifikator)).toContain(employee);
  });

  it('finds persons of a household group with the year in their phase', async () => {
    const r = await admin(sim, 'GET', '/persons?profile=pensioner&year=2024&limit=2');
    expect(r.status).toBe(200);
    const persons = r.body?.persons as { profile: string }[];
    expect(persons).toHaveLength(2);
    for (const p of persons) expect(p.profile).toBe('pensioner');
  });

  it('refuses an unknown group, naming the groups it takes', async () => {
    const r = await admin(sim, 'GET', '/persons?profile=astronaut');
    expect(r.status).toBe(400);
    expect(r.body?.detail).toMatch(/profile must be one of .*pensioner/);
  });
});

describe('GET /_simulator/persons/{personidentifikator}', () => {
  it('tells a generated person’s group and newest assessed year', async () => {
    const r = await admin(sim, 'GET', `/persons/${employee}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ personidentifikator: employee, kjent: true, fixture: 'none' });
    expect(typeof r.body?.sisteTilgjengeligeInntektsaar).toBe('number');
    expect(r.body?.profiles).toContain('pensioner');
  });

  it('answers 400 for a value that is not 11 digits', async () => {
    expect((await admin(sim, 'GET', '/persons/123')).status).toBe(400);
  });
});

describe('GET /_simulator/persons/{personidentifikator}/answers/{api}', () => {
  it('previews exactly the body and status the Summert skattegrunnlag API answers', async () => {
    const pakke = 'kommuneforeldrebetaling';
    const r = await admin(
      sim,
      'GET',
      `/persons/${employee}/answers/summertskattegrunnlag?rettighetspakke=${pakke}`,
    );
    expect(r.status).toBe(200);
    const answers = answersOf(r);
    // Every year from 2017 to the simulator's year, each stage the package may read.
    expect(answers.filter((a) => a.stadie === 'oppgjoer').map((a) => a.inntektsaar)).toEqual([
      2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    const token = await accessToken(sim);
    for (const a of answers.filter((x) => x.inntektsaar >= 2024)) {
      const real = await get(
        sim,
        `/summertskattegrunnlag/v2/${a.stadie}/${pakke}/${a.inntektsaar}/${employee}`,
        { authorization: `Bearer ${token}` },
      );
      expect(real.status, `${a.inntektsaar} ${a.stadie}`).toBe(a.status);
      if (a.status === 200) expect(real.json()).toEqual(a.body);
      else expect(real.json().kode).toBe(a.kode);
    }
  });

  it('answers as the consumer’s onboarding would: 403 IM-005 without the påkobling', async () => {
    const r = await admin(
      sim,
      'GET',
      `/persons/${employee}/answers/inntekt?rettighetspakke=kommuneBoligsosialeFormaal&inntektsaar=2024&consumerOrg=${demoKommuner.delvis.orgnr}`,
    );
    expect(r.status).toBe(200);
    const [only] = answersOf(r);
    expect(only).toMatchObject({ inntektsaar: 2024, status: 403, kode: 'IM-005' });
    expect(only?.reason).toMatch(/påkobling for Inntekt API not granted to Strandvik kommune/);
  });

  it('previews the Inntekt API’s reports for a granted consumer', async () => {
    const r = await admin(
      sim,
      'GET',
      `/persons/${employee}/answers/inntekt?rettighetspakke=kommuneBoligsosialeFormaal&inntektsaar=2024&consumerOrg=${demoKommuner.fullt.orgnr}`,
    );
    const [only] = answersOf(r);
    expect(only).toMatchObject({ status: 200, fraOgMed: '2024-01', tilOgMed: '2024-12' });
  });

  it('refuses a rettighetspakke that is not letters, and an unknown API', async () => {
    const bad = await admin(sim, 'GET', `/persons/${employee}/answers/inntekt?rettighetspakke=a-b`);
    expect(bad.status).toBe(400);
    const unknown = await admin(sim, 'GET', `/persons/${employee}/answers/skatt?rettighetspakke=x`);
    expect(unknown.status).toBe(404);
  });
});

describe('GET /_simulator/health', () => {
  it('shows the simulator’s clocks', async () => {
    const r = await admin(sim, 'GET', '/health');
    expect(r.body?.clock).toMatchObject({ today: '2026-06-15', todayFixed: true });
  });
});
