import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  type ScriptedServer,
  startScriptedServer,
} from '@skattedeling/test-support/scripted-server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApiFetch } from './api-fetch.js';
import { RequestError } from './request-error.js';
import type { RetryEvent } from './retry.js';

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());
afterEach(() => {
  vi.useRealTimers();
});

const url = () => `${server.origin}/v2/oppgjoer/nav/2023/01818710190`;
const token = () => 'token';

async function failure(promise: Promise<unknown>): Promise<RequestError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RequestError);
  return error as RequestError;
}

describe('createApiFetch: one attempt', () => {
  it('sends the bearer token from getAccessToken and returns the answer with its body readable', async () => {
    server.script({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    const response = await createApiFetch({ getAccessToken: token })(new Request(url()));
    expect(server.received[0]?.headers.authorization).toBe('Bearer token');
    expect(response.url).toBe(url());
    expect(await response.json()).toEqual({ a: 1 });
  });

  it('throws a timeout RequestError when the headers do not come within timeoutMs', async () => {
    server.script({ delayMs: 2_000, body: 'late' });
    const error = await failure(
      createApiFetch({ getAccessToken: token, timeoutMs: 50 })(new Request(url())),
    );
    expect(error.code).toBe('timeout');
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('no complete answer within 50 ms');
  });

  it('times out even when the garbage collector runs during the call', async () => {
    // A timeout composed with AbortSignal.any can be collected mid-call and never fire.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const collecting = setInterval(gc, 5);
    try {
      server.script({ delayMs: 2_000, body: 'late' });
      const error = await failure(
        createApiFetch({ getAccessToken: token, timeoutMs: 100 })(new Request(url())),
      );
      expect(error.code).toBe('timeout');
    } finally {
      clearInterval(collecting);
    }
  });

  it('counts reading the body in the timeout', async () => {
    server.script({ status: 200, body: '{"stalled":true}', stallBody: true });
    const error = await failure(
      createApiFetch({ getAccessToken: token, timeoutMs: 100 })(new Request(url())),
    );
    expect(error.code).toBe('timeout');
  });

  it('throws a network RequestError, not a bare TypeError, when the connection drops', async () => {
    server.script({ drop: true });
    const error = await failure(createApiFetch({ getAccessToken: token })(new Request(url())));
    expect(error.code).toBe('network');
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/v2\/oppgjoer\/nav\/2023\/\*{11}: /,
    );
  });

  it('throws aborted when the caller aborts, and sends nothing for an already aborted signal', async () => {
    const controller = new AbortController();
    controller.abort(new Error('user left'));
    const error = await failure(
      createApiFetch({ getAccessToken: token })(new Request(url(), { signal: controller.signal })),
    );
    expect(error.code).toBe('aborted');
    expect(error.retryable).toBe(false);
    expect(server.received).toHaveLength(0);
  });

  it('passes a failing token provider through as it is, without sending', async () => {
    const tokenError = new Error('maskinporten unavailable');
    const apiFetch = createApiFetch({
      getAccessToken: () => Promise.reject(tokenError),
      retry: true,
    });
    await expect(apiFetch(new Request(url()))).rejects.toBe(tokenError);
    expect(server.received).toHaveLength(0);
  });

  it('refuses a timeoutMs that is not a positive number', () => {
    expect(() => createApiFetch({ getAccessToken: token, timeoutMs: 0 })).toThrow(
      'timeoutMs must be a number > 0, got 0',
    );
  });
});

describe('createApiFetch: retry (opt-in)', () => {
  const fast = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5_000 };

  it('does not retry unless asked: a 503 is returned as the answer', async () => {
    server.script({ status: 503 }, { status: 200 });
    const response = await createApiFetch({ getAccessToken: token })(new Request(url()));
    expect(response.status).toBe(503);
    expect(server.received).toHaveLength(1);
  });

  it('retries a 5xx and a network failure with a fresh token for every attempt', async () => {
    server.script({ status: 502 }, { drop: true }, { status: 200, body: 'ok' });
    let n = 0;
    const events: RetryEvent[] = [];
    const apiFetch = createApiFetch({
      getAccessToken: () => `token-${++n}`,
      retry: { ...fast, onRetry: (event) => events.push(event) },
    });
    const response = await apiFetch(new Request(url()));
    expect(await response.text()).toBe('ok');
    expect(server.received.map((r) => r.headers.authorization)).toEqual([
      'Bearer token-1',
      'Bearer token-2',
      'Bearer token-3',
    ]);
    expect(events.map((e) => [e.attempt, e.status, e.error?.code])).toEqual([
      [1, 502, undefined],
      [2, undefined, 'network'],
    ]);
    expect(events.every((e) => e.delayMs >= 0 && e.delayMs <= 2)).toBe(true);
  });

  it('never retries a 4xx answer', async () => {
    server.script({ status: 404 }, { status: 200 });
    const response = await createApiFetch({ getAccessToken: token, retry: fast })(
      new Request(url()),
    );
    expect(response.status).toBe(404);
    expect(server.received).toHaveLength(1);
  });

  it('returns the last answer when every attempt gets a 5xx', async () => {
    server.script({ status: 500 }, { status: 500 }, { status: 503, body: 'still down' });
    const response = await createApiFetch({ getAccessToken: token, retry: fast })(
      new Request(url()),
    );
    expect(response.status).toBe(503);
    expect(await response.text()).toBe('still down');
    expect(server.received).toHaveLength(3);
  });

  it('throws the last failure with the number of attempts when every attempt times out', async () => {
    server.script({ delayMs: 2_000 }, { delayMs: 2_000 });
    const error = await failure(
      createApiFetch({ getAccessToken: token, timeoutMs: 50, retry: { ...fast, attempts: 2 } })(
        new Request(url()),
      ),
    );
    expect(error.code).toBe('timeout');
    expect(error.attempts).toBe(2);
    expect(error.message).toContain('(attempt 2)');
  });

  it('waits as Retry-After (seconds) asks before the next attempt', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.script({ status: 503, headers: { 'retry-after': '3' } }, { status: 200 });
    let waiting: (event: RetryEvent) => void = () => {};
    const retried = new Promise<RetryEvent>((resolve) => {
      waiting = resolve;
    });
    const call = createApiFetch({
      getAccessToken: token,
      retry: { ...fast, onRetry: (event) => waiting(event) },
    })(new Request(url()));
    expect((await retried).delayMs).toBe(3_000);
    await vi.advanceTimersByTimeAsync(2_999);
    expect(server.received).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await call).status).toBe(200);
    expect(server.received).toHaveLength(2);
  });

  it('reads Retry-After as an HTTP-date', async () => {
    const events: RetryEvent[] = [];
    // A date in the past means "now"; a future one is covered by retryAfterMs's own tests.
    server.script(
      { status: 429, headers: { 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' } },
      { status: 200 },
    );
    const response = await createApiFetch({
      getAccessToken: token,
      retry: { ...fast, baseDelayMs: 60_000, onRetry: (e) => events.push(e) },
    })(new Request(url()));
    expect(response.status).toBe(200);
    expect(events).toEqual([{ attempt: 1, delayMs: 0, status: 429 }]);
  });

  it('returns the answer without retrying when Retry-After asks for more than maxDelayMs', async () => {
    server.script({ status: 503, headers: { 'retry-after': '120' } }, { status: 200 });
    const response = await createApiFetch({ getAccessToken: token, retry: fast })(
      new Request(url()),
    );
    expect(response.status).toBe(503);
    expect(server.received).toHaveLength(1);
  });

  it('stops waiting and throws aborted when the caller aborts between attempts', async () => {
    server.script({ status: 503, headers: { 'retry-after': '30' } });
    const controller = new AbortController();
    const call = createApiFetch({
      getAccessToken: token,
      retry: { ...fast, maxDelayMs: 60_000, onRetry: () => controller.abort() },
    })(new Request(url(), { signal: controller.signal }));
    const error = await failure(call);
    expect(error.code).toBe('aborted');
    expect(server.received).toHaveLength(1);
  });
});
