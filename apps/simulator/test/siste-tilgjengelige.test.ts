// Must hold 1 for Siste tilgjengelige skatteoppgjør: JSON and XML as the contract says, the TD
// codes, the Summert skattegrunnlag scopes, and the same calendar as the lookup.
import {
  validateSisteTilgjengeligeSkatteoppgjoer,
  validateTdFeil,
} from '@skattedeling/summert-skattegrunnlag/siste-tilgjengelige';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessToken, demoPerson, get, startTestSimulator, type TestSimulator } from './helpers.js';

let sim: TestSimulator;
let ssgToken: string;
let imToken: string;
let employee: string;
const base = '/sistetilgjengeligeskatteoppgjoer/v1';

beforeAll(async () => {
  sim = await startTestSimulator();
  ssgToken = await accessToken(sim);
  imToken = await accessToken(sim, { claims: { scope: 'skatteetaten:inntekt' } });
  employee = demoPerson(sim, /employee with salary/);
});
afterAll(() => sim.close());

const auth = (token: string, accept = 'application/json') => ({
  authorization: `Bearer ${token}`,
  accept,
});

describe('Siste tilgjengelige skatteoppgjør', () => {
  it('answers the newest published year in JSON, and the lookup has that year', async () => {
    const r = await get(sim, `${base}/${employee}`, auth(ssgToken));
    expect(r.status, r.text).toBe(200);
    const v = validateSisteTilgjengeligeSkatteoppgjoer(r.json());
    expect(v.ok, v.ok ? '' : v.message).toBe(true);
    const year = r.json().sisteTilgjengeligePeriode as string;
    expect(r.json()).toMatchObject({ personidentifikator: employee, ressursId: 'skattegrunnlag' });
    const lookup = await get(
      sim,
      `/summertskattegrunnlag/v2/oppgjoer/kommuneforeldrebetaling/${year}/${employee}`,
      auth(ssgToken),
    );
    expect(lookup.status).toBe(200);
    const next = await get(
      sim,
      `/summertskattegrunnlag/v2/oppgjoer/kommuneforeldrebetaling/${Number(year) + 1}/${employee}`,
      auth(ssgToken),
    );
    expect(next.status).toBe(404);
  });

  it('answers XML in the published tilgjengeligdata namespace', async () => {
    const r = await get(sim, `${base}/${employee}`, auth(ssgToken, 'application/xml'));
    expect(r.status).toBe(200);
    expect(r.text).toContain(
      '<tilgjengeligdata xmlns="urn:no:skatteetaten:datasamarbeid:tilgjengeligdata:v1">',
    );
  });

  it.each([
    ['12345', 400, 'TD-003', 'a personidentifikator that is not 11 digits'],
    ['01013800000', 404, 'TD-004', 'a person without any published oppgjoer'],
  ])('answers %s with %i %s (%s)', async (pid, status, kode) => {
    const r = await get(sim, `${base}/${pid}`, auth(ssgToken));
    expect([r.status, r.json().kode]).toEqual([status, kode]);
    const v = validateTdFeil(r.json());
    expect(v.ok).toBe(true);
  });

  it('answers 404 TD-006 for an unknown path, 401 TD-002 without a token, 406 TD-005 for another format', async () => {
    const unknown = await get(sim, `${base}/a/b`, auth(ssgToken));
    expect([unknown.status, unknown.json().kode]).toEqual([404, 'TD-006']);
    const none = await get(sim, `${base}/${employee}`);
    expect([none.status, none.json().kode]).toEqual([401, 'TD-002']);
    const csv = await get(sim, `${base}/${employee}`, auth(ssgToken, 'text/csv'));
    expect([csv.status, csv.json().kode]).toEqual([406, 'TD-005']);
  });

  it('accepts the Summert skattegrunnlag scopes only: an Inntekt token gets 403 DAS-008', async () => {
    const r = await get(sim, `${base}/${employee}`, auth(imToken));
    expect([r.status, r.json().kode]).toEqual([403, 'DAS-008']);
  });
});
