import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { type ScriptedServer, startScriptedServer } from './scripted-server.js';

let server: ScriptedServer;
beforeEach(async () => {
  server ??= await startScriptedServer();
  await server.reset();
});
afterAll(() => server.close());

describe('startScriptedServer', () => {
  it('answers with the scripted replies in order, then with the fallback', async () => {
    server.script({ status: 201, headers: { 'x-a': '1' }, body: 'first' }, { body: 'second' });
    const first = await fetch(`${server.origin}/a?b=1`, { headers: { 'x-test': 'yes' } });
    expect([first.status, first.headers.get('x-a'), await first.text()]).toEqual([
      201,
      '1',
      'first',
    ]);
    expect(await (await fetch(`${server.origin}/b`)).text()).toBe('second');
    const third = await fetch(`${server.origin}/c`);
    expect([third.status, await third.text()]).toEqual([500, 'no reply scripted']);
    expect(server.received.map((r) => r.url)).toEqual(['/a?b=1', '/b', '/c']);
    expect(server.received[0]?.headers['x-test']).toBe('yes');
  });

  it('drops the connection when the reply says so', async () => {
    server.script({ drop: true });
    await expect(fetch(`${server.origin}/`)).rejects.toThrow(TypeError);
  });

  it('sends the headers and stalls the body when the reply says so', async () => {
    server.script({ headers: { 'content-type': 'text/plain' }, body: 'abc', stallBody: true });
    const signal = AbortSignal.timeout(200);
    const response = await fetch(`${server.origin}/`, { signal });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });
});
