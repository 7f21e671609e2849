// The failures of a call that got no usable answer from the API: they have no status and no
// error body, so they are thrown, with a stable `code` for programs (as jose's `JOSEError`).

/**
 * - `timeout`: no complete answer within `timeoutMs` (per attempt);
 * - `network`: the connection failed (refused, reset, DNS, TLS);
 * - `aborted`: the caller's `signal` aborted the call;
 * - `invalid_response`: a 2xx answer whose body could not be read as the format asked for.
 */
export type RequestErrorCode = 'timeout' | 'network' | 'aborted' | 'invalid_response';

export interface RequestErrorInit {
  readonly code: RequestErrorCode;
  readonly method: string;
  /** The request URL; a personidentifikator in it is masked before it is kept. */
  readonly url: string;
  /** What happened, for people; the message adds method, URL and code. */
  readonly detail: string;
  /** Attempts made, the failing one included; default 1. */
  readonly attempts?: number;
  readonly cause?: unknown;
}

/** Thrown by the API clients when a call got no answer (or an unreadable 2xx answer). */
export class RequestError extends Error {
  override readonly name = 'RequestError';
  readonly code: RequestErrorCode;
  readonly method: string;
  /** The request URL with any 11-digit path segment (a personidentifikator) masked. */
  readonly url: string;
  /** What happened, without method and URL. */
  readonly detail: string;
  /** Attempts made, the failing one included (more than 1 only with `retry`). */
  readonly attempts: number;
  /** True for `timeout` and `network`: the same call may succeed later. */
  readonly retryable: boolean;

  constructor(init: RequestErrorInit) {
    const url = maskPersonidentifikator(init.url);
    const attempts = init.attempts ?? 1;
    super(
      `${init.method} ${url}: ${init.detail}${attempts > 1 ? ` (attempt ${attempts})` : ''} [${init.code}]`,
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.code = init.code;
    this.method = init.method;
    this.url = url;
    this.detail = init.detail;
    this.attempts = attempts;
    this.retryable = init.code === 'timeout' || init.code === 'network';
  }
}

export function isRequestError(value: unknown): value is RequestError {
  return value instanceof RequestError;
}

/**
 * Error messages end up in logs; a fødselsnummer or D-nummer must not. Masks every path segment
 * of exactly 11 digits.
 */
export function maskPersonidentifikator(url: string): string {
  return url.replace(/(^|\/)[0-9]{11}(?=[/?#]|$)/g, '$1***********');
}
