// The journal and the log hold what a client sent only in a safe form: no forged log lines, no
// raw terminal escapes, no flood from a huge value, and no real person's fødselsnummer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/app.js';
import {
  accessToken,
  admin,
  demoPerson,
  get,
  grant,
  postToken,
  startTestSimulator,
  type TestSimulator,
} from './helpers.js';

const JOURNAL_MAX_BYTES = 64 * 1024;
const lines: string[] = [];
let sim: TestSimulator;
beforeAll(async () => {
  sim = await startTestSimulator(
    { logLevel: 'debug', journalMaxBytes: JOURNAL_MAX_BYTES },
    { logger: createLogger('debug', (line) => lines.push(line)) },
  );
});
afterAll(() => sim.close());

const journal = async (query = '') =>
  (await admin(sim, 'GET', `/journal?limit=10000${query}`)).body as {
    entries: { reason?: string; path: string; personidentifikator?: string; clientId?: string }[];
  };

describe('the log cannot be forged', () => {
  it('a kid with a newline and an ESC sequence gives one escaped log line', async () => {
    lines.length = 0;
    const kid = 'x\nskattedeling-simulator: refused 200 POST /maskinporten/token forged\x1b[2J';
    const r = await postToken(sim, grant(sim, { header: { kid } }));
    expect(r.status).toBe(400);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      for (const c of ['\n', '\r', '\x1b']) expect(line).not.toContain(c);
      expect(line.startsWith('skattedeling-simulator: refused 400 ')).toBe(true);
    }
    const { entries } = await journal();
    expect(entries[0]?.reason).toMatch(
      /^kid x\\nskattedeling-simulator: refused .* forged\\x1b\[2J is not/,
    );
  });
});

describe('a huge value cannot flood the journal or the log', () => {
  it('44 KB iss values are cut, and the journal stays under its byte bound', async () => {
    lines.length = 0;
    const iss = 'I'.repeat(44_000);
    for (let i = 0; i < 40; i++) {
      const r = await postToken(sim, grant(sim, { claims: { iss: `${iss}${i}` } }));
      expect(r.status).toBe(400);
    }
    for (const line of lines) expect(line.length).toBeLessThan(4100);
    const { entries } = await journal();
    expect(Buffer.byteLength(JSON.stringify(entries))).toBeLessThanOrEqual(JOURNAL_MAX_BYTES);
    expect(sim.ctx.journal.bytes).toBeLessThanOrEqual(JOURNAL_MAX_BYTES);
    expect(entries.length).toBeGreaterThan(10);
    for (const e of entries) expect(JSON.stringify(e).length).toBeLessThan(6000);
  });
});

describe('personal data', () => {
  it('masks a real-format fødselsnummer in the journal and the log to its first six digits', async () => {
    const real = demoPerson(sim, /real-format/);
    expect(real).toMatch(/^\d{6}\d{5}$/);
    lines.length = 0;
    const token = await accessToken(sim);
    const r = await get(
      sim,
      `/summertskattegrunnlag/v2/oppgjoer/kommuneforeldrebetaling/2024/${real}`,
      { authorization: `Bearer ${token}` },
    );
    expect(r.status).toBe(404);
    const { entries } = await journal(`&personidentifikator=${real}`);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.personidentifikator).toBe(`${real.slice(0, 6)}*****`);
    expect(entries[0]?.path).toMatch(/\/2024\/\d{6}\*{5}$/);
    expect(JSON.stringify(await journal())).not.toContain(real);
    expect(lines.join('\n')).not.toContain(real);
    expect(lines.join('\n')).toContain(`${real.slice(0, 6)}*****`);
  });

  it('keeps a synthetic test person (month + 80) in full', async () => {
    const synthetic = demoPerson(sim, /employee with salary/);
    const token = await accessToken(sim);
    await get(sim, `/summertskattegrunnlag/v2/oppgjoer/kommuneforeldrebetaling/2024/${synthetic}`, {
      authorization: `Bearer ${token}`,
    });
    const { entries } = await journal(`&personidentifikator=${synthetic}`);
    expect(entries[0]?.personidentifikator).toBe(synthetic);
  });
});
