// POST /token: the form, injected faults, the grant rules and the access token. Every refusal is
// a thrown MaskinportenRefusal, turned into the real error body in one place (tokenEndpoint).
import { createPublicKey, type KeyObject } from 'node:crypto';
import type { Context } from '../context.js';
import { mediaType, readBody } from '../http/body.js';
import { describe } from '../http/describe.js';
import type { Exchange } from '../http/exchange.js';
import type { RegisteredKey } from '../store/types.js';
import { issueAccessToken } from './access-token.js';
import { mpErrors } from './errors.js';
import { checkGrant, type GrantContext } from './grant.js';
import { decodeJws } from './jwt.js';
import { MaskinportenRefusal } from './refusal.js';
import { sendError, sendJson } from './respond.js';

export const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

function keyObject(ctx: Context, key: RegisteredKey): KeyObject {
  let k = ctx.keyObjects.get(key);
  if (k === undefined) {
    k = createPublicKey({ key: key.jwk, format: 'jwk' });
    ctx.keyObjects.set(key, k);
  }
  return k;
}

export function grantContext(ctx: Context, run: string | undefined, nowMs: number): GrantContext {
  const { store, config } = ctx;
  return {
    issuer: ctx.urls.issuer,
    tokenEndpoint: ctx.urls.tokenEndpoint,
    nowMs,
    maxLifetimeSeconds: config.grantMaxLifetimeSeconds,
    skewSeconds: config.clockSkewSeconds,
    requireJti: config.requireJti,
    ca: ctx.ca.certificate,
    getClient: (id) => store.getClient(id),
    findClientByKid: (kid) => store.findClientByKid(kid),
    keyObject: (key) => keyObject(ctx, key),
    rememberJti: (key, expiresAtMs) => store.rememberJti(key, expiresAtMs, nowMs),
    getOnboarding: (orgnr) => store.getOnboarding(run, orgnr),
    getOrganisation: (orgnr) => store.getOrganisation(orgnr),
    findDelegation: (offeredBy, coveredBy, scope) =>
      store.findDelegation(run, offeredBy, coveredBy, scope),
  };
}

const single = (params: URLSearchParams, name: string): string | undefined | null => {
  const all = params.getAll(name);
  return all.length > 1 ? null : all[0];
};

/** The assertion from the form body, after the form rules of RFC 7523 §2.1. */
async function readAssertion(x: Exchange): Promise<string> {
  const { req } = x;
  if (mediaType(req) !== 'application/x-www-form-urlencoded') {
    throw new MaskinportenRefusal(
      'notForm',
      `Content-Type is ${describe(req.headers['content-type'] ?? '(none)', 100)}; the token endpoint takes a form`,
    );
  }
  const body = await readBody(req, 64 * 1024);
  if (!body.ok) throw new MaskinportenRefusal('tooLarge', 'the form body is larger than 64 KiB');
  const params = new URLSearchParams(body.text);
  const grantType = single(params, 'grant_type');
  const assertion = single(params, 'assertion');
  if (grantType === null || assertion === null)
    throw new MaskinportenRefusal(
      'duplicateParameter',
      'grant_type or assertion is repeated in the form',
    );
  if (grantType === undefined || grantType === '')
    throw new MaskinportenRefusal('missingGrantType', 'the form has no grant_type');
  if (grantType !== JWT_BEARER)
    throw new MaskinportenRefusal(
      'unsupportedGrantType',
      `grant_type ${describe(grantType, 100)} is not ${JWT_BEARER}`,
    );
  if (assertion === undefined || assertion === '')
    throw new MaskinportenRefusal('missingAssertion', 'the form has no assertion');
  const extra = [...new Set(params.keys())].filter((k) => k !== 'grant_type' && k !== 'assertion');
  if (extra.length > 0)
    x.info(
      'form',
      `ignored form fields: ${extra.map((k) => describe(k)).join(', ')} (scopes travel inside the grant)`,
    );
  return assertion;
}

/** Applies an injected fault for this request; true when the fault has answered it. */
async function injectedFault(x: Exchange, assertion: string, path: string): Promise<boolean> {
  const { ctx } = x;
  if (!ctx.store.hasFaults()) return false;
  const peek = decodeJws(assertion)?.payload;
  const client = typeof peek?.iss === 'string' ? ctx.store.getClient(peek.iss) : undefined;
  const consumerOrg = typeof peek?.consumer_org === 'string' ? peek.consumer_org : client?.orgnr;
  const fault = ctx.store.takeFault(x.testRun, { api: 'maskinporten', path, consumerOrg });
  if (fault === undefined) return false;
  if (fault.latencyMs !== undefined && fault.latencyMs > 0) {
    x.info('fault', `latency ${fault.latencyMs} ms (fault ${fault.id})`);
    await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
  }
  if (fault.status === undefined && fault.error === undefined) return false;
  const status = fault.status ?? 503;
  const error = fault.error ?? (status === 503 ? 'temporarily_unavailable' : 'server_error');
  sendError(
    x,
    { status, error, description: 'Injected failure' },
    `fault injected: ${fault.id} answers ${status} ${error}`,
    undefined,
    'fault',
  );
  return true;
}

async function exchangeGrant(x: Exchange, path: string): Promise<void> {
  const { ctx } = x;
  const assertion = await readAssertion(x);
  if (await injectedFault(x, assertion, path)) return;
  const nowMs = ctx.now();
  const decision = checkGrant(assertion, grantContext(ctx, x.testRun, nowMs));
  x.trail.push(...decision.trail);
  x.clientId = decision.ok ? decision.client.clientId : decision.clientId;
  x.consumerOrg = decision.consumerOrg;
  x.supplierOrg = decision.supplierOrg;
  if (!decision.ok) throw decision.refusal;
  const { response } = await issueAccessToken(decision, ctx.signingKey, {
    issuer: ctx.urls.issuer,
    nowMs,
    defaultLifetimeSeconds: ctx.config.tokenLifetimeSeconds,
    scopeLifetimes: ctx.config.scopeTokenLifetimes,
    audience: ctx.config.accessTokenAudience,
    delegationSource: ctx.config.delegationSource,
  });
  x.pass('token', `issued for ${response.scope}, expires in ${response.expires_in} s`);
  x.done(200, 'ok');
  sendJson(x.res, 200, JSON.stringify(response), {
    'cache-control': 'no-store',
    pragma: 'no-cache',
  });
}

/** The token endpoint's boundary: a refusal becomes the real error body; anything else is a bug. */
export async function tokenEndpoint(x: Exchange, path: string): Promise<void> {
  try {
    await exchangeGrant(x, path);
  } catch (error) {
    if (!(error instanceof MaskinportenRefusal)) throw error;
    sendError(
      x,
      mpErrors[error.error],
      error.reason,
      error.description,
      'refused',
      error.retryAfterSeconds,
    );
  }
}
