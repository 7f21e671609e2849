import { describe, expect, it } from 'vitest';
import type { ApiDescriptor } from './api-descriptor.js';
import type { GeneratedResult } from './api-result.js';
import {
  checkDato,
  createFeedClient,
  type FeedCallOptions,
  FeedError,
  type FeedOperations,
} from './feed-client.js';
import type { Feil } from './feil.js';
import { RequestError } from './request-error.js';

interface Hendelse {
  readonly sekvensnummer: number;
  readonly identifikator: string;
}
type Side = { readonly hendelser: readonly Hendelse[] };
type Start = { readonly sekvensnummer: number };

const api = {
  navn: 'Testliste hendelser API',
  feilkoder: { ikkeFunnet: 'FA-005' },
} as unknown as ApiDescriptor;

function answer(status: number, body: unknown): GeneratedResult {
  const response = new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
  return status < 300 ? { data: body, response } : { error: body, response };
}

const fa005: Feil = {
  kode: 'FA-005',
  melding: 'Ingen hendelser funnet for oppgitt input.',
  korrelasjonsid: 'b067c8a9-c435-46e7-9cf3-6e7f8091a2b3',
};

/** Operations that answer from `side`/`start` and record what they were asked. */
function operations(side: GeneratedResult[], start: GeneratedResult[] = []) {
  const calls: Array<{ query: Record<string, unknown>; call: FeedCallOptions }> = [];
  const ops: FeedOperations = {
    side: async (query, call) => {
      calls.push({ query, call });
      return side.shift() ?? answer(404, fa005);
    },
    start: async (query, call) => {
      calls.push({ query, call });
      return start.shift() ?? answer(404, fa005);
    },
  };
  return { ops, calls };
}

const client = (ops: FeedOperations) => createFeedClient<Hendelse, Side, Start, Feil>(api, ops);

describe('createFeedClient', () => {
  it('asks a page as JSON by default and as text with Accept: application/xml for XML', async () => {
    const { ops, calls } = operations([answer(200, { hendelser: [] }), answer(200, '<x/>')]);
    await client(ops).hentSide({ fraSekvensnummer: 1, antall: 10 });
    await client(ops).hentSide({ fraSekvensnummer: 1, antall: 10, format: 'xml' });
    expect(calls.map((c) => [c.query, c.call.headers.Accept, c.call.parseAs])).toEqual([
      [{ fraSekvensnummer: 1, antall: 10 }, 'application/json', 'json'],
      [{ fraSekvensnummer: 1, antall: 10 }, 'application/xml', 'text'],
    ]);
  });

  it('refuses a page or a date the list would refuse with FA-004, without calling it', async () => {
    const { ops, calls } = operations([]);
    await expect(client(ops).hentSide({ fraSekvensnummer: 1.5, antall: 10 })).rejects.toThrow(
      RangeError,
    );
    await expect(client(ops).hentSide({ fraSekvensnummer: 1, antall: 0 })).rejects.toThrow(
      'antall 0 is not valid',
    );
    await expect(client(ops).hentStart({ dato: '2026-02-30' })).rejects.toThrow(
      'dato "2026-02-30" is not valid: must be a date YYYY-MM-DD',
    );
    expect(calls).toHaveLength(0);
  });

  it('reads the events of every page, and a 404 with the no-events code as the end of the list', async () => {
    const { ops, calls } = operations([
      answer(200, {
        hendelser: [
          { sekvensnummer: 1, identifikator: 'a' },
          { sekvensnummer: 12, identifikator: 'b' },
        ],
      }),
      answer(404, fa005),
    ]);
    const reader = client(ops).hendelser({ fraSekvensnummer: 1, antall: 2, follow: false });
    const read: string[] = [];
    for await (const event of reader) read.push(event.identifikator);
    expect(read).toEqual(['a', 'b']);
    expect(calls.map((c) => c.query.fraSekvensnummer)).toEqual([1, 13]);
    expect(reader.position).toBe(13);
  });

  it('reads an empty 200 page as the end of the list, as a 404 FA-005', async () => {
    const { ops } = operations([answer(200, { hendelser: [] })]);
    const reader = client(ops).hendelser({ fraSekvensnummer: 5, follow: false });
    expect((await reader.next()).done).toBe(true);
  });

  it('ends the reader with a FeedError naming status and code for any other error answer', async () => {
    const feil = { kode: 'DAS-008', melding: 'Ikke autorisert.', korrelasjonsid: 'c0ffee' };
    const { ops } = operations([answer(403, feil)]);
    const reader = client(ops).hendelser({ fraSekvensnummer: 3 });
    const error = await reader.next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedError);
    expect(error).toMatchObject({ status: 403, feil });
    expect((error as Error).message).toBe(
      'Testliste hendelser API: the page from 3 was answered 403 DAS-008 (Ikke autorisert.; korrelasjonsid c0ffee)',
    );
  });

  it('ends the reader with a RequestError when a 200 page has no hendelser list', async () => {
    const { ops } = operations([answer(200, { events: [] })]);
    const error = await client(ops)
      .hendelser({ fraSekvensnummer: 1 })
      .next()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect((error as RequestError).code).toBe('invalid_response');
  });

  it('start answers the sequence number, or undefined when no event is on or after the date', async () => {
    const { ops, calls } = operations([], [answer(200, { sekvensnummer: 21 }), answer(404, fa005)]);
    expect(await client(ops).start({ dato: '2026-06-01' })).toBe(21);
    expect(await client(ops).start({ dato: '2099-01-01' })).toBeUndefined();
    expect(calls.map((c) => c.query)).toEqual([{ dato: '2026-06-01' }, { dato: '2099-01-01' }]);
  });

  it('start throws a FeedError for an error answer other than no events', async () => {
    const feil = { kode: 'FA-001', melding: 'Uventet feil.', korrelasjonsid: 'c0ffee' };
    const { ops } = operations([], [answer(500, feil)]);
    await expect(client(ops).start({ dato: '2026-06-01' })).rejects.toMatchObject({
      name: 'FeedError',
      status: 500,
      feil,
    });
  });
});

describe('checkDato', () => {
  it('accepts a real calendar date and refuses impossible ones', () => {
    expect(checkDato('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2025-02-29', '2026-13-01', '2026-6-1', '20260601', 20260601]) {
      expect(() => checkDato(bad)).toThrow(RangeError);
    }
  });
});
