// The steps every Skatteetaten endpoint takes before it looks at data: format, token, injected
// faults, and the consumer's rights package (granted by onboarding).
import { type Feilkode, type Feilkoder, feilkoder, isFeilkode } from '@skattedeling/felles';
import type { Context, VerifiedToken } from '../context.js';
import type { Exchange } from '../http/exchange.js';
import { type ApiInfo, sammePakke } from '../onboarding/apis.js';
import { pakkeGranted } from '../onboarding/rules.js';
import type { Fault, Stadie } from '../store/types.js';
import { checkToken } from './auth.js';
import { type Format, negotiate } from './negotiate.js';
import { sendFeil } from './respond.js';

/** What the first steps need of an API: its scopes and its error codes by meaning. */
export interface ApiFacts {
  readonly scopes: readonly string[];
  readonly feilkoder: Feilkoder;
}

/** The response format, or undefined after answering 406. */
export function format(x: Exchange, api: ApiFacts): Format | undefined {
  const accept = x.req.headers.accept;
  const f = negotiate(accept);
  if (f === undefined) {
    sendFeil(
      x,
      'json',
      api.feilkoder.format,
      `Accept ${JSON.stringify(accept)} asks for neither application/json nor application/xml`,
    );
    return undefined;
  }
  return f;
}

/** The verified token, or undefined after answering 401/403. */
export function authenticate(
  ctx: Context,
  x: Exchange,
  api: ApiFacts,
  f: Format,
  nowMs: number,
): VerifiedToken | undefined {
  const decision = checkToken(ctx, x.req.headers.authorization, api.scopes, nowMs);
  const token = decision.ok ? decision.token : decision.token;
  if (token !== undefined) {
    x.clientId = token.clientId;
    x.consumerOrg = token.consumerOrg;
    x.supplierOrg = token.supplierOrg;
  }
  if (!decision.ok) {
    x.fail(decision.status === 401 ? 'token' : 'token.scope', decision.reason);
    // 401 for a missing or bad token; a valid token without the API's scope is "not authorised
    // for the resource": the shared DAS-008 (the API's own 403 code is kept for rights packages).
    sendFeil(
      x,
      f,
      decision.status === 401 ? api.feilkoder.autentisering : 'DAS-008',
      decision.reason,
    );
    return undefined;
  }
  x.pass('token', tokenDetail(decision.token));
  return decision.token;
}

/** The token step's detail, made once per verified token (the same for all its requests). */
const tokenDetails = new WeakMap<VerifiedToken, string>();

function tokenDetail(token: VerifiedToken): string {
  let detail = tokenDetails.get(token);
  if (detail === undefined) {
    detail = `client ${token.clientId ?? '?'}, consumer ${token.consumerOrg}${token.supplierOrg === undefined ? '' : `, supplier ${token.supplierOrg}`}`;
    tokenDetails.set(token, detail);
  }
  return detail;
}

function faultKode(api: ApiInfo, fault: Fault): { kode: Feilkode; status: number } {
  if (fault.kode !== undefined && isFeilkode(fault.kode)) {
    const entry = [...feilkoder.DAS, ...feilkoder[api.prefiks]].find((e) => e.kode === fault.kode);
    return { kode: fault.kode, status: fault.status ?? entry?.status ?? 500 };
  }
  const status = fault.status ?? 500;
  const match = feilkoder[api.prefiks].find((e) => e.status === status);
  return {
    kode:
      status >= 500
        ? status === 503
          ? 'DAS-003'
          : api.feilkoder.uventet
        : (match?.kode ?? 'DAS-001'),
    status,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Applies an injected fault (the caller checked that faults are set); true when it answered. */
async function injectFault(
  ctx: Context,
  x: Exchange,
  api: ApiInfo,
  f: Format,
  personidentifikator: string | undefined,
): Promise<boolean> {
  const fault = ctx.store.takeFault(x.testRun, {
    api: api.id,
    path: x.path,
    personidentifikator,
    consumerOrg: x.consumerOrg,
  });
  if (fault === undefined) return false;
  if (fault.latencyMs !== undefined && fault.latencyMs > 0) {
    x.info('fault', `latency ${fault.latencyMs} ms (fault ${fault.id})`);
    await sleep(fault.latencyMs);
  }
  if (fault.status === undefined && fault.kode === undefined) return false;
  const { kode: k, status } = faultKode(api, fault);
  sendFeil(x, f, k, `fault injected: ${fault.id} answers ${status} ${k}`, {
    status,
    outcome: 'fault',
  });
  return true;
}

/**
 * The steps a person lookup takes before its own checks: format (406), token (401/403), the
 * person on the exchange for the journal (only a well-formed number), then injected faults. The
 * format and token, or undefined after one of them answered.
 */
export async function openLookup(
  ctx: Context,
  x: Exchange,
  api: ApiInfo,
  personidentifikator: string,
): Promise<{ readonly f: Format; readonly token: VerifiedToken } | undefined> {
  const f = format(x, api);
  if (f === undefined) return undefined;
  const token = authenticate(ctx, x, api, f, ctx.now());
  if (token === undefined) return undefined;
  x.personidentifikator = /^\d{11}$/.test(personidentifikator) ? personidentifikator : undefined;
  // Without faults the step is skipped before its promise is made (a tick less per request).
  if (ctx.store.hasFaults() && (await injectFault(ctx, x, api, f, personidentifikator)))
    return undefined;
  return { f, token };
}

/** Has the consumer been granted the rights package (and stage)? Answers 403 when not. */
export function authorise(
  ctx: Context,
  x: Exchange,
  api: ApiInfo,
  f: Format,
  consumerOrg: string,
  rettighetspakke: string,
  stadie: Stadie | undefined,
  checkConsent: boolean,
): boolean {
  const decision = pakkeGranted(
    consumerOrg,
    ctx.store.getOnboarding(x.testRun, consumerOrg),
    ctx.store.getOrganisation(consumerOrg),
    api,
    rettighetspakke,
    stadie,
  );
  if (!decision.ok) {
    sendFeil(x, f, api.feilkoder.autorisering, decision.reason);
    return false;
  }
  x.pass('rettighetspakke', decision.detail);
  // A consent package (sbl) reads a person's data only with that person's consent, sent as
  // the AltinnSamtykke header. The simulator checks that a consent token is present, not what it
  // says (it does not imitate Altinn's consent service).
  if (checkConsent && api.rettighetspakkerMedSamtykke.some((p) => sammePakke(p, rettighetspakke))) {
    const samtykke = x.req.headers.altinnsamtykke;
    if (typeof samtykke !== 'string' || samtykke.trim() === '') {
      sendFeil(
        x,
        f,
        api.feilkoder.samtykke,
        `rettighetspakke ${rettighetspakke} needs the person's consent: send the consent token in the AltinnSamtykke header`,
      );
      return false;
    }
    x.info('samtykke', 'AltinnSamtykke present (its content is not checked by the simulator)');
  }
  return true;
}
