// The HTTP front on 127.0.0.1 with a random port: a case system's view of results and errors.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MissingAccessError, ServiceUnavailableError } from '../src/errors.js';
import { createVendorServer } from '../src/server.js';
import type { VendorService } from '../src/service.js';

const kommune = '240655551';
let behaviour: 'ok' | 'missing' | 'down' | 'crash' = 'ok';
const service: VendorService = {
  async redusertForeldrebetaling(request) {
    if (behaviour === 'missing')
      throw new MissingAccessError(
        'delegering',
        request.kommune,
        'summertskattegrunnlag',
        'MP-251',
      );
    if (behaviour === 'down')
      throw new ServiceUnavailableError('summertskattegrunnlag', 3, 500, 'DAS-003');
    if (behaviour === 'crash') throw new Error('secret internal detail');
    return {
      kommune: request.kommune,
      status: 'beregnet',
      personer: [],
      samletInntekt: 1,
      melding: 'ok',
    };
  },
  async boligsosialStoette() {
    throw new RangeError('husholdning must list 1–4 personidentifikatorer');
  },
};

const server = createVendorServer(service);
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (path: string, body: unknown) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('vendor-example HTTP front', () => {
  it('answers a computed household with 200', async () => {
    behaviour = 'ok';
    const response = await post('/redusert-foreldrebetaling', {
      kommune,
      husholdning: ['10898322748'],
      dato: '2025-06-15',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'beregnet', samletInntekt: 1 });
  });

  it('answers a missing onboarding step with 403 and its stable code', async () => {
    behaviour = 'missing';
    const response = await post('/redusert-foreldrebetaling', {
      kommune,
      husholdning: ['10898322748'],
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      code: 'MANGLER_DELEGERING',
      step: 'delegering',
      kilde: 'MP-251',
    });
  });

  it('answers an unavailable service with 503', async () => {
    behaviour = 'down';
    const response = await post('/redusert-foreldrebetaling', {
      kommune,
      husholdning: ['10898322748'],
    });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      code: 'TJENESTE_UTILGJENGELIG',
      system: 'summertskattegrunnlag',
    });
  });

  it('answers bad input with 400 and never leaks internals on a crash', async () => {
    expect((await post('/boligsosial-stoette', { kommune, husholdning: [] })).status).toBe(400);
    expect((await post('/redusert-foreldrebetaling', { kommune, husholdning: 'x' })).status).toBe(
      400,
    );
    behaviour = 'crash';
    const response = await post('/redusert-foreldrebetaling', {
      kommune,
      husholdning: ['10898322748'],
    });
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('secret');
  });
});
