// What the API clients answer: the body, or the API's error body, plus the raw Response. Failures
// without an answer (network, timeout, a failing token provider) are thrown, not returned: they
// are not answers from the API.
import { erFeil, type Feil } from './feil.js';
import { feilFraXml } from './feil-xml.js';
import { RequestError } from './request-error.js';

export type ApiResult<T, F extends Feil = Feil> =
  | {
      readonly ok: true;
      readonly status: number;
      /** The body: parsed JSON, or the XML document as text when `format: 'xml'`. */
      readonly data: T;
      readonly response: Response;
    }
  | {
      readonly ok: false;
      readonly status: number;
      /**
       * The error body (`kode`, `melding`, `korrelasjonsid`) from JSON or XML, or undefined when
       * the answer is not in that format (for example a gateway's plain 404).
       */
      readonly feil: F | undefined;
      /** The raw error body: parsed JSON when it was JSON, otherwise text. */
      readonly body: unknown;
      readonly response: Response;
    };

/** The error body in a JSON value or an XML text, when it is one. */
export function readFeil(body: unknown): Feil | undefined {
  if (typeof body === 'string') return feilFraXml(body);
  return erFeil(body)
    ? { kode: body.kode, melding: body.melding, korrelasjonsid: body.korrelasjonsid }
    : undefined;
}

/** The result of a generated (hey-api) SDK call, as it is with `throwOnError: false`. */
export interface GeneratedResult {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly request?: Request;
  readonly response?: Response;
}

/**
 * Turns a generated call's result into an `ApiResult`. Without a response the call failed before
 * an answer (a `RequestError`, or the token provider's error), and that error is thrown as it is.
 */
export function toApiResult<T, F extends Feil = Feil>(raw: GeneratedResult): ApiResult<T, F> {
  const { response } = raw;
  if (response === undefined) throw raw.error;
  if (response.ok) {
    // The only error a 2xx can carry is a body that is not the format asked for.
    if (raw.error !== undefined) {
      throw new RequestError({
        code: 'invalid_response',
        method: raw.request?.method ?? 'GET',
        url: raw.request?.url ?? response.url,
        detail: `HTTP ${response.status} with a body that cannot be read: ${raw.error instanceof Error ? raw.error.message : String(raw.error)}`,
        cause: raw.error,
      });
    }
    return { ok: true, status: response.status, data: raw.data as T, response };
  }
  const body = raw.error;
  return {
    ok: false,
    status: response.status,
    feil: readFeil(body) as F | undefined,
    body,
    response,
  };
}
