// The admin API's error body: RFC 9457 problem details, written in one place for every refusal
// under /_simulator (the guard's, the body parser's and the routes').
import type { Request, Response } from 'express';
import { AdminError } from './errors.js';

export function problem(
  res: Response,
  status: number,
  title: string,
  detail: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (!res.req.readableEnded) res.req.resume();
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res
    .status(status)
    .type('application/problem+json')
    .send(JSON.stringify({ title, status, detail }));
}

/** Express error handler for the admin API: never a stack trace, never a 500 for a client mistake. */
export function adminErrors(
  error: unknown,
  _req: Request,
  res: Response,
  _next: (e?: unknown) => void,
): void {
  if (error instanceof AdminError) {
    problem(res, error.status, error.title, error.message, error.headers);
    return;
  }
  const e = error as { type?: string; status?: number; message?: string };
  if (e.type === 'entity.parse.failed') {
    problem(res, 400, 'Bad request', 'the body is not valid JSON');
    return;
  }
  if (e.type === 'entity.too.large') {
    problem(res, 413, 'Payload too large', 'the body is larger than 1 MiB');
    return;
  }
  if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
    problem(res, e.status, 'Bad request', e.message ?? 'bad request');
    return;
  }
  problem(res, 500, 'Internal error', error instanceof Error ? error.message : String(error));
}
