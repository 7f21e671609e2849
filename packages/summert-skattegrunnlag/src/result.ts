// Turns a hey-api call result into the toolkit's answer: data, or the API's error body, plus the
// raw Response. Network failures and a failing token provider are thrown, not returned: they are
// not answers from the API.
import { erFeil, type Feil } from '@skattedeling/felles';
import { feilFraXml } from './xml.js';

export type Format = 'json' | 'xml';

export type HentResult<T, F extends Feil = Feil> =
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

interface RawResult {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response?: Response;
}

export function accept(format: Format): string {
  return format === 'xml' ? 'application/xml' : 'application/json';
}

export function toHentResult<T, F extends Feil>(raw: RawResult): HentResult<T, F> {
  const response = raw.response;
  if (response === undefined) throw raw.error;
  if (response.ok) return { ok: true, status: response.status, data: raw.data as T, response };
  const body = raw.error;
  const feil = erFeil(body) ? body : typeof body === 'string' ? feilFraXml(body) : undefined;
  return { ok: false, status: response.status, feil: feil as F | undefined, body, response };
}
