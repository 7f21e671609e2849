// GET /v1/{rettighetspakke}/{personidentifikator}/inntekter?fraOgMed&tilOgMed and the retired
// …/oppgave/inntekt form (tilOgMed optional there: up to and including the current month).
// Income lines the rights package may not see are removed (filtrerForRettighetspakke).
import { filtrerForRettighetspakke } from '@skattedeling/inntekt';
import type { Context } from '../context.js';
import type { Exchange } from '../http/exchange.js';
import { apiInfo } from '../onboarding/apis.js';
import { inntekterXml } from './contracts.js';
import { dataFor } from './data.js';
import {
  checkMaaned,
  checkPersonidentifikator,
  checkRettighetspakke,
  maanedIndex,
} from './params.js';
import { authenticate, authorise, format, injectFault, kode } from './pipeline.js';
import { sendData, sendFeil } from './respond.js';

const api = apiInfo.inntekt;

export interface InntektCall {
  readonly variant: 'v1' | 'legacy';
  readonly rettighetspakke: string;
  readonly personidentifikator: string;
  readonly fraOgMed: string | undefined;
  readonly tilOgMed: string | undefined;
}

const maaned = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

export async function handleInntekt(ctx: Context, x: Exchange, call: InntektCall): Promise<void> {
  const f = format(x, api);
  if (f === undefined) return;
  const token = authenticate(ctx, x, api, f, ctx.now());
  if (token === undefined) return;
  x.personidentifikator = /^\d{11}$/.test(call.personidentifikator)
    ? call.personidentifikator
    : undefined;
  if (await injectFault(ctx, x, api, f, call.personidentifikator)) return;

  const invalid =
    checkRettighetspakke(call.rettighetspakke) ??
    checkPersonidentifikator(call.personidentifikator) ??
    checkMaaned('fraOgMed', call.fraOgMed, true) ??
    checkMaaned('tilOgMed', call.tilOgMed, call.variant === 'v1');
  if (invalid !== undefined) return sendFeil(x, f, kode(api, 6), invalid);
  const from = maanedIndex(call.fraOgMed as string) as number;
  const today = ctx.today();
  const to =
    call.tilOgMed === undefined
      ? today.getUTCFullYear() * 12 + today.getUTCMonth()
      : (maanedIndex(call.tilOgMed) as number);
  if (from > to)
    return sendFeil(
      x,
      f,
      kode(api, 6),
      `fraOgMed ${call.fraOgMed} is after tilOgMed ${maaned(to)}`,
    );
  if (to - from + 1 > ctx.config.maxInntektMonths) {
    return sendFeil(
      x,
      f,
      kode(api, 6),
      `the period has ${to - from + 1} months; this simulator answers at most ${ctx.config.maxInntektMonths} (maxInntektMonths)`,
    );
  }
  x.pass('parameters', `${maaned(from)} – ${maaned(to)}`);

  const consumerOrg = token.consumerOrg as string;
  if (!authorise(ctx, x, api, f, consumerOrg, call.rettighetspakke, undefined, true)) return;

  const who = `personidentifikator ${call.personidentifikator}`;
  const { source, cacheable } = dataFor(ctx, x, call.personidentifikator, consumerOrg);
  const key = `im|${Math.floor(ctx.today().getTime() / 3_600_000)}|${call.personidentifikator}|${from}|${to}|${call.rettighetspakke.toLowerCase()}`;
  let answer = cacheable ? ctx.answers.get(key) : undefined;
  if (answer === undefined) {
    const found = source.inntekter(call.personidentifikator, maaned(from), maaned(to));
    if (found.kind === 'data')
      answer = {
        kind: 'data',
        body: filtrerForRettighetspakke(found.body, call.rettighetspakke) as unknown as Record<
          string,
          unknown
        >,
      };
    // Shielded: only what the call itself names (no reports) and skjermet: true (case (a)).
    else if (found.kind === 'skjermet')
      answer = { kind: 'skjermet', body: { oppgaveInntektsmottaker: [], skjermet: true } };
    else answer = { kind: found.kind };
    if (cacheable) ctx.answers.set(key, answer);
  }

  switch (answer.kind) {
    case 'ukjentPerson':
      return sendFeil(x, f, kode(api, 7), `no person with ${who}`);
    case 'ingenData':
      return sendFeil(
        x,
        f,
        kode(api, 8),
        `no income reported for ${who} in ${maaned(from)} – ${maaned(to)}`,
      );
    case 'slettet':
      // The Inntekt API has no 410: its table gives IM-008 for data that no longer exists.
      return sendFeil(
        x,
        f,
        kode(api, 8),
        `the income data of ${who} in ${maaned(from)} – ${maaned(to)} was deleted`,
      );
    case 'skjermet':
      x.info('skjerming', `${who} is shielded; the body carries no reports and skjermet: true`);
      return sendData(x, f, f === 'xml' ? inntekterXml(answer.body) : JSON.stringify(answer.body));
    case 'data': {
      const reports =
        (answer.body as { oppgaveInntektsmottaker?: unknown[] }).oppgaveInntektsmottaker ?? [];
      if (reports.length === 0) {
        return sendFeil(
          x,
          f,
          kode(api, 8),
          `no income lines for ${who} in ${maaned(from)} – ${maaned(to)} that rettighetspakke ${call.rettighetspakke} may see`,
        );
      }
      x.pass('data', `${reports.length} reports, filtered for ${call.rettighetspakke}`);
      if (f === 'xml') {
        answer.xml ??= inntekterXml(answer.body);
        return sendData(x, f, answer.xml);
      }
      answer.json ??= JSON.stringify(answer.body);
      return sendData(x, f, answer.json);
    }
  }
}
