import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/types.js';
import { answerWhenDurable } from './durable.js';

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

/** An app whose writes answer 201 and reads 200, over a store whose flush the test controls. */
async function serve(flush: () => Promise<void>): Promise<string> {
  const app = express();
  app.use(answerWhenDurable({ flush } as Store));
  app.post('/thing', (_req, res) => {
    res.status(201).location('/thing/1').json({ id: 1 });
  });
  app.delete('/thing', (_req, res) => {
    res.status(404).json({ title: 'Not found' });
  });
  app.get('/thing', (_req, res) => {
    res.json({ id: 1 });
  });
  server = createServer(app);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('answerWhenDurable', () => {
  it('holds a write’s answer until the store has flushed; reads do not wait', async () => {
    let persisted!: () => void;
    let flushes = 0;
    const url = await serve(() => {
      flushes++;
      return new Promise((resolve) => {
        persisted = resolve;
      });
    });
    expect((await fetch(`${url}/thing`)).status).toBe(200);
    expect(flushes).toBe(0);
    let answered = false;
    const write = fetch(`${url}/thing`, { method: 'POST' }).then((r) => {
      answered = true;
      return r;
    });
    while (flushes === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toBe(false);
    persisted();
    const response = await write;
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toBe('/thing/1');
    expect(await response.json()).toEqual({ id: 1 });
  });

  it('a write that could not be saved is a 503 problem; a refusal goes out as it was', async () => {
    const url = await serve(() =>
      Promise.reject(new Error('Cannot write state file /x/state.json: ENOSPC')),
    );
    const response = await fetch(`${url}/thing`, { method: 'POST' });
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.json()).toEqual({
      title: 'State not saved',
      status: 503,
      detail:
        'the change is made in memory but is not in the state file: Cannot write state file /x/state.json: ENOSPC',
    });
    const refused = await fetch(`${url}/thing`, { method: 'DELETE' });
    expect(refused.status).toBe(404);
    expect(await refused.json()).toEqual({ title: 'Not found' });
  });
});
