// What an imitated API would answer for a person, per income year (and stadie), without a call:
// the same data (fixture files, a fixture pinned through the admin API, the generator), the same
// content per rettighetspakke and, for a named consumer, the same onboarding decision as the
// endpoints. No token, injected fault, consent header or journal entry is involved, so a preview
// never changes what a test sees.
import { filtrerForRettighetspakke } from '@skattedeling/inntekt';
import { summertSkattegrunnlagApi } from '@skattedeling/summert-skattegrunnlag';
import type { Context } from '../context.js';
import {
  createDataSource,
  type DataSource,
  FIRST_INNTEKT_MONTH,
  FIRST_SSG_YEAR,
  kunParametre,
  mergeFixtureSets,
} from '../data/index.js';
import type { PreviewedAnswer } from '../generated/admin/types.gen.js';
import { type ApiInfo, apiInfo, stadierFor } from '../onboarding/apis.js';
import { pakkeGranted } from '../onboarding/rules.js';
import { parsePersonFixture } from '../skatteetaten/data.js';
import { describeFiltering } from '../skatteetaten/rettighetspakke-innhold.js';
import type { ApiId, Fixture, Stadie } from '../store/types.js';

export interface PreviewQuery {
  readonly api: ApiId;
  readonly personidentifikator: string;
  readonly rettighetspakke: string;
  readonly inntektsaar?: number | undefined;
  readonly consumerOrg?: string | undefined;
  readonly run?: string | undefined;
}

type Answer = Omit<PreviewedAnswer, 'inntektsaar'>;

/** The data source an endpoint would read for this person and consumer. */
export function previewSource(
  ctx: Context,
  run: string | undefined,
  pid: string,
  consumerOrg: string | undefined,
): { source: DataSource; fixture: Fixture | undefined } {
  const fixture = ctx.store.getFixture(run, pid, consumerOrg);
  if (fixture === undefined) return { source: ctx.data, fixture };
  // The same cache the endpoints fill (skatteetaten/data.ts), keyed by the stored fixture.
  let source = ctx.fixtureSources.get(fixture);
  if (source === undefined) {
    const set = parsePersonFixture(pid, fixture.document, 'admin API');
    source = createDataSource({
      seed: ctx.config.seed,
      fixtures: mergeFixtureSets(ctx.baseFixtures, set),
      today: () => ctx.today(),
    });
    ctx.fixtureSources.set(fixture, source);
  }
  return { source, fixture };
}

/** The years an answer is previewed for: the asked one, or the API's first to this year. */
function years(at: Date, first: number, asked: number | undefined): number[] {
  if (asked !== undefined) return [asked];
  const last = at.getUTCFullYear();
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The 403 a consumer would get, or undefined when its onboarding grants the package. */
function refusal(ctx: Context, q: PreviewQuery, api: ApiInfo, stadie?: Stadie): Answer | undefined {
  if (q.consumerOrg === undefined) return undefined;
  const decision = pakkeGranted(
    q.consumerOrg,
    ctx.store.getOnboarding(q.run, q.consumerOrg),
    ctx.store.getOrganisation(q.consumerOrg),
    api,
    q.rettighetspakke,
    stadie,
  );
  return decision.ok
    ? undefined
    : { status: 403, kode: api.feilkoder.autorisering, reason: decision.reason };
}

function ssgAnswer(
  ctx: Context,
  q: PreviewQuery,
  source: DataSource,
  year: number,
  stadie: Stadie,
  at: Date,
) {
  const api = apiInfo.summertskattegrunnlag;
  const who = `personidentifikator ${q.personidentifikator}`;
  const found = source.summertSkattegrunnlag(q.personidentifikator, year, stadie, at);
  switch (found.kind) {
    case 'ukjentPerson':
      return { status: 404, kode: api.feilkoder.personIkkeFunnet, reason: `no person with ${who}` };
    case 'ingenData':
      return {
        status: 404,
        kode: api.feilkoder.ikkeFunnet,
        reason: `no summert skattegrunnlag for ${who}, inntektsaar ${year}, stadie ${stadie}`,
      };
    case 'slettet':
      return {
        status: 410,
        kode: summertSkattegrunnlagApi.feilkoder.slettet,
        reason: `the summert skattegrunnlag of ${who} for ${year} was deleted`,
      };
    case 'skjermet':
      return {
        status: 200,
        reason: `${who} is shielded; only the call's parameters are returned`,
        body: kunParametre(found.body) as unknown as Record<string, unknown>,
      };
    case 'data': {
      const filtered = ctx.rettighetspakkeInnhold.filtrer(q.rettighetspakke, found.body);
      return {
        status: 200,
        reason: `data for ${year}, stadie ${stadie}, as ${q.rettighetspakke} receives it`,
        innhold: describeFiltering(filtered),
        body: filtered.body as unknown as Record<string, unknown>,
      };
    }
  }
}

function inntektAnswer(q: PreviewQuery, source: DataSource, year: number, at: Date): Answer {
  const api = apiInfo.inntekt;
  const who = `personidentifikator ${q.personidentifikator}`;
  const found = source.inntekter(q.personidentifikator, `${year}-01`, `${year}-12`, at);
  switch (found.kind) {
    case 'ukjentPerson':
      return { status: 404, kode: api.feilkoder.personIkkeFunnet, reason: `no person with ${who}` };
    case 'ingenData':
      return {
        status: 404,
        kode: api.feilkoder.ikkeFunnet,
        reason: `no income reported for ${who} in ${year}`,
      };
    case 'slettet':
      return {
        status: 404,
        kode: api.feilkoder.ikkeFunnet,
        reason: `the income data of ${who} was deleted`,
      };
    case 'skjermet':
      return {
        status: 200,
        reason: `${who} is shielded; the body carries no reports and skjermet: true`,
        body: { oppgaveInntektsmottaker: [], skjermet: true },
      };
    case 'data': {
      const body = filtrerForRettighetspakke(found.body, q.rettighetspakke);
      const reports = body.oppgaveInntektsmottaker?.length ?? 0;
      if (reports === 0)
        return {
          status: 404,
          kode: api.feilkoder.ikkeFunnet,
          reason: `no income lines for ${who} in ${year} that rettighetspakke ${q.rettighetspakke} may see`,
        };
      return {
        status: 200,
        reason: `${reports} reports, filtered for ${q.rettighetspakke}`,
        body: body as unknown as Record<string, unknown>,
      };
    }
  }
}

/**
 * Every answer of the query, oldest year first (Summert skattegrunnlag: each stadie per year), as
 * of the data clock the run's calls read.
 */
export function previewAnswers(ctx: Context, q: PreviewQuery): PreviewedAnswer[] {
  const { source } = previewSource(ctx, q.run, q.personidentifikator, q.consumerOrg);
  const at = ctx.clocks.of(q.run).now();
  const answers: PreviewedAnswer[] = [];
  if (q.api === 'inntekt') {
    const first = Math.floor(FIRST_INNTEKT_MONTH / 12);
    const denied = refusal(ctx, q, apiInfo.inntekt);
    for (const year of years(at, first, q.inntektsaar)) {
      const period = { fraOgMed: `${year}-01`, tilOgMed: `${year}-12` };
      answers.push({
        inntektsaar: year,
        ...period,
        ...(denied ?? inntektAnswer(q, source, year, at)),
      });
    }
    return answers;
  }
  for (const year of years(at, FIRST_SSG_YEAR, q.inntektsaar)) {
    for (const stadie of stadierFor(q.rettighetspakke)) {
      const denied = refusal(ctx, q, apiInfo.summertskattegrunnlag, stadie);
      answers.push({
        inntektsaar: year,
        stadie,
        ...(denied ?? ssgAnswer(ctx, q, source, year, stadie, at)),
      });
    }
  }
  return answers;
}
