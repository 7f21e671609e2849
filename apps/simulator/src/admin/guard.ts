// Who may use the admin API (/_simulator). It can reset everything, read the journal and mint a
// certificate with its private key for any organisation, so it answers only:
// - requests whose Host is one of the simulator's own names (loopback with the listening port, or
//   the host of --public-url): a web page that rebinds its DNS name to 127.0.0.1 sends its own
//   name and is refused;
// - state changes sent as application/json and not marked cross-site by the browser: a web page
//   can send a "simple" cross-site POST (text/plain, form data, no body) without asking first,
//   but never one with Content-Type: application/json;
// - with an admin token configured, requests carrying it (compared in constant time).
// The imitated APIs (Maskinporten, Skatteetaten) are not guarded: they stay as open as the real
// ones, and a token from them needs a signed grant.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { describe } from '../http/describe.js';
import { Forbidden, Unauthorized, UnsupportedMediaType } from './errors.js';

export interface AdminGuardOptions {
  /**
   * The Host header values (`host:port`, lower case) the admin API answers to. A function: the
   * port is known only once the server listens.
   */
  readonly allowedHosts: () => ReadonlySet<string>;
  /** When set, every admin request must carry `Authorization: Bearer <token>`. */
  readonly token?: string | undefined;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The loopback names with the listening port (and without it on port 80). */
function loopbackHosts(port: number): string[] {
  const names = ['127.0.0.1', 'localhost', '[::1]'];
  return [...names.map((n) => `${n}:${port}`), ...(port === 80 ? names : [])];
}

/** The Host values of a simulator listening on `port` and reached at `publicBase`. */
export function allowedAdminHosts(port: number, publicBase: string): ReadonlySet<string> {
  return new Set([...loopbackHosts(port), new URL(publicBase).host.toLowerCase()]);
}

/** True for an address only this machine can reach (127.0.0.0/8, ::1). */
export function isLoopbackAddress(address: string): boolean {
  return (
    address.startsWith('127.') ||
    address === '::1' ||
    address.startsWith('::ffff:127.') ||
    address === 'localhost'
  );
}

function checkHost(req: Request, allowed: ReadonlySet<string>): void {
  const host = req.headers.host;
  if (host !== undefined && allowed.has(host.toLowerCase())) return;
  throw new Forbidden(
    `the admin API answers only to its own names (${[...allowed].join(', ')}), not to Host ${describe(host)}; a simulator shared under another name needs --public-url with that name`,
  );
}

function checkSameSite(req: Request): void {
  if (req.headers['sec-fetch-site'] === 'cross-site')
    throw new Forbidden(
      'a web page on another site may not change the simulator (Sec-Fetch-Site: cross-site)',
    );
}

function checkJson(req: Request): void {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json') return;
  throw new UnsupportedMediaType(
    `a request that changes the simulator must say Content-Type: application/json (also without a body), got ${describe(req.headers['content-type'])}`,
  );
}

const digest = (text: string) => createHash('sha256').update(text).digest();

function tokenCheck(token: string): (req: Request) => void {
  const expected = digest(token);
  return (req) => {
    const given = /^Bearer +([\x21-\x7e]+) *$/i.exec(req.headers.authorization ?? '')?.[1];
    if (given === undefined)
      throw new Unauthorized(
        'this simulator requires its admin token: send Authorization: Bearer <token> (the value of --admin-token / SKATTEDELING_SIM_ADMIN_TOKEN)',
      );
    // Both sides hashed to the same length, so the comparison takes the same time for any value.
    if (!timingSafeEqual(digest(given), expected))
      throw new Unauthorized('the admin token does not match this simulator’s --admin-token');
  };
}

/**
 * Middleware for /_simulator: the Host check, the admin token (when configured), and for state
 * changes the same-site and JSON checks. A refusal goes to the admin's problem handler.
 */
export function adminGuard(options: AdminGuardOptions): RequestHandler {
  const checkToken = options.token === undefined ? undefined : tokenCheck(options.token);
  return (req: Request, _res: Response, next: NextFunction) => {
    checkHost(req, options.allowedHosts());
    checkToken?.(req);
    if (!safeMethods.has(req.method)) {
      checkSameSite(req);
      checkJson(req);
    }
    next();
  };
}
