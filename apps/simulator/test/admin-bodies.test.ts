// Hostile admin bodies: nested 20,000 deep, or quoting a huge or multi-line value. Every admin
// write answers a 400 problem, never a 500, and quotes a client's value safely (type, length, a
// cut and escaped preview).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../src/admin/json-body.js';
import { admin, startTestSimulator, type TestSimulator } from './helpers.js';

let sim: TestSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

// Each admin write, with a field of its body where a deep value lands.
const writes: readonly [method: string, path: string, field: string][] = [
  ['POST', '/clients', 'orgnr'],
  ['POST', '/clients/5f3c2a10-7b4e-4c8e-9d21-3a6f0e1b2c01/keys', 'keys'],
  ['POST', '/certificates', 'orgnr'],
  ['PUT', '/organisations/319000003', 'navn'],
  ['PUT', '/onboarding/319000003', 'navn'],
  ['PUT', '/onboarding/319000003/tilslutningserklaering', 'signert'],
  ['PUT', '/onboarding/319000003/paakoblinger/inntekt', 'rettighetspakker'],
  ['PUT', '/fixtures/30877343681', 'description'],
  ['POST', '/faults', 'api'],
  ['POST', '/altinn/delegations', 'offeredBy'],
];

async function send(method: string, path: string, body: string) {
  const response = await fetch(`${sim.url}/_simulator${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-skattedeling-test-run': 'hostile' },
    body,
  });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    problem: (await response.json()) as { status: number; detail: string },
  };
}

describe('a body nested 20,000 deep', () => {
  it.each(writes)('gets a 400 problem on %s %s', async (method, path, field) => {
    for (const body of [`{"${field}":${deep(20_000)}}`, deep(20_000)]) {
      const r = await send(method, path, body);
      expect(r.status, r.problem.detail).toBe(400);
      expect(r.type).toMatch(/^application\/problem\+json/);
      expect(r.problem.detail).toBe(
        `the body is nested more than ${MAX_JSON_DEPTH} levels deep; no admin body needs that`,
      );
    }
  });

  it('counts brackets inside strings as text, not nesting', async () => {
    const r = await send(
      'PUT',
      '/organisations/399000001',
      JSON.stringify({ navn: '['.repeat(150) }),
    );
    expect(r.status).toBe(200);
  });
});

describe('a refusal quotes a client value safely', () => {
  it('cuts a long value, names its length and escapes its control characters', async () => {
    const value = `${'9'.repeat(5000)}\n\x1b[2J`;
    const r = await fetch(
      `${sim.url}/_simulator/fixtures/30877343681?consumerOrg=${encodeURIComponent(value)}`,
    );
    const { detail } = (await r.json()) as { detail: string };
    expect(r.status).toBe(400);
    expect(detail).toBe(
      `query consumerOrg must be a 9-digit organisation number, got "${'9'.repeat(40)}"… (a string of 5005 characters)`,
    );
    const short = await fetch(`${sim.url}/_simulator/fixtures/30877343681?consumerOrg=12%0A%1B[2J`);
    expect(((await short.json()) as { detail: string }).detail).toMatch(/, got "12\\n\\x1b\[2J"$/);
    const header = await admin(sim, 'GET', '/faults', undefined, {
      'x-skattedeling-test-run': 'run one',
    });
    expect(header.status).toBe(400);
    expect(header.body?.detail).toMatch(/, got "run one"$/);
  });

  it('validates admin bodies against contracts/simulator, naming each problem', async () => {
    const r = await admin(sim, 'POST', '/faults', { api: 'nav', count: 0, extra: 1 });
    expect(r.status).toBe(400);
    const detail = String(r.body?.detail);
    expect(detail).toContain('body.extra: is not allowed here');
    expect(detail).toContain('body.count: must be >= 1');
    expect(detail).toMatch(
      /body\.api: must be one of "maskinporten", "summertskattegrunnlag", "inntekt" \(got "nav"\)/,
    );
  });
});
