// Must hold 1 for the event lists: Skatteoppgjør hendelser and Inntekt hendelser answer as their
// contracts say (JSON and XML, the FA codes), accept the related lookups' scopes, and announce
// exactly what the lookups then return. Started on 127.0.0.1 with --today 2026-06-15.
import { validateInntektHendelser } from '@skattedeling/inntekt/hendelser';
import {
  validateFaFeil,
  validateHendelseStart,
  validateSkatteoppgjoerHendelser,
} from '@skattedeling/summert-skattegrunnlag/hendelser';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessToken, get, startTestSimulator, type TestSimulator } from './helpers.js';

let sim: TestSimulator;
let ssgToken: string;
let imToken: string;
const ssg = '/skatteoppgjoerhendelser/v1/hendelser';
const im = '/inntekthendelser/v1/hendelser';
const slettet = '03908091662';

beforeAll(async () => {
  sim = await startTestSimulator();
  ssgToken = await accessToken(sim);
  imToken = await accessToken(sim, { claims: { scope: 'skatteetaten:inntekt' } });
});
afterAll(() => sim.close());

const auth = (token: string, accept = 'application/json') => ({
  authorization: `Bearer ${token}`,
  accept,
});
const ok = (r: { ok: boolean; message?: string }) => expect(r.ok, r.message).toBe(true);
type Event = {
  sekvensnummer: number;
  identifikator: string;
  gjelderPeriode: string;
  registreringstidspunkt?: string;
  hendelsetype?: string;
};
const page = async (path: string, token: string, fra: number, antall: number) => {
  const r = await get(sim, `${path}?fraSekvensnummer=${fra}&antall=${antall}`, auth(token));
  expect(r.status, r.text).toBe(200);
  return (r.json() as { hendelser: Event[] }).hendelser;
};

describe('Skatteoppgjør hendelser', () => {
  it('answers a page in JSON that conforms to the contract, in increasing sekvensnummer, none after now', async () => {
    const events = await page(ssg, ssgToken, 0, 1000);
    ok(validateSkatteoppgjoerHendelser({ hendelser: events }));
    expect(events.length).toBe(1000);
    for (let i = 1; i < events.length; i++)
      expect(events[i]?.sekvensnummer).toBeGreaterThan(events[i - 1]?.sekvensnummer as number);
    for (const e of events)
      expect(String(e.registreringstidspunkt) < '2026-06-15T12:00:00').toBe(true);
  });

  it('answers XML with the contract root and namespace when asked for', async () => {
    const r = await get(
      sim,
      `${ssg}?fraSekvensnummer=0&antall=2`,
      auth(ssgToken, 'application/xml'),
    );
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('application/xml');
    const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(r.text);
    expect(xml.hendelser['@_xmlns']).toBe('urn:no:skatteetaten:datasamarbeid:hendelser:v1');
    expect(xml.hendelser.hendelse).toHaveLength(2);
  });

  it('pages without gaps or overlap, and numbers do not change with what was looked up', async () => {
    const all = await page(ssg, ssgToken, 0, 300);
    const first = await page(ssg, ssgToken, 0, 150);
    const p = all[0] as Event;
    await get(
      sim,
      `/summertskattegrunnlag/v2/oppgjoer/kommuneforeldrebetaling/${p.gjelderPeriode}/${p.identifikator}`,
      auth(ssgToken),
    );
    const next = await page(ssg, ssgToken, (first.at(-1)?.sekvensnummer as number) + 1, 150);
    expect([...first, ...next]).toEqual(all);
  });

  it('finds the first sequence number on a date with …/start?dato, in JSON and XML', async () => {
    const r = await get(sim, `${ssg}/start?dato=2026-04-01`, auth(ssgToken));
    expect(r.status).toBe(200);
    ok(validateHendelseStart(r.json()));
    const n = r.json().sekvensnummer as number;
    const [e] = await page(ssg, ssgToken, n, 1);
    expect(String(e?.registreringstidspunkt) >= '2026-03-31T22:00:00').toBe(true);
    const before = await page(ssg, ssgToken, n - 1_000_000_000, 1000);
    expect(
      before
        .filter((b) => b.sekvensnummer < n)
        .every((b) => String(b.registreringstidspunkt) < '2026-03-31T22:00:00'),
    ).toBe(true);
    const xml = await get(sim, `${ssg}/start?dato=2026-04-01`, auth(ssgToken, 'application/xml'));
    expect(xml.text).toContain(`<sekvensnummer>${n}</sekvensnummer>`);
  });

  it('announces a published oppgjoer that the lookup then returns for that person and year', async () => {
    const [e] = (await page(ssg, ssgToken, 0, 1000))
      .filter((h) => h.hendelsetype === 'NY')
      .slice(-1);
    const r = await get(
      sim,
      `/summertskattegrunnlag/v2/oppgjoer/kommuneforeldrebetaling/${e?.gjelderPeriode}/${e?.identifikator}`,
      auth(ssgToken),
    );
    expect(r.status, r.text).toBe(200);
    expect(r.json()).toMatchObject({
      personidentifikator: e?.identifikator,
      inntektsaar: e?.gjelderPeriode,
    });
  });

  it('announces a deleted oppgjoer as SLETTET, and the lookup answers 410 SSG-011', async () => {
    const start = await get(sim, `${ssg}/start?dato=2023-03-01`, auth(ssgToken));
    const events = await page(ssg, ssgToken, start.json().sekvensnummer as number, 1000);
    const deleted = events.find((e) => e.identifikator === slettet && e.gjelderPeriode === '2022');
    expect(deleted?.hendelsetype).toBe('SLETTET');
    const r = await get(
      sim,
      `/summertskattegrunnlag/v2/oppgjoer/kommuneforeldrebetaling/2022/${slettet}`,
      auth(ssgToken),
    );
    expect([r.status, r.json().kode]).toEqual([410, 'SSG-011']);
  });

  it.each([
    ['fraSekvensnummer=0', 'antall missing'],
    ['fraSekvensnummer=0&antall=0', 'antall 0'],
    ['fraSekvensnummer=0&antall=1001', 'antall over 1000'],
    ['fraSekvensnummer=-1&antall=1', 'a negative fraSekvensnummer'],
    ['antall=10', 'fraSekvensnummer missing'],
  ])('answers 400 FA-004 for %s (%s)', async (query) => {
    const r = await get(sim, `${ssg}?${query}`, auth(ssgToken));
    expect([r.status, r.json().kode]).toEqual([400, 'FA-004']);
    ok(validateFaFeil(r.json()));
  });

  it('answers 400 FA-004 for a dato that is not a date', async () => {
    const r = await get(sim, `${ssg}/start?dato=2026-02-30`, auth(ssgToken));
    expect([r.status, r.json().kode]).toEqual([400, 'FA-004']);
  });

  it('answers 404 FA-005 past the last event registered by now, and for a start date after it', async () => {
    const r = await get(sim, `${ssg}?fraSekvensnummer=9000000000000&antall=10`, auth(ssgToken));
    expect([r.status, r.json().kode]).toEqual([404, 'FA-005']);
    const s = await get(sim, `${ssg}/start?dato=2026-12-01`, auth(ssgToken));
    expect([s.status, s.json().kode]).toEqual([404, 'FA-005']);
  });

  it('answers 401 FA-003 without a token, 406 FA-006 for another format, 404 FA-002 for an unknown path (XML error too)', async () => {
    const none = await get(sim, `${ssg}?fraSekvensnummer=0&antall=1`);
    expect([none.status, none.json().kode]).toEqual([401, 'FA-003']);
    const csv = await get(sim, `${ssg}?fraSekvensnummer=0&antall=1`, auth(ssgToken, 'text/csv'));
    expect([csv.status, csv.json().kode]).toEqual([406, 'FA-006']);
    const unknown = await get(
      sim,
      '/skatteoppgjoerhendelser/v1/hendelser/slutt',
      auth(ssgToken, 'application/xml'),
    );
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('<kode>FA-002</kode>');
  });

  it("accepts only the related lookups' scopes: a token with skatteetaten:inntekt alone gets 403 DAS-008", async () => {
    const r = await get(sim, `${ssg}?fraSekvensnummer=0&antall=1`, auth(imToken));
    expect([r.status, r.json().kode]).toEqual([403, 'DAS-008']);
  });
});

describe('Inntekt hendelser', () => {
  it('answers a page in JSON and XML that conforms to the contract, gjelderPeriode a month', async () => {
    const events = await page(im, imToken, 0, 500);
    ok(validateInntektHendelser({ hendelser: events }));
    expect(events[0]?.gjelderPeriode).toMatch(/^\d{4}-\d{2}$/);
    const x = await get(sim, `${im}?fraSekvensnummer=0&antall=1`, auth(imToken, 'application/xml'));
    expect(x.text).toContain('<gjelderPeriode>2015-01</gjelderPeriode>');
  });

  it('announces a month on the 10th of the next, and the Inntekt API then has that month', async () => {
    const start = await get(sim, `${im}/start?dato=2026-05-10`, auth(imToken));
    expect(start.status).toBe(200);
    const [e] = await page(im, imToken, start.json().sekvensnummer as number, 1);
    expect(e?.gjelderPeriode).toBe('2026-04');
    const r = await get(
      sim,
      `/inntekt/v1/kommuneBoligsosialeFormaal/${e?.identifikator}/inntekter?fraOgMed=2026-04&tilOgMed=2026-04`,
      auth(imToken),
    );
    expect([200, 404]).toContain(r.status);
    if (r.status === 404) expect(r.json().kode).toBe('IM-008');
  });

  it('accepts the Inntekt scope only: a Summert skattegrunnlag token gets 403 DAS-008', async () => {
    const r = await get(sim, `${im}?fraSekvensnummer=0&antall=1`, auth(ssgToken));
    expect([r.status, r.json().kode]).toEqual([403, 'DAS-008']);
  });
});
