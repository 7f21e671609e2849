// Reading an admin request's path, query and test-run header, each failure a 400 that names the
// value safely.
import type { Request } from 'express';
import { describe } from '../http/describe.js';
import { isValidTestRun, TEST_RUN_HEADER } from '../http/headers.js';
import { BadRequest } from './errors.js';

export const orgnrPattern = /^\d{9}$/;
export const pidPattern = /^\d{11}$/;

/** The test run named in x-skattedeling-test-run, if any. */
export function runOf(req: Request): string | undefined {
  const value = req.headers[TEST_RUN_HEADER];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isValidTestRun(value)) {
    throw new BadRequest(
      `${TEST_RUN_HEADER} must be 1–100 characters of A–Z a–z 0–9 . _ : -, got ${describe(value)}`,
    );
  }
  return value;
}

export function param(req: Request, name: string): string {
  const v = req.params[name];
  return typeof v === 'string' ? v : '';
}

/** The orgnr path parameter, checked. */
export function orgnrParam(req: Request): string {
  const orgnr = param(req, 'orgnr');
  if (!orgnrPattern.test(orgnr))
    throw new BadRequest(`orgnr must be 9 digits, got ${describe(orgnr)}`);
  return orgnr;
}

/** A query parameter given at most once. */
export function queryOnce(req: Request, name: string): string | undefined {
  const v = req.query[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new BadRequest(`query ${name} may be given once`);
  return v;
}

export function consumerOrgQuery(req: Request): string | undefined {
  const v = queryOnce(req, 'consumerOrg');
  if (v !== undefined && !orgnrPattern.test(v))
    throw new BadRequest(
      `query consumerOrg must be a 9-digit organisation number, got ${describe(v)}`,
    );
  return v;
}
