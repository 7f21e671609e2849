// Errors of the token endpoint, mapped from Maskinporten's OAuth error body.
import { isRetryableStatus } from '@skattedeling/felles';
import type { OAuthError, OAuthErrorCode } from './generated/maskinporten/types.gen.js';

/**
 * `error` values the client adds for failures that have no OAuth body: the token endpoint could
 * not be reached (`network_error`), or it answered with something that is not the contract's
 * body (`invalid_response`, e.g. an HTML page from a proxy or a wrong issuer URL).
 */
export type ClientErrorCode = 'network_error' | 'invalid_response';

export interface MaskinportenErrorInit {
  readonly error: OAuthErrorCode | ClientErrorCode | (string & {});
  readonly description: string;
  readonly status: number;
  readonly errorUri?: string | undefined;
  readonly cause?: unknown;
}

/** Thrown by `getToken` for every refusal and failure of the token endpoint. */
export class MaskinportenError extends Error {
  override readonly name = 'MaskinportenError';
  /** OAuth `error` (`invalid_grant`, `invalid_scope`, `forbidden`, …) or a `ClientErrorCode`. */
  readonly error: MaskinportenErrorInit['error'];
  /** `error_description` as sent; for people, not for branching. */
  readonly description: string;
  /** Maskinporten's code (`MP-110`), from `error_uri` or the description, when present. */
  readonly mpCode: string | undefined;
  readonly errorUri: string | undefined;
  /** The trace or correlation id at the end of the description, to quote to Digdir's support. */
  readonly traceId: string | undefined;
  /** HTTP status; 0 when no response arrived. */
  readonly status: number;
  /** True when trying again later may succeed: 5xx (503 in particular), 429 and network errors. */
  readonly retryable: boolean;

  constructor(init: MaskinportenErrorInit) {
    const mpCode = findMpCode(init.errorUri, init.description);
    super(
      `Maskinporten ${init.status === 0 ? 'unreachable' : `answered ${init.status}`}: ${init.error}${mpCode ? ` (${mpCode})` : ''} — ${init.description}`,
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.error = init.error;
    this.description = init.description;
    this.errorUri = init.errorUri;
    this.mpCode = mpCode;
    this.traceId = findTraceId(init.description);
    this.status = init.status;
    this.retryable =
      init.status === 0 ||
      isRetryableStatus(init.status) ||
      init.error === 'temporarily_unavailable' ||
      init.error === 'server_error';
  }
}

export function isMaskinportenError(value: unknown): value is MaskinportenError {
  return value instanceof MaskinportenError;
}

/** `MP-<nnn>` from `error_uri` (`…/errors/MP-200`), else from the description. */
export function findMpCode(
  errorUri: string | undefined,
  description: string | undefined,
): string | undefined {
  const fromUri =
    errorUri === undefined ? null : /\/errors\/(MP-[0-9]{3})(?:[/?#]|$)/.exec(errorUri);
  if (fromUri) return fromUri[1];
  const fromText = description === undefined ? null : /\b(MP-[0-9]{3})\b/.exec(description);
  return fromText?.[1];
}

/** `(trace_id: <hex>)` (newer responses) or `(correlation id: <uuid>)` (older ones). */
export function findTraceId(description: string | undefined): string | undefined {
  if (description === undefined) return undefined;
  return /\((?:trace_id|correlation id):\s*([0-9A-Za-z-]+)\)/.exec(description)?.[1];
}

/** A `MaskinportenError` from a non-2xx response body (parsed JSON or raw text). */
export function errorFromResponse(
  status: number,
  body: unknown,
  rawText: string,
  url: string,
): MaskinportenError {
  if (isOAuthErrorBody(body)) {
    return new MaskinportenError({
      error: body.error,
      description: typeof body.error_description === 'string' ? body.error_description : '',
      errorUri: typeof body.error_uri === 'string' ? body.error_uri : undefined,
      status,
    });
  }
  const excerpt = rawText.replace(/\s+/g, ' ').trim().slice(0, 200);
  return new MaskinportenError({
    error:
      status === 503
        ? 'temporarily_unavailable'
        : status >= 500
          ? 'server_error'
          : 'invalid_response',
    description: `HTTP ${status} from ${url} without an OAuth error body${excerpt ? `: ${excerpt}` : ''}`,
    status,
  });
}

function isOAuthErrorBody(body: unknown): body is Partial<OAuthError> & { error: string } {
  return (
    body !== null &&
    typeof body === 'object' &&
    typeof (body as { error?: unknown }).error === 'string'
  );
}
