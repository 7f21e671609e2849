// Maskinporten's endpoints: metadata, JWKS and the token endpoint. The routes only move data in
// and out; the grant rules are in grant.ts and the token in access-token.ts.
import { createPublicKey, type KeyObject } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from '../context.js';
import { mediaType, readBody } from '../http/body.js';
import { Exchange } from '../http/exchange.js';
import type { Outcome } from '../journal/journal.js';
import type { RegisteredKey } from '../store/types.js';
import { issueAccessToken } from './access-token.js';
import { type MpError, type MpErrorKey, mpErrors, oauthErrorBody } from './errors.js';
import { checkGrant, type GrantContext } from './grant.js';
import { decodeJws } from './jwt.js';

export const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export function metadata(ctx: Context) {
  return {
    issuer: ctx.urls.issuer,
    token_endpoint: ctx.urls.tokenEndpoint,
    jwks_uri: ctx.urls.jwksUri,
    token_endpoint_auth_methods_supported: ['private_key_jwt'],
    grant_types_supported: [JWT_BEARER],
    token_endpoint_auth_signing_alg_values_supported: ['RS256', 'RS384', 'RS512'],
    authorization_details_types_supported: ['urn:altinn:systemuser', 'urn:altinn:consent'],
  };
}

function sendJson(
  res: ServerResponse,
  status: number,
  text: string,
  extra: Record<string, string> = {},
): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.setHeader('content-length', Buffer.byteLength(text));
  for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
  res.end(text);
}

function sendError(
  x: Exchange,
  error: MpError,
  reason: string,
  description?: string,
  outcome: Outcome = 'refused',
): void {
  const body = oauthErrorBody(x.ctx.urls.issuer, error, description);
  const kode = error.code === undefined ? error.error : `${error.error} ${error.code}`;
  x.done(error.status, outcome, { kode, reason });
  sendJson(x.res, error.status, JSON.stringify(body), { 'cache-control': 'no-store' });
}

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

async function token(
  ctx: Context,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  const x = new Exchange(ctx, req, res, 'maskinporten', path);
  if (mediaType(req) !== 'application/x-www-form-urlencoded') {
    return sendError(
      x,
      mpErrors.notForm,
      `Content-Type is ${JSON.stringify(req.headers['content-type'] ?? '(none)')}; the token endpoint takes a form`,
    );
  }
  const body = await readBody(req, 64 * 1024);
  if (!body.ok) return sendError(x, mpErrors.tooLarge, 'the form body is larger than 64 KiB');
  const params = new URLSearchParams(body.text);
  const grantType = single(params, 'grant_type');
  const assertion = single(params, 'assertion');
  if (grantType === null || assertion === null)
    return sendError(
      x,
      mpErrors.duplicateParameter,
      'grant_type or assertion is repeated in the form',
    );
  if (grantType === undefined || grantType === '')
    return sendError(x, mpErrors.missingGrantType, 'the form has no grant_type');
  if (grantType !== JWT_BEARER)
    return sendError(
      x,
      mpErrors.unsupportedGrantType,
      `grant_type ${JSON.stringify(grantType)} is not ${JWT_BEARER}`,
    );
  if (assertion === undefined || assertion === '')
    return sendError(x, mpErrors.missingAssertion, 'the form has no assertion');
  const extra = [...new Set(params.keys())].filter((k) => k !== 'grant_type' && k !== 'assertion');
  if (extra.length > 0)
    x.info('form', `ignored form fields: ${extra.join(', ')} (scopes travel inside the grant)`);

  if (ctx.store.hasFaults()) {
    const peek = decodeJws(assertion)?.payload;
    const client = typeof peek?.iss === 'string' ? ctx.store.getClient(peek.iss) : undefined;
    const consumerOrg = typeof peek?.consumer_org === 'string' ? peek.consumer_org : client?.orgnr;
    const fault = ctx.store.takeFault(x.testRun, { api: 'maskinporten', path, consumerOrg });
    if (fault !== undefined) {
      if (fault.latencyMs !== undefined && fault.latencyMs > 0) {
        x.info('fault', `latency ${fault.latencyMs} ms (fault ${fault.id})`);
        await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
      }
      if (fault.status !== undefined || fault.error !== undefined) {
        const status = fault.status ?? 503;
        const error = fault.error ?? (status === 503 ? 'temporarily_unavailable' : 'server_error');
        return sendError(
          x,
          { status, error, description: 'Injected failure' },
          `fault injected: ${fault.id} answers ${status} ${error}`,
          undefined,
          'fault',
        );
      }
    }
  }

  const nowMs = ctx.now();
  const decision = checkGrant(assertion, grantContext(ctx, x.testRun, nowMs));
  x.trail.push(...decision.trail);
  if (!decision.ok) {
    x.clientId = decision.clientId;
    x.consumerOrg = decision.consumerOrg;
    x.supplierOrg = decision.supplierOrg;
    return sendError(
      x,
      mpErrors[decision.error as MpErrorKey],
      decision.reason,
      decision.description,
    );
  }
  x.clientId = decision.client.clientId;
  x.consumerOrg = decision.consumerOrg;
  x.supplierOrg = decision.supplierOrg;
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
  sendJson(res, 200, JSON.stringify(response), { 'cache-control': 'no-store', pragma: 'no-cache' });
}

/** Handles /maskinporten/… and the RFC 8414 form /.well-known/oauth-authorization-server/maskinporten. */
export function createMaskinportenHandler(ctx: Context) {
  let metadataText: string | undefined;
  let metadataFor: string | undefined;
  let jwksText: string | undefined;
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    const isMetadata =
      path === '/maskinporten/.well-known/oauth-authorization-server' ||
      path === '/.well-known/oauth-authorization-server/maskinporten' ||
      path === '/.well-known/oauth-authorization-server/maskinporten/';
    if (!isMetadata && !path.startsWith('/maskinporten/') && path !== '/maskinporten') {
      next();
      return;
    }
    const method = req.method ?? 'GET';
    const isGet = method === 'GET' || method === 'HEAD';
    if (isMetadata && isGet) {
      if (metadataFor !== ctx.urls.base) {
        metadataText = JSON.stringify(metadata(ctx));
        metadataFor = ctx.urls.base;
      }
      sendJson(res, 200, metadataText as string);
      return;
    }
    if (path === '/maskinporten/jwk' && isGet) {
      jwksText ??= JSON.stringify({ keys: [ctx.signingKey.jwk] });
      sendJson(res, 200, jwksText);
      return;
    }
    if (path === '/maskinporten/token' && method === 'POST') {
      token(ctx, req, res, path).catch((error: unknown) => {
        ctx.log.info(
          `unexpected error on POST ${path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        if (!res.headersSent)
          sendJson(
            res,
            500,
            JSON.stringify(
              oauthErrorBody(ctx.urls.issuer, {
                status: 500,
                error: 'server_error',
                description: 'Internal error',
              }),
            ),
          );
      });
      return;
    }
    const x = new Exchange(ctx, req, res, 'maskinporten', path);
    const known = isMetadata || path === '/maskinporten/jwk' || path === '/maskinporten/token';
    if (known) {
      res.setHeader('allow', path === '/maskinporten/token' ? 'POST' : 'GET, HEAD');
      sendError(x, mpErrors.methodNotAllowed, `method ${method} is not served on ${path}`);
      return;
    }
    sendError(
      x,
      mpErrors.notFound,
      `Maskinporten has no endpoint ${path} (metadata: ${ctx.urls.metadata}); /.well-known/openid-configuration is not served`,
    );
    return;
  };
}
