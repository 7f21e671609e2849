// Checking and normalising what callers pass: issuer and endpoint URLs, scopes, consumerOrg,
// resource, and the cache key of a token request.
import { isOrgnr } from './orgnr.js';

export interface TokenRequestOptions {
  /** One scope, several space-separated, or a list. Digdir advises one scope per token. */
  readonly scope: string | readonly string[];
  /**
   * The 9-digit organisation number of the consumer you act for through Altinn delegation (the
   * grant's `consumer_org`). Leave out when you ask for yourself.
   */
  readonly consumerOrg?: string | undefined;
  /**
   * RFC 8707 audience of the token (the grant's `resource`). Skatteetaten's APIs expect none.
   */
  readonly resource?: string | readonly string[] | undefined;
}

function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' || hostname === '[::1]' || /^127(\.[0-9]{1,3}){3}$/.test(hostname)
  );
}

export function endpointUrl(name: string, value: string, allowInsecureHttp: boolean): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`${name} must be an absolute URL, got ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`${name} must be an https URL, got ${JSON.stringify(value)}`);
  }
  if (url.protocol === 'http:' && !allowInsecureHttp && !isLoopback(url.hostname)) {
    throw new TypeError(
      `${name} ${value} is plain http to a non-loopback host; use https or set allowInsecureHttp`,
    );
  }
  if (url.search !== '' || url.hash !== '')
    throw new TypeError(`${name} must not have a query or fragment, got ${value}`);
  return url;
}

/** The issuer with exactly one trailing slash, as Maskinporten writes it. */
export function normaliseIssuer(issuer: string, allowInsecureHttp = false): string {
  const href = endpointUrl('issuer', issuer, allowInsecureHttp).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function normaliseScopes(scope: string | readonly string[]): string[] {
  const list = typeof scope === 'string' ? scope.split(/\s+/).filter((s) => s !== '') : [...scope];
  if (list.length === 0) throw new TypeError('scope must name at least one scope');
  for (const s of list) {
    if (typeof s !== 'string' || s === '' || /\s/.test(s)) {
      throw new TypeError(
        `each scope must be a non-empty string without spaces, got ${JSON.stringify(s)}`,
      );
    }
  }
  return [...new Set(list)];
}

export function cacheKey(
  scopes: readonly string[],
  consumerOrg: string | undefined,
  resource: TokenRequestOptions['resource'],
): string {
  const resourceKey =
    resource === undefined ? null : typeof resource === 'string' ? resource : [...resource].sort();
  return JSON.stringify([[...scopes].sort(), consumerOrg ?? null, resourceKey]);
}

export interface PreparedRequest {
  readonly scopes: string[];
  readonly consumerOrg: string | undefined;
  readonly resource: TokenRequestOptions['resource'];
}

export function prepare(request: TokenRequestOptions): PreparedRequest {
  if (request === null || typeof request !== 'object')
    throw new TypeError('getToken needs { scope, consumerOrg?, resource? }');
  const scopes = normaliseScopes(request.scope);
  if (request.consumerOrg !== undefined && !isOrgnr(request.consumerOrg)) {
    throw new TypeError(
      `consumerOrg must be a 9-digit organisasjonsnummer with a valid check digit, got ${JSON.stringify(request.consumerOrg)}`,
    );
  }
  if (request.resource !== undefined) {
    const list = typeof request.resource === 'string' ? [request.resource] : request.resource;
    if (!Array.isArray(list) && typeof request.resource !== 'string')
      throw new TypeError('resource must be a string or a list of strings');
    if (list.length === 0)
      throw new TypeError('resource must not be an empty list; leave it out instead');
  }
  return { scopes, consumerOrg: request.consumerOrg, resource: request.resource };
}
