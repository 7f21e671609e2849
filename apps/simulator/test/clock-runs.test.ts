// The data clock per test run (issue 11, item 4): two runs hold different clocks at once on one
// simulator. Run A advances across a person's publication instant and sees the Skatteoppgjør NY
// event, then the newly published oppgjør; run B and the global scope, asked at the same moment,
// see neither (and are never served A's cached answers). DELETE of A's clock puts A back on the
// global clock; a reset of a run drops its clock too. Tokens keep the real time whatever a run's
// clock says. Started on 127.0.0.1 with --today 2026-06-15.
import type { SkatteoppgjoerHendelse } from '@skattedeling/summert-skattegrunnlag/hendelser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessToken, admin, get, startTestSimulator, type TestSimulator } from './helpers.js';

let sim: TestSimulator;
let token: string;
const feed = '/skatteoppgjoerhendelser/v1/hendelser';
const start = '2026-06-15T12:00:00.000Z';
const DAY = 86_400_000;

type Event = SkatteoppgjoerHendelse;
/** A person's NY event for 2025 published after the start day, and the sekvensnummer to list from. */
let e: Event;
let from: number;

const runHeader = (run: string | undefined): Record<string, string> =>
  run === undefined ? {} : { 'x-skattedeling-test-run': run };
const headers = (run: string | undefined) => ({
  authorization: `Bearer ${token}`,
  accept: 'application/json',
  ...runHeader(run),
});
const setClock = async (run: string | undefined, body: unknown) => {
  const r = await admin(sim, 'PUT', '/clock', body, runHeader(run));
  expect(r.status, r.text).toBe(200);
  return r.body as { now: string; scope: string; testRun?: string; moved: boolean };
};
const clockOf = async (run: string | undefined) =>
  (await admin(sim, 'GET', '/clock', undefined, runHeader(run))).body;
/** Whether the run's feed lists the event yet. */
const announced = async (run: string | undefined) => {
  const r = await get(sim, `${feed}?fraSekvensnummer=${from}&antall=1000`, headers(run));
  if (r.status === 404) return false;
  expect(r.status, r.text).toBe(200);
  return (r.json() as { hendelser: Event[] }).hendelser.some(
    (h) => h.sekvensnummer === e.sekvensnummer,
  );
};
/** The oppgjør lookup's status and kode for the run. */
const lookup = async (run: string | undefined) => {
  const r = await get(
    sim,
    `/summertskattegrunnlag/v2/oppgjoer/kommuneforeldrebetaling/${e.gjelderPeriode}/${e.identifikator}`,
    headers(run),
  );
  return [r.status, r.status === 200 ? r.json().inntektsaar : r.json().kode];
};
const siste = async (run: string | undefined) =>
  (await get(sim, `/sistetilgjengeligeskatteoppgjoer/v1/${e.identifikator}`, headers(run))).json()
    .sisteTilgjengeligePeriode;

beforeAll(async () => {
  sim = await startTestSimulator();
  token = await accessToken(sim);
  // A run of its own finds the person, so the global clock never moves in this file.
  await setClock('finder', { now: '2026-12-31T12:00:00Z' });
  const first = await get(sim, `${feed}/start?dato=2026-07-01`, headers('finder'));
  expect(first.status, first.text).toBe(200);
  from = first.json().sekvensnummer as number;
  const page = await get(sim, `${feed}?fraSekvensnummer=${from}&antall=1000`, headers('finder'));
  const found = (page.json() as { hendelser: Event[] }).hendelser.find(
    (h) => h.hendelsetype === 'NY' && h.gjelderPeriode === '2025',
  );
  if (found === undefined) throw new Error('no NY event for 2025 after 2026-07-01');
  e = found;
  expect((await admin(sim, 'DELETE', '/clock', undefined, runHeader('finder'))).status).toBe(200);
});
afterAll(() => sim.close());

describe('a data clock per test run', () => {
  it('lets run A cross a publication while run B and the global scope, at the same moment, do not', async () => {
    const published = Date.parse(e.registreringstidspunkt as string);
    const a = await setClock('run-a', { now: new Date(published - DAY).toISOString() });
    expect(a).toMatchObject({ scope: 'testRun', testRun: 'run-a', moved: true });
    await setClock('run-b', { now: new Date(published - 2 * DAY).toISOString() });

    // Before: nobody sees it; A asks twice, so its "not yet" is cached under A's clock.
    for (const run of ['run-a', 'run-a', 'run-b', undefined]) {
      expect(await announced(run)).toBe(false);
      expect(await lookup(run)).toEqual([404, 'SSG-008']);
    }

    const moved = await setClock('run-a', { advance: 'P2D' });
    expect(Date.parse(moved.now)).toBe(published + DAY);
    expect(await announced('run-a')).toBe(true);
    expect(await lookup('run-a')).toEqual([200, '2025']);
    expect(await siste('run-a')).toBe('2025');

    // The same moment, other scopes: not announced, not published, A's answers not served.
    for (const run of ['run-b', undefined, 'run-without-a-clock']) {
      expect(await announced(run)).toBe(false);
      expect(await lookup(run)).toEqual([404, 'SSG-008']);
      expect(await siste(run)).not.toBe('2025');
    }
    expect(await clockOf(undefined)).toMatchObject({ now: start, moved: false, scope: 'global' });
    expect(await clockOf('run-b')).toMatchObject({
      now: new Date(published - 2 * DAY).toISOString(),
      scope: 'testRun',
    });
  });

  it('never serves a run’s cached answer to the global scope, even within the same hour', async () => {
    const published = Date.parse(e.registreringstidspunkt as string);
    const hourStart = published - (published % 3_600_000);
    if (hourStart === published) throw new Error('the publication falls on a whole hour');
    // The global move first (it empties the cache); then the run's answer is cached, not yet the
    // global scope's "not yet" (its publication falls within the hour).
    await setClock(undefined, { now: new Date(hourStart).toISOString() });
    try {
      await setClock('same-hour', { now: new Date(published + 1).toISOString() });
      expect(await lookup('same-hour')).toEqual([200, '2025']);
      expect(await lookup(undefined)).toEqual([404, 'SSG-008']);
      expect(await lookup('same-hour')).toEqual([200, '2025']);
    } finally {
      await admin(sim, 'DELETE', '/clock');
    }
  });

  it('reads the global clock in a run without a clock of its own, and follows its moves', async () => {
    expect(await clockOf('run-c')).toMatchObject({
      now: start,
      scope: 'global',
      testRun: 'run-c',
      moved: false,
    });
    await setClock(undefined, { now: '2027-01-01T12:00:00Z' });
    expect(await clockOf('run-c')).toMatchObject({ now: '2027-01-01T12:00:00.000Z' });
    // A run with its own clock stays where it was.
    expect(Date.parse((await clockOf('run-b'))?.now as string)).toBeLessThan(
      Date.parse(e.registreringstidspunkt as string),
    );
    expect((await admin(sim, 'DELETE', '/clock')).body).toMatchObject({ now: start });
  });

  it('puts run A back on the global clock with DELETE', async () => {
    const back = await admin(sim, 'DELETE', '/clock', undefined, runHeader('run-a'));
    expect(back.status, back.text).toBe(200);
    expect(back.body).toMatchObject({ now: start, scope: 'global', testRun: 'run-a' });
    expect(await announced('run-a')).toBe(false);
    expect(await lookup('run-a')).toEqual([404, 'SSG-008']);
    // Dropping it again changes nothing.
    const again = await admin(sim, 'DELETE', '/clock', undefined, runHeader('run-a'));
    expect(again.body).toMatchObject({ now: start, scope: 'global' });
  });

  it('drops a run’s clock with a reset of the run, and every run’s with a full reset', async () => {
    const reset = await admin(sim, 'POST', '/reset', undefined, runHeader('run-b'));
    expect(reset.status).toBe(204);
    expect(await clockOf('run-b')).toMatchObject({ now: start, scope: 'global' });
    await setClock('run-d', { advance: 'P1Y' });
    expect(sim.ctx.clocks.owns('run-d')).toBe(true);
    expect((await admin(sim, 'POST', '/reset')).status).toBe(204);
    token = await accessToken(sim);
    expect(await clockOf('run-d')).toMatchObject({ now: start, scope: 'global' });
  });

  it('finds persons by the run’s clock in the admin search', async () => {
    // Income year 2026 has no oppgjør yet on 2026-06-15; on the run's 2028-01-01 it has.
    await setClock('run-search', { now: '2028-01-01T12:00:00Z' });
    const found = async (run: string | undefined) => {
      const r = await admin(sim, 'GET', '/persons?year=2026&limit=3', undefined, runHeader(run));
      expect(r.status, r.text).toBe(200);
      return (r.body as { persons: unknown[] }).persons.length;
    };
    expect(await found('run-search')).toBe(3);
    expect(await found(undefined)).toBe(0);
  });

  it('keeps tokens on the real time in a run whose clock is years ahead', async () => {
    await setClock('run-e', { now: '2031-01-01T00:00:00Z' });
    const own = await accessToken(sim, {}, runHeader('run-e'));
    const claims = JSON.parse(Buffer.from(own.split('.')[1] as string, 'base64url').toString());
    expect(Math.abs(claims.iat * 1000 - Date.now())).toBeLessThan(60_000);
    expect(Math.abs(claims.exp * 1000 - Date.now())).toBeLessThan(2 * 3_600_000);
    const r = await get(sim, `${feed}?fraSekvensnummer=0&antall=1`, {
      ...headers('run-e'),
      authorization: `Bearer ${own}`,
    });
    expect(r.status, r.text).toBe(200);
  });

  it('refuses a bad run id with a 400 and one run clock too many with a 409', async () => {
    const bad = await admin(sim, 'PUT', '/clock', { advance: 'P1D' }, runHeader('no spaces'));
    expect(bad.status, bad.text).toBe(400);
    expect(bad.body?.detail).toMatch(/x-skattedeling-test-run must be/);
    const { clocks } = sim.ctx;
    for (let i = clocks.size; i < clocks.limit; i++) clocks.move(`filler-${i}`, () => {});
    const full = await admin(sim, 'PUT', '/clock', { advance: 'P1D' }, runHeader('one-more'));
    expect(full.status, full.text).toBe(409);
    expect(full.headers.get('content-type')).toContain('application/problem+json');
    expect(full.body?.detail).toMatch(/1000 test runs already hold a data clock/);
    // A run that holds one may still move it, and a dropped one makes room.
    expect((await admin(sim, 'PUT', '/clock', { advance: 'P1D' }, runHeader('run-e'))).status).toBe(
      200,
    );
    await admin(sim, 'DELETE', '/clock', undefined, runHeader('run-e'));
    expect((await setClock('one-more', { advance: 'P1D' })).scope).toBe('testRun');
  });
});
