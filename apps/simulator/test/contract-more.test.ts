// Must hold 1, continued from contract.test.ts: the retired Summert skattegrunnlag V1 paths,
// Inntekt (v1 and the retired oppgave/inntekt), and URLs no endpoint serves conform to contracts/.
import { inntektValidator, validateInntekter, validateInntektFeil } from '@skattedeling/inntekt';
import { feilFraXml, v1 } from '@skattedeling/summert-skattegrunnlag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, expectOk, feil, startContractSimulator, xmlRoot } from './contract-setup.js';
import { accessToken, admin, demoKommuner, get, type TestSimulator } from './helpers.js';

let sim: TestSimulator;
let ssgToken: string;
let imToken: string;
let employee: string;
let skjermet: string;
let unknown: string;
let child: string;

beforeAll(async () => {
  ({ sim, ssgToken, imToken, employee, skjermet, unknown, child } = await startContractSimulator());
});
afterAll(() => sim.close());

describe('Summert skattegrunnlag V1 (retired shared host) responses conform to openapi-v1', () => {
  it('200 with and without stadie, JSON and XML', async () => {
    for (const path of [
      `/api/formueinntekt/summertskattegrunnlag/kommuneforeldrebetaling/2024/${employee}`,
      `/api/formueinntekt/summertskattegrunnlag/oppgjoer/kommuneforeldrebetaling/2024/${employee}`,
    ]) {
      const json = await get(sim, path, bearer(ssgToken));
      expect(json.status, path).toBe(200);
      const body = json.json() as { grunnlag: { kategori: unknown }[] };
      expectOk(v1.validateSummertSkattegrunnlag(body));
      expect(Array.isArray(body.grunnlag[0]?.kategori)).toBe(true);
      const xml = await get(sim, path, bearer(ssgToken, 'application/xml'));
      xmlRoot(
        xml.text,
        'summertSkattegrunnlag',
        'urn:no:skatteetaten:datasamarbeid:summertskattegrunnlag:v1',
      );
    }
  });
  it('410 is SSG-010 in the V1 table', async () => {
    const delvis = await accessToken(sim, { claims: { consumer_org: demoKommuner.delvis.orgnr } });
    const r = await get(
      sim,
      `/api/formueinntekt/summertskattegrunnlag/kommuneforeldrebetaling/2024/${employee}`,
      bearer(delvis),
    );
    expect(r.status).toBe(410);
    expectOk(v1.validateSsgFeil(r.json()));
    expect(r.json().kode).toBe('SSG-010');
  });
  it('errors use the V1 codes', async () => {
    const r = await get(
      sim,
      `/api/formueinntekt/summertskattegrunnlag/kommuneforeldrebetaling/2024/${unknown}`,
      bearer(ssgToken),
    );
    expect(r.status).toBe(404);
    expectOk(v1.validateSsgFeil(r.json()));
  });
});

describe('Inntekt responses (v1 and the retired oppgave/inntekt) conform to the Inntekt contracts', () => {
  const v1Path = (
    pid: string,
    q = '?fraOgMed=2026-01&tilOgMed=2026-03',
    pakke = 'kommuneBoligsosialeFormaal',
  ) => `/inntekt/v1/${pakke}/${pid}/inntekter${q}`;
  const legacyPath = (pid: string, q = '?fraOgMed=2026-01') =>
    `/api/innrapportert/inntektsmottaker/kommuneBoligsosialeFormaal/${pid}/oppgave/inntekt${q}`;
  it('200 with data, JSON and XML, both endpoints', async () => {
    for (const path of [v1Path(employee), legacyPath(employee)]) {
      const json = await get(sim, path, bearer(imToken));
      expect(json.status, path).toBe(200);
      const body = json.json() as { oppgaveInntektsmottaker: unknown[] };
      expectOk(validateInntekter(body));
      expect(body.oppgaveInntektsmottaker.length).toBeGreaterThan(0);
      const xml = await get(sim, path, bearer(imToken, 'application/xml'));
      const root = xmlRoot(xml.text, 'inntekter', 'urn:no:skatteetaten:datasamarbeid:inntekt:v1');
      expect((root.oppgaveInntektsmottaker as unknown[]).length).toBe(
        body.oppgaveInntektsmottaker.length,
      );
    }
  });
  it('200 for a shielded person', async () => {
    const r = await get(sim, v1Path(skjermet), bearer(imToken));
    expect(r.status).toBe(200);
    expectOk(validateInntekter(r.json()));
    expect(r.json()).toEqual({ oppgaveInntektsmottaker: [], skjermet: true });
    xmlRoot(
      (await get(sim, v1Path(skjermet), bearer(imToken, 'application/xml'))).text,
      'inntekter',
      'urn:no:skatteetaten:datasamarbeid:inntekt:v1',
    );
  });
  it('every documented error, JSON and XML', async () => {
    const cases: [string, Record<string, string>, number, string][] = [
      [v1Path(employee, '?fraOgMed=2026-01'), bearer(imToken), 400, 'IM-006'],
      [v1Path(employee, '?fraOgMed=2026-13&tilOgMed=2026-14'), bearer(imToken), 400, 'IM-006'],
      [v1Path(employee, '?fraOgMed=2026-03&tilOgMed=2026-01'), bearer(imToken), 400, 'IM-006'],
      [v1Path(employee), {}, 401, 'IM-004'],
      [v1Path(employee), bearer(ssgToken), 403, 'DAS-008'],
      [v1Path(employee, undefined, 'kommuneforeldrebetaling'), bearer(imToken), 403, 'IM-005'],
      ['/inntekt/v1/kommuneBoligsosialeFormaal/inntekter', bearer(imToken), 404, 'IM-003'],
      [v1Path(unknown), bearer(imToken), 404, 'IM-007'],
      [v1Path(child), bearer(imToken), 404, 'IM-008'],
      [legacyPath(unknown), bearer(imToken), 404, 'IM-007'],
    ];
    for (const [path, headers, status, kode] of cases) {
      const json = await get(sim, path, headers);
      expect(json.status, path).toBe(status);
      expectOk(validateInntektFeil(json.json()));
      expect(json.json().kode, path).toBe(kode);
      const xml = await get(sim, path, { ...headers, accept: 'application/xml' });
      xmlRoot(xml.text, 'feil', 'urn:no:skatteetaten:datasamarbeid:feil:v1');
      expectOk(validateInntektFeil(feilFraXml(xml.text)));
    }
    const run = { 'x-skattedeling-test-run': 'contract-consent-im' };
    await admin(
      sim,
      'PUT',
      `/onboarding/${demoKommuner.fullt.orgnr}/paakoblinger/inntekt`,
      { rettighetspakker: ['sbl'] },
      run,
    );
    const consent = await get(sim, v1Path(employee, undefined, 'sbl'), {
      ...bearer(imToken),
      ...run,
    });
    expect(consent.status).toBe(403);
    expectOk(validateInntektFeil(consent.json()));
    expect(consent.json().kode).toBe('IM-010');
    const r406 = await get(sim, v1Path(employee), bearer(imToken, 'application/pdf'));
    expect(r406.status).toBe(406);
    expect(r406.json().kode).toBe('IM-009');
    expectOk(inntektValidator.validate('InntektFeil', r406.json()));
  });
});

describe('anything else', () => {
  it('DAS-002 for a URL no endpoint serves', async () => {
    const r = await get(sim, '/finnes/ikke');
    expect(r.status).toBe(404);
    expectOk(feil.validate('Feil', r.json()));
    expect(r.json().kode).toBe('DAS-002');
  });
});
