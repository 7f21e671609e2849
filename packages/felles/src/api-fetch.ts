// The transport under both API clients, handed to the generated SDK as its `fetch`: a fresh token
// for every attempt, a timeout per attempt composed with the caller's signal, opt-in retries of
// 5xx/429 answers and network failures (honouring Retry-After), and typed errors instead of a
// bare `TypeError: fetch failed`.
import { RequestError } from './request-error.js';
import {
  backoffMs,
  isRetryableStatus,
  type RetryEvent,
  type RetryOptions,
  type RetryPolicy,
  retryAfterMs,
  retryPolicy,
} from './retry.js';

/** The options both API clients take. */
export interface ApiClientOptions {
  /** Where the API lives (see each client's documentation for the hosts). */
  readonly baseUrl: string;
  /**
   * Returns a Maskinporten access token with the API's scope. Called before every attempt, so
   * it can cache and renew tokens on its own schedule. Its errors are thrown as they are.
   */
  readonly getAccessToken: () => string | Promise<string>;
  /** A fetch implementation; defaults to the global one. */
  readonly fetch?: typeof globalThis.fetch;
  /**
   * Abort an attempt that has no complete answer (headers and body) after this many
   * milliseconds; default 30 000. The caller's `signal` bounds the whole call, retries included.
   */
  readonly timeoutMs?: number;
  /**
   * Off by default. `true` or options: try again after a 5xx or 429 answer, a timeout or a network
   * failure, with exponential backoff and jitter, waiting as `Retry-After` asks.
   */
  readonly retry?: boolean | RetryOptions;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface AttemptOptions {
  readonly fetch: typeof globalThis.fetch;
  readonly timeoutMs: number;
  /** Added to the request's own headers. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * One attempt: the request sent, its whole body read within `timeoutMs`. Resolves with the
 * Response (any status; its body can still be read) or rejects with a `RequestError` (`timeout`,
 * `aborted` by the request's signal, or `network`).
 */
export async function attempt(request: Request, options: AttemptOptions): Promise<Response> {
  const fail = (code: 'timeout' | 'aborted' | 'network', detail: string, cause: unknown) =>
    new RequestError({ code, method: request.method, url: request.url, detail, cause });
  if (request.signal.aborted) throw fail('aborted', 'aborted by the caller', request.signal.reason);
  const headers = new Headers(request.headers);
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
  // One controller of our own, held by the timer and the caller's signal, rather than
  // AbortSignal.timeout/any: a composed signal that only weak references reach can be garbage
  // collected during the call, and then neither the timeout nor the caller's abort arrives.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`timed out after ${options.timeoutMs} ms`, 'TimeoutError'));
  }, options.timeoutMs);
  const onAbort = () => controller.abort(request.signal.reason);
  request.signal.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await options.fetch(request, { headers, signal: controller.signal });
    // Reading a copy to the end keeps the whole answer, body included, inside the timeout; the
    // original keeps its url and can be read again by the caller.
    await response.clone().arrayBuffer();
    return response;
  } catch (error) {
    if (request.signal.aborted) throw fail('aborted', 'aborted by the caller', error);
    if (timedOut) throw fail('timeout', `no complete answer within ${options.timeoutMs} ms`, error);
    const reason = error instanceof Error ? error.message : String(error);
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
    throw fail('network', cause ? `${reason}: ${cause.message}` : reason, error);
  } finally {
    clearTimeout(timer);
    request.signal.removeEventListener('abort', onAbort);
  }
}

/** Waits `ms`, or rejects with a RequestError when the request's signal aborts first. */
function sleep(ms: number, request: Request): Promise<void> {
  return new Promise((resolve, reject) => {
    const signal = request.signal;
    const onAbort = () => {
      clearTimeout(timer);
      reject(
        new RequestError({
          code: 'aborted',
          method: request.method,
          url: request.url,
          detail: 'aborted by the caller while waiting to retry',
          cause: signal.reason,
        }),
      );
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** The wait before the next attempt, or undefined when the client should not retry. */
function nextDelay(
  outcome: Response | RequestError,
  attemptNumber: number,
  policy: RetryPolicy,
): number | undefined {
  if (attemptNumber >= policy.attempts) return undefined;
  if (outcome instanceof RequestError) {
    return outcome.retryable ? backoffMs(attemptNumber, policy) : undefined;
  }
  if (!isRetryableStatus(outcome.status)) return undefined;
  const asked = retryAfterMs(outcome.headers.get('retry-after'));
  if (asked === undefined) return backoffMs(attemptNumber, policy);
  return asked <= policy.maxDelayMs ? asked : undefined;
}

function withAttempts(error: RequestError, attempts: number): RequestError {
  const { code, method, url, detail, cause } = error;
  return new RequestError({ code, method, url, detail, attempts, cause });
}

export function checkTimeout(timeoutMs: number | undefined): number {
  const value = timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(value) || value <= 0)
    throw new RangeError(`timeoutMs must be a number > 0, got ${value}`);
  return value;
}

/**
 * The fetch both API clients hand to their generated SDK. It sets `Authorization: Bearer` from
 * `getAccessToken` on every attempt, so the SDK itself is given no `auth`.
 */
export function createApiFetch(
  options: Pick<ApiClientOptions, 'getAccessToken' | 'fetch' | 'timeoutMs' | 'retry'>,
): typeof globalThis.fetch {
  const timeoutMs = checkTimeout(options.timeoutMs);
  const policy = retryPolicy(options.retry);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  return async (input, init) => {
    const request =
      input instanceof Request && init === undefined ? input : new Request(input, init);
    for (let n = 1; ; n++) {
      const token = await options.getAccessToken();
      const outcome = await attempt(request, {
        fetch: fetchImpl,
        timeoutMs,
        headers: { authorization: `Bearer ${token}` },
      }).catch((error: unknown) => {
        if (error instanceof RequestError) return error;
        throw error;
      });
      const delayMs = nextDelay(outcome, n, policy);
      if (delayMs === undefined) {
        if (outcome instanceof RequestError) throw n === 1 ? outcome : withAttempts(outcome, n);
        return outcome;
      }
      const event: RetryEvent =
        outcome instanceof RequestError
          ? { attempt: n, delayMs, error: outcome }
          : { attempt: n, delayMs, status: outcome.status };
      policy.onRetry?.(event);
      if (!(outcome instanceof RequestError)) await outcome.body?.cancel();
      await sleep(delayMs, request);
    }
  };
}
