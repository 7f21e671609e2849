// One imitated Skatteetaten API as the router dispatches it: the path prefix it lives under (its
// descriptor's id, as its host label in production), the system it is journalled under, the codes
// the router answers for it, a pure match of its paths and the handler of a matched call. Each
// API's module exports its entry; the router (router.ts) holds no branch of its own per API.
import type { ApiDescriptor, Feilkoder } from '@skattedeling/felles';
import type { Context } from '../context.js';
import type { Exchange } from '../http/exchange.js';
import type { JournalSystem } from '../journal/journal.js';
import type { ApiId } from '../store/types.js';
import type { LookupPreview } from './preview.js';

/** What `match` answers for a path of the API's shape whose segment does not percent-decode. */
export class Malformed {
  constructor(readonly reason: string) {}
}

/** The usual malformed answer: the router sends it with the API's `validering` code. */
export const malformedSegment = new Malformed('a path segment has malformed percent-encoding');

export interface Endpoint<Call> {
  /** The first path segment: the descriptor's id (`api` for the retired shared host). */
  readonly prefix: string;
  /** The journal's system: the API's id, or for a support service the lookup API it follows. */
  readonly system: JournalSystem;
  /** The codes the router sends itself: unknown URL, malformed segment, unexpected error. */
  readonly feilkoder: Pick<Feilkoder, 'ukjentUrl' | 'validering' | 'uventet'>;
  /** The reason for the API's unknown-URL answer to a GET, naming the paths it serves. */
  readonly unknownUrl: string;
  /**
   * The call a GET or HEAD path names, decoded; `Malformed` when a segment does not decode;
   * undefined for any other path (the unknown-URL answer). `s` is the path split on `/`: `s[1]`
   * is the prefix and the segments after it start at `s[2]`. Pure.
   */
  match(s: readonly string[]): Call | Malformed | undefined;
  /** Answers a matched call; `query` is the URL's query string without the `?` ('' if none). */
  handle(ctx: Context, x: Exchange, call: Call, query: string): Promise<void>;
  /** A lookup API's answers without a call, for the admin API's preview (admin/preview.ts). */
  readonly preview: LookupPreview | undefined;
}

/** An API's descriptor as far as the router reads it: a lookup API, or a service following one. */
type Served = Pick<ApiDescriptor, 'feilkoder'> &
  (
    | { readonly id: ApiId; readonly tilgangVia?: undefined }
    | { readonly id: string; readonly tilgangVia: ApiId }
  );

type Parts<Call> = Pick<Endpoint<Call>, 'unknownUrl' | 'match' | 'handle'> & {
  readonly preview?: LookupPreview;
};

/** An endpoint entry with the fields every entry has, in one order (one shape for the router). */
export function endpoint<Call>(
  prefix: string,
  system: JournalSystem,
  feilkoder: Endpoint<Call>['feilkoder'],
  parts: Parts<Call>,
): Endpoint<Call> {
  return {
    prefix,
    system,
    feilkoder,
    unknownUrl: parts.unknownUrl,
    match: parts.match,
    handle: parts.handle,
    preview: parts.preview,
  };
}

/**
 * The entry of an API with a descriptor: its prefix is the descriptor's id, and it is journalled
 * under its id, or the `tilgangVia` of a support service (an event list, Siste tilgjengelige).
 */
export function apiEndpoint<Call>(d: Served, parts: Parts<Call>): Endpoint<Call> {
  return endpoint(d.id, d.tilgangVia ?? (d.id as ApiId), d.feilkoder, parts);
}
