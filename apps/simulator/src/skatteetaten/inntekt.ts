// GET /v1/{rettighetspakke}/{personidentifikator}/inntekter?fraOgMed&tilOgMed and the retired
// …/oppgave/inntekt form (tilOgMed optional there: up to and including the current month).
// Income lines the rights package may not see are removed (filtrerForRettighetspakke).
import { filtrerForRettighetspakke } from '@skattedeling/inntekt';
import type { CachedAnswer, Context } from '../context.js';
import { formatMaaned as maaned } from '../data/index.js';
import type { Exchange } from '../http/exchange.js';
import { apiInfo } from '../onboarding/apis.js';
import { bodyAnswer, sendAnswer } from './answers.js';
import { inntekterXml } from './contracts.js';
import { dataFor } from './data.js';
import type { Format } from './negotiate.js';
import { checkMaaned, checkPersonidentifikator, checkRettighetspakke } from './params.js';
import { askedPeriod, clampPeriod, type MonthRange, monthsWithData } from './period.js';
import { authorise, openLookup } from './pipeline.js';
import { sendFeil } from './respond.js';

const api = apiInfo.inntekt;

export interface InntektCall {
  readonly variant: 'v1' | 'legacy';
  readonly rettighetspakke: string;
  readonly personidentifikator: string;
  readonly fraOgMed: string | undefined;
  readonly tilOgMed: string | undefined;
}

/** The asked period as month indexes, or the reason for a 400. */
function period(ctx: Context, call: InntektCall, now: Date): MonthRange | string {
  const invalid =
    checkRettighetspakke(call.rettighetspakke) ??
    checkPersonidentifikator(call.personidentifikator) ??
    checkMaaned('fraOgMed', call.fraOgMed, true) ??
    checkMaaned('tilOgMed', call.tilOgMed, call.variant === 'v1');
  if (invalid !== undefined) return invalid;
  return askedPeriod(call.fraOgMed as string, call.tilOgMed, now, ctx.config.maxInntektMonths);
}

/**
 * The answer for the period, from the cache when it can be. The key holds the period cut to the
 * months that can have data, so periods that differ only outside them share one entry.
 */
function lookup(
  ctx: Context,
  x: Exchange,
  call: InntektCall,
  asked: MonthRange,
  consumerOrg: string,
  now: Date,
): { answer: CachedAnswer; key: string | undefined } {
  const pid = call.personidentifikator;
  const { source, cacheable } = dataFor(ctx, x, pid, consumerOrg);
  const pinned = ctx.baseFixtures.persons.get(pid)?.inntekt.keys();
  const cut = cacheable ? clampPeriod(asked, monthsWithData(now, pinned)) : asked;
  const span = cut === undefined ? 'none' : `${cut.from}|${cut.to}`;
  // The epoch names the data clock the months were read by (the test run's own, if it has one).
  const epoch = ctx.clocks.of(x.testRun).cacheEpoch(now.getTime());
  const key = cacheable
    ? `im|${epoch}|${pid}|${span}|${call.rettighetspakke.toLowerCase()}`
    : undefined;
  const cached = key === undefined ? undefined : ctx.answers.get(key);
  if (cached !== undefined) return { answer: cached, key };
  const months = cut ?? asked;
  const found = source.inntekter(pid, maaned(months.from), maaned(months.to), now);
  let answer: CachedAnswer;
  if (found.kind === 'data') {
    const body = filtrerForRettighetspakke(found.body, call.rettighetspakke);
    answer = bodyAnswer('data', body, body.oppgaveInntektsmottaker?.length ?? 0);
  }
  // Shielded: only what the call itself names (no reports) and skjermet: true (case (a)).
  else if (found.kind === 'skjermet')
    answer = bodyAnswer('skjermet', { oppgaveInntektsmottaker: [], skjermet: true });
  else answer = { kind: found.kind };
  if (key !== undefined) ctx.answers.set(key, answer);
  return { answer, key };
}

export async function handleInntekt(ctx: Context, x: Exchange, call: InntektCall): Promise<void> {
  const opened = await openLookup(ctx, x, api, call.personidentifikator);
  if (opened === undefined) return;
  const { f, token } = opened;

  // One reading of the data clock for the whole call: the default period, the months with data
  // and the cache key agree even when a running clock turns a month or an hour meanwhile.
  const now = ctx.clocks.of(x.testRun).now();
  const asked = period(ctx, call, now);
  if (typeof asked === 'string') return sendFeil(x, f, api.feilkoder.validering, asked);
  x.pass('parameters', `${maaned(asked.from)} – ${maaned(asked.to)}`);

  const consumerOrg = token.consumerOrg as string;
  if (!authorise(ctx, x, api, f, consumerOrg, call.rettighetspakke, undefined, true)) return;
  const { answer, key } = lookup(ctx, x, call, asked, consumerOrg, now);
  answerWith(ctx, x, f, call, asked, answer, key);
}

function answerWith(
  ctx: Context,
  x: Exchange,
  f: Format,
  call: InntektCall,
  asked: MonthRange,
  answer: CachedAnswer,
  key: string | undefined,
) {
  const who = `personidentifikator ${call.personidentifikator}`;
  const months = `${maaned(asked.from)} – ${maaned(asked.to)}`;
  switch (answer.kind) {
    case 'ukjentPerson':
      return sendFeil(x, f, api.feilkoder.personIkkeFunnet, `no person with ${who}`);
    case 'ingenData':
      return sendFeil(x, f, api.feilkoder.ikkeFunnet, `no income reported for ${who} in ${months}`);
    case 'slettet':
      // The Inntekt API has no 410: its table gives IM-008 for data that no longer exists.
      return sendFeil(
        x,
        f,
        api.feilkoder.ikkeFunnet,
        `the income data of ${who} in ${months} was deleted`,
      );
    case 'skjermet':
      x.info('skjerming', `${who} is shielded; the body carries no reports and skjermet: true`);
      return sendAnswer(ctx, x, f, answer, key, inntekterXml);
    case 'data': {
      if (answer.reports === 0) {
        return sendFeil(
          x,
          f,
          api.feilkoder.ikkeFunnet,
          `no income lines for ${who} in ${months} that rettighetspakke ${call.rettighetspakke} may see`,
        );
      }
      x.pass('data', `${answer.reports} reports, filtered for ${call.rettighetspakke}`);
      return sendAnswer(ctx, x, f, answer, key, inntekterXml);
    }
  }
}
