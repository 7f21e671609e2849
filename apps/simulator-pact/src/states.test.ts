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
  personErSkjermet,
  personErUkjent,
  personHarAOrdningInntekt,
  personHarOppgjoer,
  personIGruppeHarOppgjoer,
  personIGruppeHarOppgjoerMed,
  personManglerAOrdningInntekt,
  personManglerSummertSkattegrunnlag,
  providerStates,
  sisteTilgjengeligeOppgjoerEr,
  skatteoppgjoerHendelseFinnes,
  summertSkattegrunnlagErSlettet,
  tjenestenFeilerMidlertidig,
} from '@skattedeling/pact';
import { demoKommuner, demoVendor } from '@skattedeling/simulator';
import { describe, expect, it } from 'vitest';
import { useStateHarness } from '../test/state-harness.js';
import { pinnedMonthlySalary } from './state-fixtures.js';
import { stateHandlers } from './states.js';

process.env.PACT_DO_NOT_TRACK = '1';

/** Synthetic (Test-Norge) numbers: born 17 May 2003, and 2 September 1978. */
const BORN_2003 = '17850374902';
const ADULT = '02897829951';
/** A municipality the demo set-up knows nothing of. */
const NEW_KOMMUNE = '312345678';
const pakke = 'kommuneforeldrebetaling';

const harness = useStateHarness();
const { given, request, token, deps, tested } = harness;

type Context = Awaited<ReturnType<typeof given>>['context'];
const oppgjoer = (context: Context, pid: string, year: number) =>
  request(context, 'summert-skattegrunnlag', `/v2/oppgjoer/${pakke}/${year}/${pid}`);
const inntekter = (context: Context, pid: string, from: string, to: string) =>
  request(
    context,
    'inntekt',
    `/v1/kommuneBoligsosialeFormaal/${pid}/inntekter?fraOgMed=${from}&tilOgMed=${to}`,
  );

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
        await harness.admin.findPersons(context.run, {
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

describe('states about Summert skattegrunnlag’s support services', () => {
  const list = 'skatteoppgjoer-hendelser';

  it('the list has an oppgjoer event for Y on or after D: the page from the number it gives starts with the NY event of the person it gives, whose oppgjoer is served', async () => {
    const { context, values } = await given(skatteoppgjoerHendelseFinnes(2024, '2025-03-01'));
    const sekvensnummer = Number(values.sekvensnummer);
    const start = await request(context, list, '/v1/hendelser/start?dato=2025-03-01');
    expect(start.status).toBe(200);
    expect(start.body.sekvensnummer).toBeLessThanOrEqual(sekvensnummer);
    const page = await request(
      context,
      list,
      `/v1/hendelser?fraSekvensnummer=${sekvensnummer}&antall=100`,
    );
    expect(page.status).toBe(200);
    expect((page.body.hendelser as unknown[])[0]).toEqual(
      expect.objectContaining({
        sekvensnummer,
        identifikator: values.personidentifikator,
        gjelderPeriode: '2024',
        hendelsetype: 'NY',
      }),
    );
    const lookup = await oppgjoer(context, values.personidentifikator as string, 2024);
    expect(lookup).toMatchObject({ status: 200, body: { inntektsaar: '2024' } });
  });

  it('fails a year or a date with no event by the data clock, saying so', async () => {
    const { context } = await given();
    const unpublished = skatteoppgjoerHendelseFinnes(2025, '2025-01-01');
    await expect(
      stateHandlers[unpublished.name](unpublished.params, context, deps()),
    ).rejects.toThrow(/no NY event for 2025 among the \d+ events on or after 2025-01-01/);
    const ahead = skatteoppgjoerHendelseFinnes(2024, '2025-07-01');
    await expect(stateHandlers[ahead.name](ahead.params, context, deps())).rejects.toThrow(
      /no event on or after 2025-07-01 by its data clock \(2025-06-15T12:00:00.000Z\)/,
    );
  });

  it('the newest available oppgjoer of X is Y: Siste tilgjengelige names Y, also for a person born in 2003', async () => {
    for (const [pid, year] of [
      [ADULT, 2022],
      [BORN_2003, 2019],
    ] as const) {
      const { context } = await given(sisteTilgjengeligeOppgjoerEr(pid, year));
      expect(await request(context, 'siste-tilgjengelige-skatteoppgjoer', `/v1/${pid}`)).toEqual({
        status: 200,
        body: {
          personidentifikator: pid,
          ressursId: 'skattegrunnlag',
          sisteTilgjengeligePeriode: String(year),
        },
      });
      expect((await oppgjoer(context, pid, year)).status).toBe(200);
    }
  });

  it('refuses a newest year that is not before the data clock’s year', async () => {
    const { context } = await given();
    const state = sisteTilgjengeligeOppgjoerEr(ADULT, 2025);
    await expect(stateHandlers[state.name](state.params, context, deps())).rejects.toThrow(
      /names at most last year: 2025 is not before the data clock's year/,
    );
  });
});

describe('the vocabulary', () => {
  it('has a test above for every state', () => {
    expect([...tested].sort()).toEqual(providerStates.map((s) => s.name).sort());
  });
});
