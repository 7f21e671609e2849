// Bounded retry with exponential backoff for transient failures (5xx, 503, network). Everything
// else is returned or thrown at once: retrying a 403 or a 404 only adds load.

export interface RetryPolicy {
  /** Attempts in all, the first included; default 3. */
  readonly attempts: number;
  /** Delay before the second attempt; doubled before each further one. Default 250 ms. */
  readonly baseDelayMs: number;
  /** Upper bound of any single delay; default 2000 ms. */
  readonly maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 3, baseDelayMs: 250, maxDelayMs: 2000 };

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export type Attempt<T> =
  | { readonly retry: false; readonly value: T }
  | { readonly retry: true; readonly failure: unknown };

/**
 * Runs `attempt` until it answers `{ retry: false }` or the attempts are used up; then `exhausted`
 * turns the last transient failure into the error to throw.
 */
export async function withRetry<T>(
  policy: RetryPolicy,
  sleep: Sleep,
  attempt: (n: number) => Promise<Attempt<T>>,
  exhausted: (failure: unknown, attempts: number) => Error,
): Promise<T> {
  let last: unknown;
  for (let n = 1; n <= policy.attempts; n++) {
    const outcome = await attempt(n);
    if (!outcome.retry) return outcome.value;
    last = outcome.failure;
    if (n < policy.attempts) {
      await sleep(Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1)));
    }
  }
  throw exhausted(last, policy.attempts);
}
