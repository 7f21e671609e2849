// What both clients (current and retired endpoint) share: checking the call before it is sent and
// turning the generated client's result into one answer type.
import type { Feil } from '../generated/v1/types.gen.js';
import { erMaaned, type Maaned, sammenlignMaaneder } from '../maaned.js';
import { erRettighetspakkenavn } from '../rettighetspakke.js';

export type Format = 'json' | 'xml';

/** The answer to a call: the body on 2xx, otherwise the error body Skatteetaten sent (if any). */
export type InntektSvar<T> =
  | { readonly ok: true; readonly status: number; readonly data: T; readonly response: Response }
  | {
      readonly ok: false;
      readonly status: number;
      /** The error body (`kode`, `melding`, `korrelasjonsid`) from JSON or XML; undefined when the body has another shape (for example a gateway's plain 404). */
      readonly feil: Feil | undefined;
      /** The body as received: parsed JSON, or text. */
      readonly body: unknown;
      readonly response: Response;
    };

export const accept: Record<Format, string> = { json: 'application/json', xml: 'application/xml' };

/** Rejects a call the API would answer with 400 `IM-006`, before anything is sent. */
export function sjekkKall(params: {
  rettighetspakke: string;
  personidentifikator: string;
  fraOgMed: Maaned;
  tilOgMed?: Maaned | undefined;
  format?: Format | undefined;
}): void {
  if (!erRettighetspakkenavn(params.rettighetspakke)) {
    throw new RangeError(
      `rettighetspakke must be letters only, got ${JSON.stringify(params.rettighetspakke)}`,
    );
  }
  if (!/^[0-9]{11}$/.test(params.personidentifikator)) {
    throw new RangeError(
      `personidentifikator must be 11 digits, got ${JSON.stringify(params.personidentifikator)}`,
    );
  }
  if (!erMaaned(params.fraOgMed))
    throw new RangeError(`fraOgMed must be YYYY-MM, got ${JSON.stringify(params.fraOgMed)}`);
  if (params.tilOgMed !== undefined) {
    if (!erMaaned(params.tilOgMed))
      throw new RangeError(`tilOgMed must be YYYY-MM, got ${JSON.stringify(params.tilOgMed)}`);
    if (sammenlignMaaneder(params.fraOgMed, params.tilOgMed) > 0) {
      throw new RangeError(`fraOgMed ${params.fraOgMed} is after tilOgMed ${params.tilOgMed}`);
    }
  }
  if (params.format !== undefined && !(params.format in accept)) {
    throw new RangeError(`format must be json or xml, got ${JSON.stringify(params.format)}`);
  }
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function xmlText(xml: string, element: string): string | undefined {
  const match = new RegExp(`<(?:[\\w.-]+:)?${element}>([^<]*)</(?:[\\w.-]+:)?${element}>`).exec(
    xml,
  );
  if (match?.[1] === undefined) return undefined;
  return match[1].replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return entities[name] ?? whole;
  });
}

/** The error body in JSON or XML form, when the body is one. */
export function lesFeil(body: unknown): Feil | undefined {
  if (typeof body === 'string') {
    if (!/<(?:[\w.-]+:)?feil[\s>]/.test(body)) return undefined;
    const kode = xmlText(body, 'kode');
    const melding = xmlText(body, 'melding');
    const korrelasjonsid = xmlText(body, 'korrelasjonsid');
    if (kode === undefined || melding === undefined || korrelasjonsid === undefined)
      return undefined;
    return { kode, melding, korrelasjonsid };
  }
  if (body !== null && typeof body === 'object') {
    const { kode, melding, korrelasjonsid } = body as Record<string, unknown>;
    if (
      typeof kode === 'string' &&
      typeof melding === 'string' &&
      typeof korrelasjonsid === 'string'
    ) {
      return { kode, melding, korrelasjonsid };
    }
  }
  return undefined;
}

/** The result of a generated SDK call, in the shape it has with `throwOnError: false`. */
interface GeneratedResult {
  data?: unknown;
  error?: unknown;
  response?: Response;
}

/** Turns a generated call's result into an answer; network and token errors are thrown as they are. */
export function tilSvar<T>(result: GeneratedResult): InntektSvar<T> {
  const { response } = result;
  // No response: the request never got an answer (network, DNS, or getAccessToken threw).
  if (response === undefined) throw result.error;
  if (response.ok) {
    // A 2xx whose body could not be parsed.
    if (result.error !== undefined) throw result.error;
    return { ok: true, status: response.status, data: result.data as T, response };
  }
  return {
    ok: false,
    status: response.status,
    feil: lesFeil(result.error),
    body: result.error,
    response,
  };
}
