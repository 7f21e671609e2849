// Every provider state holds by construction: each test sets a state through the verifier's own
// handler, in a test run of its own as verification does, then asks the simulator as the verified
// request would and checks the answer the vocabulary promises. The persons are chosen so that the
// generator alone would not have made the state true (born in 2003, a year not settled yet).
import {
  kommuneHarDelegert,
  kommuneHarIkkeDelegert,
  kommuneHarPaakobling,
  kommuneManglerPaakobling,
  kommuneManglerRettighetspakke,
  type ProviderState,
  personErSkjermet,
  personErUkjent,
  personHarAOrdningInntekt,
  personHarOppgjoer,
  personIGruppeHarOppgjoer,
  personIGruppeHarOppgjoerMed,
  personManglerAOrdningInntekt,
  personManglerSummertSkattegrunnlag,
  providerStates,
  type StateName,
  summertSkattegrunnlagErSlettet,
  tjenestenFeilerMidlertidig,
} from '@skattedeling/pact';
import {
  demoKommuner,
  demoVendor,
  type SimulatorHarness,
  startSimulator,
  TEST_RUN_HEADER,
} from '@skattedeling/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminClient } from './admin-client.js';
import { VerifierCredentials } from './credentials.js';
import { type InteractionContext, InteractionTracker } from './interactions.js';
import { providers } from './providers.js';
import { apiAuthorization } from './request-filter.js';
import { pinnedMonthlySalary } from './state-fixtures.js';
import { stateHandlers } from './states.js';

process.env.PACT_DO_NOT_TRACK = '1';

/** Synthetic (Test-Norge) numbers: born 17 May 2003, and 2 September 1978. */
const BORN_2003 = '17850374902';
const ADULT = '02897829951';
/** A municipality the demo set-up knows nothing of. */
const NEW_KOMMUNE = '312345678';
const pakke = 'kommuneforeldrebetaling';

let sim: SimulatorHarness;
let admin: AdminClient;
let credentials: VerifierCredentials;
const tracker = new InteractionTracker('states-test');
const tested = new Set<StateName>();

beforeAll(async () => {
  // 15 June 2025: income year 2025 has no oppgjoer yet, and June 2025 is not a complete month.
  sim = await startSimulator({ today: '2025-06-15' });
  admin = new AdminClient(sim.url);
  credentials = new VerifierCredentials(admin, sim.urls.maskinporten);
});
afterAll(async () => {
  await credentials.close();
  await sim.close();
});

/** Sets the states in a new interaction's run, as verification does; the values they give. */
async function given(...states: ProviderState<StateName>[]) {
  // Each call is an interaction of its own, with its own test run.
  const current = tracker.current();
  if (current !== undefined) current.ended = true;
  const { context } = tracker.forSetup();
  const values: Record<string, string> = {};
  for (const state of states) {
    tested.add(state.name);
    context.states.push({ name: state.name, params: state.params });
    Object.assign(values, await stateHandlers[state.name](state.params, context, deps()));
  }
  return { context, values };
}

const deps = () => ({ admin, credentials });

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

/** The request as the verifier replays it: a fresh token, in the interaction's run. */
async function request(
  context: InteractionContext,
  api: 'summert-skattegrunnlag' | 'inntekt',
  path: string,
): Promise<Answer> {
  const provider = providers[api];
  context.request = { method: 'GET', path };
  const authorization = await apiAuthorization(context, {
    provider,
    admin,
    credentials,
    defaults: { kommune: demoKommuner.fullt.orgnr, leverandoer: demoVendor.orgnr },
  });
  const response = await fetch(`${sim.url}${provider.basePath}${path}`, {
    headers: { authorization, accept: 'application/json', [TEST_RUN_HEADER]: context.run },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const oppgjoer = (context: InteractionContext, pid: string, year: number) =>
  request(context, 'summert-skattegrunnlag', `/v2/oppgjoer/${pakke}/${year}/${pid}`);
const inntekter = (context: InteractionContext, pid: string, from: string, to: string) =>
  request(
    context,
    'inntekt',
    `/v1/kommuneBoligsosialeFormaal/${pid}/inntekter?fraOgMed=${from}&tilOgMed=${to}`,
  );

/** A token on the municipality's behalf, or the refusal's text. */
async function token(context: InteractionContext, orgnr: string, scope: string) {
  return credentials
    .token(context.run, context.vendorOrg ?? demoVendor.orgnr, scope, orgnr)
    .then((t) => ({ ok: true as const, claims: JSON.parse(atob(t.split('.')[1] as string)) }))
    .catch((error: Error) => ({ ok: false as const, message: error.message }));
}

describe('states about a person’s Summert skattegrunnlag', () => {
  it('person X has Y oppgjoer: 200 for a person born in 2003 and for a year not settled yet', async () => {
    const young = await given(personHarOppgjoer(BORN_2003, 2019));
    const early = await oppgjoer(young.context, BORN_2003, 2019);
    expect(early.status).toBe(200);
    expect(early.body).toMatchObject({ personidentifikator: BORN_2003, inntektsaar: '2019' });
    const unsettled = await given(personHarOppgjoer(ADULT, 2025));
    const answer = await oppgjoer(unsettled.context, ADULT, 2025);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ inntektsaar: '2025', stadie: 'oppgjoer', skjermet: false });
  });

  it('person X is unknown: 404 SSG-007 and IM-007 for a person with data', async () => {
    const { context } = await given(personErUkjent(ADULT));
    expect(await oppgjoer(context, ADULT, 2024)).toMatchObject({
      status: 404,
      body: { kode: 'SSG-007' },
    });
    expect(await inntekter(context, ADULT, '2024-01', '2024-03')).toMatchObject({
      status: 404,
      body: { kode: 'IM-007' },
    });
  });

  it('person X is skjermet: every answer with data is shielded', async () => {
    const { context } = await given(
      personErSkjermet(BORN_2003),
      personHarOppgjoer(BORN_2003, 2024),
      personHarAOrdningInntekt(BORN_2003, '2025-01', '2025-02'),
    );
    const answer = await oppgjoer(context, BORN_2003, 2024);
    expect(answer.status).toBe(200);
    expect(answer.body.skjermet).toBe(true);
    expect(answer.body.grunnlag).toBeUndefined();
    const income = await inntekter(context, BORN_2003, '2025-01', '2025-02');
    expect(income).toMatchObject({ status: 200, body: { skjermet: true } });
  });

  it('person X has no summert skattegrunnlag for Y: 404 SSG-008 for a settled year', async () => {
    const { context } = await given(personManglerSummertSkattegrunnlag(ADULT, 2023));
    expect(await oppgjoer(context, ADULT, 2023)).toMatchObject({
      status: 404,
      body: { kode: 'SSG-008' },
    });
  });

  it('summert skattegrunnlag for X Y is deleted: 410 SSG-011', async () => {
    const { context } = await given(summertSkattegrunnlagErSlettet(BORN_2003, 2024));
    expect(await oppgjoer(context, BORN_2003, 2024)).toMatchObject({
      status: 410,
      body: { kode: 'SSG-011' },
    });
  });
});

describe('states about a person’s a-ordning income', () => {
  it('person X has a-ordning income from A to B: a salary report every month, born in 2003 or not, complete or not', async () => {
    const { context } = await given(personHarAOrdningInntekt(BORN_2003, '2018-11', '2019-02'));
    const answer = await inntekter(context, BORN_2003, '2018-11', '2019-02');
    expect(answer.status).toBe(200);
    const reports = answer.body.oppgaveInntektsmottaker as {
      kalendermaaned: string;
      inntekt: { beloep: number; loennsinntekt?: unknown }[];
    }[];
    expect(reports.map((r) => r.kalendermaaned)).toEqual([
      '2018-11',
      '2018-12',
      '2019-01',
      '2019-02',
    ]);
    for (const r of reports) expect(r.inntekt[0]?.beloep).toBe(pinnedMonthlySalary);
    const ahead = await given(personHarAOrdningInntekt(ADULT, '2025-06', '2025-08'));
    const future = await inntekter(ahead.context, ADULT, '2025-06', '2025-08');
    expect(future.status).toBe(200);
    expect(future.body.oppgaveInntektsmottaker).toHaveLength(3);
  });

  it('person X has no a-ordning income from A to B: 404 IM-008 for a person with salary', async () => {
    const { context } = await given(personManglerAOrdningInntekt(ADULT, '2024-01', '2024-12'));
    expect(await inntekter(context, ADULT, '2024-01', '2024-12')).toMatchObject({
      status: 404,
      body: { kode: 'IM-008' },
    });
  });
});

describe('states about a municipality’s access', () => {
  it('municipality M has påkobling for A with P: a new municipality’s request is served', async () => {
    const { context } = await given(
      kommuneHarPaakobling(NEW_KOMMUNE, 'summertskattegrunnlag', pakke),
      personHarOppgjoer(ADULT, 2024),
    );
    expect((await oppgjoer(context, ADULT, 2024)).status).toBe(200);
  });

  it('municipality M lacks påkobling for A: Maskinporten 403 MP-250, even for a delegated one', async () => {
    const { context } = await given(kommuneManglerPaakobling(demoKommuner.fullt.orgnr, 'inntekt'));
    const refused = await token(context, demoKommuner.fullt.orgnr, 'skatteetaten:inntekt');
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.message).toMatch(/403 .*MP-250/);
  });

  it('municipality M lacks rettighetspakke P for A: 403 SSG-005 and IM-005', async () => {
    const ssg = await given(
      kommuneManglerRettighetspakke(NEW_KOMMUNE, pakke, 'summertskattegrunnlag'),
    );
    expect(await oppgjoer(ssg.context, ADULT, 2024)).toMatchObject({
      status: 403,
      body: { kode: 'SSG-005' },
    });
    const inntekt = await given(
      kommuneManglerRettighetspakke(NEW_KOMMUNE, 'kommuneBoligsosialeFormaal', 'inntekt'),
    );
    expect(await inntekter(inntekt.context, ADULT, '2024-01', '2024-02')).toMatchObject({
      status: 403,
      body: { kode: 'IM-005' },
    });
  });

  it('municipality M has delegated A to vendor V: a token with M as consumer and V as supplier, for a new municipality', async () => {
    const { context } = await given(
      kommuneHarDelegert(NEW_KOMMUNE, 'summertskattegrunnlag', '313131316'),
    );
    const issued = await token(context, NEW_KOMMUNE, 'skatteetaten:summertskattegrunnlag');
    expect(issued.ok ? issued.claims : issued.message).toMatchObject({
      consumer: { ID: `0192:${NEW_KOMMUNE}` },
      supplier: { ID: '0192:313131316' },
    });
  });

  it('municipality M has not delegated A to vendor V: Maskinporten 403 MP-251, for a new municipality too', async () => {
    const { context } = await given(
      kommuneHarIkkeDelegert(NEW_KOMMUNE, 'inntekt', demoVendor.orgnr),
    );
    const refused = await token(context, NEW_KOMMUNE, 'skatteetaten:inntekt');
    expect(refused.ok ? '' : refused.message).toMatch(/403 .*MP-251/);
  });

  it('S is temporarily failing: 500 DAS-003 from an API, 503 from Maskinporten', async () => {
    const api = await given(tjenestenFeilerMidlertidig('summertskattegrunnlag'));
    expect(await oppgjoer(api.context, ADULT, 2024)).toMatchObject({
      status: 500,
      body: { kode: 'DAS-003' },
    });
    const mp = await given(tjenestenFeilerMidlertidig('maskinporten'));
    const refused = await token(mp.context, demoKommuner.fullt.orgnr, 'skatteetaten:inntekt');
    expect(refused.ok ? '' : refused.message).toMatch(/503 .*temporarily_unavailable/);
  });
});

describe('states that name a household group', () => {
  it('a person in household group G has Y oppgjoer: gives a person of the group, whose oppgjoer is served', async () => {
    const { context, values } = await given(personIGruppeHarOppgjoer('pensioner', 2024));
    const pid = values.personidentifikator as string;
    expect(pid).toMatch(/^\d{11}$/);
    expect(
      (
        await admin.findPersons(context.run, {
          profile: 'pensioner',
          year: '2024',
          has: [],
          limit: 1,
        })
      )[0]?.personidentifikator,
    ).toBe(pid);
    const answer = await oppgjoer(context, pid, 2024);
    expect(answer.status).toBe(200);
    const names = (answer.body.grunnlag as { tekniskNavn: string }[]).map((g) => g.tekniskNavn);
    expect(names).toContain('alderspensjonFraFolketrygden');
  });

  it('a person in household group G has Y oppgjoer with N: the oppgjoer carries every item named', async () => {
    const items = [
      'gevinstVedRealisasjonAvAksje',
      'oppjustertTilleggTilGevinstVedRealisasjonAvAksje',
      'utbytteFraAksje',
    ];
    const { context, values } = await given(personIGruppeHarOppgjoerMed('investor', 2024, items));
    const answer = await oppgjoer(context, values.personidentifikator as string, 2024);
    expect(answer.status).toBe(200);
    const names = (answer.body.grunnlag as { tekniskNavn: string }[]).map((g) => g.tekniskNavn);
    for (const item of items) expect(names).toContain(item);
  });

  it('fails a group and year with no such person, saying so', async () => {
    const { context } = await given();
    const state = personIGruppeHarOppgjoerMed('student', 2024, ['alderspensjonFraFolketrygden']);
    await expect(stateHandlers[state.name](state.params, context, deps())).rejects.toThrow(
      /found no person in household group student with a 2024 oppgjoer carrying alderspensjonFraFolketrygden/,
    );
  });
});

describe('the vocabulary', () => {
  it('has a test above for every state', () => {
    expect([...tested].sort()).toEqual(providerStates.map((s) => s.name).sort());
  });
});
