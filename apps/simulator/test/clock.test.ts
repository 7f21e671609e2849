// Must hold 2: the data clock moved through the admin API, without a restart. Before a person's
// publication instant there is no event and the lookup answers 404 SSG-008; advanced across it,
// Skatteoppgjør hendelser has the NY event and the lookup returns the data, never an answer
// cached before the move. Tokens keep the real time. Started on 127.0.0.1 with --today 2026-06-15.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessToken, admin, get, startTestSimulator, type TestSimulator } from './helpers.js';

let sim: TestSimulator;
let token: string;
const feed = '/skatteoppgjoerhendelser/v1/hendelser';
const start = '2026-06-15T12:00:00.000Z';

beforeAll(async () => {
  sim = await startTestSimulator();
  token = await accessToken(sim);
});
afterAll(() => sim.close());

const headers = () => ({ authorization: `Bearer ${token}`, accept: 'application/json' });
type Event = {
  sekvensnummer: number;
  identifikator: string;
  gjelderPeriode: string;
  registreringstidspunkt: string;
  hendelsetype: string;
};
const setClock = async (body: unknown) => {
  const r = await admin(sim, 'PUT', '/clock', body);
  expect(r.status, r.text).toBe(200);
  return r.body as { now: string; moved: boolean; frozen: boolean };
};
const lookup = (e: Pick<Event, 'gjelderPeriode' | 'identifikator'>) =>
  get(
    sim,
    `/summertskattegrunnlag/v2/oppgjoer/kommuneforeldrebetaling/${e.gjelderPeriode}/${e.identifikator}`,
    headers(),
  );

describe('the data clock', () => {
  it('starts at --today, standing still, beside the real time', async () => {
    const r = await admin(sim, 'GET', '/clock');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ now: start, moved: false, frozen: true, startsAt: start });
    expect(Math.abs(Date.parse(r.body?.realNow as string) - Date.now())).toBeLessThan(60_000);
  });

  it('announces an oppgjoer and serves it only once the clock is moved across its publication', async () => {
    // Find a person whose oppgjoer for 2025 is published after the start day.
    await setClock({ now: '2026-12-31T12:00:00Z' });
    const from = await get(sim, `${feed}/start?dato=2026-07-01`, headers());
    expect(from.status, from.text).toBe(200);
    const n = from.json().sekvensnummer as number;
    const page = await get(sim, `${feed}?fraSekvensnummer=${n}&antall=1000`, headers());
    const events = (page.json() as { hendelser: Event[] }).hendelser;
    const e = events.find((h) => h.hendelsetype === 'NY' && h.gjelderPeriode === '2025');
    if (e === undefined) throw new Error('no NY event for 2025 after 2026-07-01');
    const published = Date.parse(e.registreringstidspunkt);

    // The day before: no event yet, and the lookup (asked twice, so it is cached) says 404.
    const before = await setClock({ now: new Date(published - 86_400_000).toISOString() });
    expect(before).toMatchObject({ moved: true, frozen: true });
    const early = await get(sim, `${feed}?fraSekvensnummer=${n}&antall=1000`, headers());
    const seen =
      early.status === 200
        ? (early.json() as { hendelser: Event[] }).hendelser.some(
            (h) => h.sekvensnummer === e.sekvensnummer,
          )
        : false;
    expect(seen).toBe(false);
    for (let i = 0; i < 2; i++) {
      const r = await lookup(e);
      expect([r.status, r.json().kode]).toEqual([404, 'SSG-008']);
    }
    const siste = await get(
      sim,
      `/sistetilgjengeligeskatteoppgjoer/v1/${e.identifikator}`,
      headers(),
    );
    if (siste.status === 200) expect(siste.json().sisteTilgjengeligePeriode).not.toBe('2025');

    // Two days on: the NY event is in the list, and the lookup returns the data it announces.
    const after = await setClock({ advance: 'P2D' });
    expect(Date.parse(after.now)).toBe(published + 86_400_000);
    const late = await get(sim, `${feed}?fraSekvensnummer=${n}&antall=1000`, headers());
    expect(late.status).toBe(200);
    const announced = (late.json() as { hendelser: Event[] }).hendelser.find(
      (h) => h.sekvensnummer === e.sekvensnummer,
    );
    expect(announced).toEqual(e);
    const r = await lookup(e);
    expect(r.status, r.text).toBe(200);
    expect(r.json()).toMatchObject({
      personidentifikator: e.identifikator,
      inntektsaar: '2025',
      stadie: 'oppgjoer',
    });
    const newest = await get(
      sim,
      `/sistetilgjengeligeskatteoppgjoer/v1/${e.identifikator}`,
      headers(),
    );
    expect(newest.json().sisteTilgjengeligePeriode).toBe('2025');
  });

  it('keeps tokens on the real time: a token from before a move of years still works, and new ones are issued', async () => {
    await setClock({ now: '2031-01-01T00:00:00Z' });
    const r = await get(sim, `${feed}?fraSekvensnummer=0&antall=1`, headers());
    expect(r.status, r.text).toBe(200);
    await expect(accessToken(sim)).resolves.toMatch(/\./);
  });

  it('runs from the new instant when frozen is false', async () => {
    const r = await setClock({ now: '2026-06-30T08:00:00Z', frozen: false });
    expect(r.frozen).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const now = Date.parse((await admin(sim, 'GET', '/clock')).body?.now as string);
    expect(now).toBeGreaterThan(Date.parse('2026-06-30T08:00:00Z'));
    expect(now).toBeLessThan(Date.parse('2026-06-30T08:01:00Z'));
  });

  it.each([
    [{}, /exactly one of now/],
    [{ now: '2026-06-30T08:00:00Z', advance: 'P1D' }, /exactly one of now/],
    [{ now: '30 June 2026' }, /now must be an instant with a zone/],
    [{ now: '2026-06-30T08:00:00' }, /now must be an instant with a zone/],
    [{ advance: '30 days' }, /advance must be an ISO-8601 duration/],
    [{ advance: 'PT' }, /advance must be an ISO-8601 duration/],
    [{ advance: 30 }, /advance/],
    [{ now: '1999-12-31T23:00:00Z' }, /within 2000-01-01/],
    [{ advance: 'P200Y' }, /within 2000-01-01/],
    [{ advance: 'P1D', by: 'me' }, /by/],
    [[], /JSON object/],
  ])('refuses %j with a one-line 400 problem', async (body, detail) => {
    const r = await admin(sim, 'PUT', '/clock', body);
    expect(r.status, r.text).toBe(400);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(r.body?.detail).toMatch(detail);
    expect(String(r.body?.detail)).not.toContain('\n');
  });

  it('moves by calendar months and back with a negative duration', async () => {
    await setClock({ now: '2026-01-31T12:00:00Z', frozen: true });
    expect((await setClock({ advance: 'P1M' })).now).toBe('2026-02-28T12:00:00.000Z');
    expect((await setClock({ advance: '-P1DT12H' })).now).toBe('2026-02-27T00:00:00.000Z');
  });

  it('goes back to the start clock with DELETE and with a full reset, and health shows it', async () => {
    await setClock({ now: '2027-03-01T00:00:00Z' });
    expect((await admin(sim, 'GET', '/health')).body?.clock).toMatchObject({
      today: '2027-03-01',
      moved: true,
    });
    const back = await admin(sim, 'DELETE', '/clock');
    expect(back.body).toMatchObject({ now: start, moved: false, frozen: true });
    await setClock({ advance: 'P1Y' });
    expect((await admin(sim, 'POST', '/reset')).status).toBe(204);
    expect((await admin(sim, 'GET', '/clock')).body).toMatchObject({ now: start, moved: false });
  });
});
