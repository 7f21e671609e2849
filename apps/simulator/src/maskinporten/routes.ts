// Maskinporten's endpoints: metadata, JWKS and the token endpoint. The routes only move data in
// and out; the token endpoint is in token.ts, the grant rules in rules/, the token in
// access-token.ts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from '../context.js';
import { Exchange } from '../http/exchange.js';
import { mpErrors, oauthErrorBody } from './errors.js';
import { sendError, sendJson } from './respond.js';
import { JWT_BEARER, tokenEndpoint } from './token.js';

export { JWT_BEARER };

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
      tokenEndpoint(new Exchange(ctx, req, res, 'maskinporten', path), path).catch(
        (error: unknown) => {
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
        },
      );
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
