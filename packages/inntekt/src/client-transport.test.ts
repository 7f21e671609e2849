// The client's behaviour when the call does not simply succeed: parameters refused before
// sending, timeouts, network failures, opt-in retries with Retry-After, and error bodies. The
// transport is @skattedeling/felles's, shared with the Summert skattegrunnlag client.

import {
  type ScriptedServer,
  startScriptedServer,
} from '@skattedeling/test-support/scripted-server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createInntektClient,
  type InntektClientOptions,
  type InntektRequest,
  isRequestError,
  Maaned,
  type RequestError,
  type RetryEvent,
} from './index.js';

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());
afterEach(() => {
  vi.useRealTimers();
});

const request: InntektRequest = {
  rettighetspakke: 'kommuneBoligsosialeFormaal',
  personidentifikator: '01818710190',
  fraOgMed: Maaned('2024-01'),
  tilOgMed: Maaned('2024-03'),
};
const body = { oppgaveInntektsmottaker: [] };
const json = { 'content-type': 'application/json' };
const unavailable = {
  status: 503,
  headers: json,
  body: JSON.stringify({
    kode: 'DAS-003',
    melding: 'Data er midlertidig utilgjengelig. Prøv igjen senere.',
    korrelasjonsid: 'f3f1c4c0-3a57-4d2b-9d35-1f0c7c4a9e11',
  }),
};

function client(extra: Partial<InntektClientOptions> = {}) {
  let tokens = 0;
  const created = createInntektClient({
    baseUrl: server.origin,
    getAccessToken: () => `token-${++tokens}`,
    ...extra,
  });
  return { hent: created.hent, tokens: () => tokens };
}

async function rejection(promise: Promise<unknown>): Promise<RequestError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isRequestError(error)).toBe(true);
  return error as RequestError;
}

describe('parameters are checked before anything is sent, as in the Summert skattegrunnlag client', () => {
  it.each([
    [{ personidentifikator: '0181871019' }, 'personidentifikator (a string of 10 characters)'],
    [{ fraOgMed: '2024-1' }, 'fraOgMed "2024-1" is not valid: must be YYYY-MM with month 01-12'],
    [{ fraOgMed: '2024-04' }, 'fraOgMed 2024-04 is after tilOgMed 2024-03'],
    [{ rettighetspakke: 'nav/../admin' }, 'rettighetspakke "nav/../admin" is not valid'],
    [{ format: 'csv' }, 'format "csv" is not valid: must be json or xml'],
  ])('refuses %j with a RangeError, without asking for a token', async (bad, message) => {
    const c = client();
    const call = c.hent({ ...request, ...bad } as InntektRequest);
    await expect(call).rejects.toThrow(RangeError);
    await expect(call).rejects.toThrow(message);
    expect(c.tokens()).toBe(0);
    expect(server.received).toHaveLength(0);
  });
});

describe('failures without an answer are typed RequestErrors', () => {
  it('times out after timeoutMs with code timeout', async () => {
    server.script({ delayMs: 2_000, headers: json, body: JSON.stringify(body) });
    const error = await rejection(client({ timeoutMs: 50 }).hent(request));
    expect(error.code).toBe('timeout');
    expect(error.message).not.toContain('01818710190');
  });

  it('reports a dropped connection as code network, not as TypeError: fetch failed', async () => {
    server.script({ drop: true });
    const error = await rejection(client().hent(request));
    expect(error.code).toBe('network');
    expect(error.retryable).toBe(true);
  });

  it("reports the caller's abort as code aborted", async () => {
    server.script({ delayMs: 2_000 });
    const controller = new AbortController();
    const call = client().hent({ ...request, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect((await rejection(call)).code).toBe('aborted');
  });

  it('reports a 200 whose body is not JSON as code invalid_response', async () => {
    server.script({ status: 200, headers: json, body: '<html>proxy</html>' });
    expect((await rejection(client().hent(request))).code).toBe('invalid_response');
  });
});

describe('retry is opt-in', () => {
  it('answers a 503 as it is when retry is off (the default)', async () => {
    server.script(unavailable, { status: 200, headers: json, body: JSON.stringify(body) });
    const result = await client().hent(request);
    expect(result).toMatchObject({ ok: false, status: 503, feil: { kode: 'DAS-003' } });
    expect(server.received).toHaveLength(1);
  });

  it('retries 5xx answers and network failures with a new token each time', async () => {
    server.script(
      unavailable,
      { drop: true },
      { status: 200, headers: json, body: JSON.stringify(body) },
    );
    const c = client({ retry: { attempts: 3, baseDelayMs: 1 } });
    const result = await c.hent(request);
    expect(result).toMatchObject({ ok: true, status: 200, data: body });
    expect(server.received.map((r) => r.headers.authorization)).toEqual([
      'Bearer token-1',
      'Bearer token-2',
      'Bearer token-3',
    ]);
  });

  it('waits as long as Retry-After says before trying again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.script(
      { ...unavailable, headers: { ...json, 'retry-after': '2' } },
      { status: 200, headers: json, body: JSON.stringify(body) },
    );
    let retried: (event: RetryEvent) => void = () => {};
    const onRetry = new Promise<RetryEvent>((resolve) => {
      retried = resolve;
    });
    const call = client({ retry: { baseDelayMs: 1, onRetry: (e) => retried(e) } }).hent(request);
    expect(await onRetry).toEqual({ attempt: 1, delayMs: 2_000, status: 503 });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(server.received).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await call).ok).toBe(true);
    expect(server.received).toHaveLength(2);
  });

  it('gives up with the last error, counting the attempts', async () => {
    server.script({ drop: true }, { drop: true });
    const error = await rejection(client({ retry: { attempts: 2, baseDelayMs: 1 } }).hent(request));
    expect(error).toMatchObject({ code: 'network', attempts: 2 });
  });
});

describe('error bodies are read by the one reader in @skattedeling/felles', () => {
  it('reads an XML error body with a prefix, CDATA and pretty-printing', async () => {
    server.script({
      status: 404,
      headers: { 'content-type': 'application/xml' },
      body: `<?xml version="1.0"?>\n<s:feil xmlns:s="urn:no:skatteetaten:datasamarbeid:feil:v1">\n  <s:kode>IM-007</s:kode>\n  <s:melding><![CDATA[Fant ingen person med oppgitt personidentifikator.]]></s:melding>\n  <s:korrelasjonsid>4f90b132-5d6e-4f70-8b8c-9d0e1f2a3b4c</s:korrelasjonsid>\n</s:feil>\n`,
    });
    const result = await client().hent({ ...request, format: 'xml' });
    expect(server.received[0]?.headers.accept).toBe('application/xml');
    expect(result).toMatchObject({
      ok: false,
      status: 404,
      feil: {
        kode: 'IM-007',
        melding: 'Fant ingen person med oppgitt personidentifikator.',
        korrelasjonsid: '4f90b132-5d6e-4f70-8b8c-9d0e1f2a3b4c',
      },
    });
  });

  it('gives feil undefined and the text for an XML answer that is not an error body', async () => {
    server.script({
      status: 502,
      headers: { 'content-type': 'text/html' },
      body: '<html>Bad gateway</html>',
    });
    const result = await client().hent({ ...request, format: 'xml' });
    expect(result).toMatchObject({
      ok: false,
      status: 502,
      feil: undefined,
      body: '<html>Bad gateway</html>',
    });
  });
});
