// Writing Maskinporten's answers: JSON bodies, and refusals in the real wire shape (errors.ts)
// with the simulator's reason in the journal, the log and the reason header.
import type { ServerResponse } from 'node:http';
import type { Exchange } from '../http/exchange.js';
import type { Outcome } from '../journal/journal.js';
import { type MpError, oauthErrorBody } from './errors.js';

export function sendJson(
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

export function sendError(
  x: Exchange,
  error: MpError,
  reason: string,
  description?: string,
  outcome: Outcome = 'refused',
  retryAfterSeconds?: number,
): void {
  const body = oauthErrorBody(x.ctx.urls.issuer, error, description);
  const kode = error.code === undefined ? error.error : `${error.error} ${error.code}`;
  x.done(error.status, outcome, { kode, reason });
  sendJson(x.res, error.status, JSON.stringify(body), {
    'cache-control': 'no-store',
    ...(retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) }),
  });
}
