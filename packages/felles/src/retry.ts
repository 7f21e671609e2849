// When and how long to wait before trying a call again: exponential backoff with full jitter,
// or the server's `Retry-After` (RFC 9110 §10.2.3), in seconds or as an HTTP-date.
import type { RequestError } from './request-error.js';

export interface RetryOptions {
  /** Attempts in all, the first included; default 3. 1 means no retry. */
  readonly attempts?: number;
  /**
   * The longest wait before the second attempt, doubled for each further one; the wait is a
   * random time up to it (full jitter), so many clients do not retry in step. Default 500 ms.
   */
  readonly baseDelayMs?: number;
  /**
   * The longest wait between two attempts, default 30 000 ms. When `Retry-After` asks for a
   * longer wait, the client does not retry and returns that answer as it is.
   */
  readonly maxDelayMs?: number;
  /** Called before each wait, e.g. to log it. */
  readonly onRetry?: (event: RetryEvent) => void;
}

export interface RetryEvent {
  /** The attempt that failed, from 1. */
  readonly attempt: number;
  /** How long the client waits before the next attempt. */
  readonly delayMs: number;
  /** Why: the HTTP status of a retryable answer (5xx, 429)… */
  readonly status?: number;
  /** …or the failure without an answer (`timeout`, `network`). */
  readonly error?: RequestError;
}

export interface RetryPolicy {
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly onRetry: ((event: RetryEvent) => void) | undefined;
}

const defaults = { attempts: 3, baseDelayMs: 500, maxDelayMs: 30_000 } as const;
const noRetry: RetryPolicy = { ...defaults, attempts: 1, onRetry: undefined };

function checked(name: string, value: number, min: number, integer: boolean): number {
  if (!Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    throw new RangeError(
      `retry.${name} must be ${integer ? 'an integer' : 'a number'} >= ${min}, got ${value}`,
    );
  }
  return value;
}

/** The policy for a client's `retry` option: off when left out or `false`. */
export function retryPolicy(retry: boolean | RetryOptions | undefined): RetryPolicy {
  if (retry === undefined || retry === false) return noRetry;
  const options: RetryOptions = retry === true ? {} : retry;
  return {
    attempts: checked('attempts', options.attempts ?? defaults.attempts, 1, true),
    baseDelayMs: checked('baseDelayMs', options.baseDelayMs ?? defaults.baseDelayMs, 0, false),
    maxDelayMs: checked('maxDelayMs', options.maxDelayMs ?? defaults.maxDelayMs, 0, false),
    onRetry: options.onRetry,
  };
}

/** 5xx and 429 (Too Many Requests): answers that may be different a little later. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 429;
}

/** IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`) and the obsolete RFC 850 form. */
const gmtDate =
  /^[A-Za-z]{3,9}, [0-9]{2}[ -][A-Za-z]{3}[ -][0-9]{2,4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT$/;
/** asctime (`Sun Nov  6 08:49:37 1994`), which is GMT without saying so. */
const asctimeDate = /^[A-Za-z]{3} [A-Za-z]{3} [ 0-9][0-9] [0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]{4}$/;

/**
 * The wait a `Retry-After` value asks for, in milliseconds: delay-seconds (`"120"`) or an
 * HTTP-date in any of the three forms RFC 9110 names (a date in the past means now). Undefined
 * when the header is missing or in neither form.
 */
export function retryAfterMs(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^[0-9]+$/.test(text)) return Number(text) * 1000;
  let date = Number.NaN;
  if (gmtDate.test(text)) date = Date.parse(text);
  else if (asctimeDate.test(text)) date = Date.parse(`${text} GMT`);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Full-jitter backoff after `attempt` (from 1): random in [0, min(max, base · 2^(attempt−1))]. */
export function backoffMs(
  attempt: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}
