import { maskinportenValidator } from '@skattedeling/maskinporten-client';
import {
  feilFraXml,
  validateSsgFeil,
  validateSummertSkattegrunnlag,
} from '@skattedeling/summert-skattegrunnlag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, expectOk, startContractSimulator, xmlRoot } from './contract-setup.js';
import {
  accessToken,
  admin,
  demoKommuner,
  get,
  grant,
  postToken,
  type TestSimulator,
} from './helpers.js';

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

describe('Maskinporten responses conform to contracts/maskinporten', () => {
  it('metadata at the issuer path and at the RFC 8414 path', async () => {
    for (const path of [
      '/maskinporten/.well-known/oauth-authorization-server',
      '/.well-known/oauth-authorization-server/maskinporten',
    ]) {
      const r = await get(sim, path);
      expect(r.status).toBe(200);
      const body = r.json();
      expectOk(maskinportenValidator.validate('AuthorizationServerMetadata', body));
      expect(body.issuer).toBe(sim.ctx.urls.issuer);
      expect(body.token_endpoint).toBe(`${sim.ctx.urls.issuer}token`);
    }
  });
  it('JWKS with a 43-character kid and the signing certificate', async () => {
    const r = await get(sim, '/maskinporten/jwk');
    const body = r.json() as { keys: { kid: string; x5c: string[] }[] };
    expectOk(maskinportenValidator.validate('Jwks', body));
    expect(body.keys[0]?.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.keys[0]?.x5c.length).toBeGreaterThan(0);
  });
  it('token response and the access token inside it', async () => {
    const r = await postToken(sim, grant(sim));
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expectOk(maskinportenValidator.validate('TokenResponse', r.body));
    const [h, p] = (r.body.access_token as string).split('.');
    const header = JSON.parse(Buffer.from(h as string, 'base64url').toString());
    const claims = JSON.parse(Buffer.from(p as string, 'base64url').toString());
    expectOk(maskinportenValidator.validate('AccessTokenHeader', header));
    expectOk(maskinportenValidator.validate('AccessTokenClaims', claims));
    expect(header.typ).toBeUndefined();
    expect(claims.consumer).toEqual({
      authority: 'iso6523-actorid-upis',
      ID: `0192:${demoKommuner.fullt.orgnr}`,
    });
    expect(claims.supplier).toEqual({ authority: 'iso6523-actorid-upis', ID: '0192:311000004' });
    expect(claims.delegation_source).toBe('https://tt02.altinn.no/');
    expect(claims.jti).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(claims.exp - claims.iat).toBe(120);
    expect(claims.aud).toBeUndefined();
  });
  it('error bodies: refused grant, unknown path, wrong method', async () => {
    const refused = await postToken(
      sim,
      grant(sim, { claims: { aud: `${sim.ctx.urls.issuer}token` } }),
    );
    expect(refused.status).toBe(400);
    expectOk(maskinportenValidator.validate('OAuthError', refused.body));
    expect(refused.body.error_description).toMatch(/ \(trace_id: [0-9a-f]{32}\)$/);
    for (const [method, path, status] of [
      ['GET', '/maskinporten/nope', 404],
      ['GET', '/maskinporten/token', 405],
      ['GET', '/maskinporten/.well-known/openid-configuration', 404],
    ] as const) {
      const r = await fetch(`${sim.url}${path}`, { method });
      expect(r.status).toBe(status);
      expectOk(maskinportenValidator.validate('OAuthError', await r.json()));
    }
  });
});

describe('Summert skattegrunnlag V2 responses conform to its contract', () => {
  const base = '/summertskattegrunnlag/v2';
  it('200 with data, JSON and XML', async () => {
    const json = await get(
      sim,
      `${base}/oppgjoer/kommuneforeldrebetaling/2024/${employee}`,
      bearer(ssgToken),
    );
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toBe('application/json');
    const body = json.json() as { grunnlag: { tekniskNavn: string }[] };
    expectOk(validateSummertSkattegrunnlag(body));
    expect(body.grunnlag.length).toBeGreaterThan(0);
    const xml = await get(
      sim,
      `${base}/oppgjoer/kommuneforeldrebetaling/2024/${employee}`,
      bearer(ssgToken, 'application/xml'),
    );
    expect(xml.status).toBe(200);
    expect(xml.headers.get('content-type')).toBe('application/xml');
    const root = xmlRoot(
      xml.text,
      'summertSkattegrunnlag',
      'urn:no:skatteetaten:datasamarbeid:summertskattegrunnlag:v2',
    );
    expect((root.grunnlag as { tekniskNavn: string }[]).map((g) => g.tekniskNavn)).toEqual(
      body.grunnlag.map((g) => g.tekniskNavn),
    );
    expect(root.personidentifikator).toBe(employee);
  });
  it('200 for a shielded person: only the parameters and skjermet', async () => {
    const json = await get(
      sim,
      `${base}/oppgjoer/kommuneforeldrebetaling/2024/${skjermet}`,
      bearer(ssgToken),
    );
    expect(json.status).toBe(200);
    expectOk(validateSummertSkattegrunnlag(json.json()));
    expect(json.json()).toEqual({
      personidentifikator: skjermet,
      inntektsaar: '2024',
      skjermet: true,
    });
    const xml = await get(
      sim,
      `${base}/oppgjoer/kommuneforeldrebetaling/2024/${skjermet}`,
      bearer(ssgToken, 'application/xml'),
    );
    expect(
      xmlRoot(
        xml.text,
        'summertSkattegrunnlag',
        'urn:no:skatteetaten:datasamarbeid:summertskattegrunnlag:v2',
      ).skjermet,
    ).toBe('true');
  });

  const errors: [string, string, Record<string, string>, number, string][] = [];
  beforeAll(async () => {
    const delvis = await accessToken(sim, { claims: { consumer_org: demoKommuner.delvis.orgnr } });
    errors.push(
      [
        'bad personidentifikator',
        `${base}/oppgjoer/kommuneforeldrebetaling/2024/123`,
        bearer(ssgToken),
        400,
        'SSG-006',
      ],
      [
        'bad stadie',
        `${base}/endelig/kommuneforeldrebetaling/2024/${employee}`,
        bearer(ssgToken),
        400,
        'SSG-006',
      ],
      ['no token', `${base}/oppgjoer/kommuneforeldrebetaling/2024/${employee}`, {}, 401, 'SSG-004'],
      [
        'token of another scope',
        `${base}/oppgjoer/kommuneforeldrebetaling/2024/${employee}`,
        bearer(imToken),
        403,
        'DAS-008',
      ],
      [
        'rettighetspakke not granted',
        `${base}/oppgjoer/kommuneboligsosialeformaal/2024/${employee}`,
        bearer(delvis),
        403,
        'SSG-005',
      ],
      [
        'stadie not allowed',
        `${base}/fastsatt/kommuneforeldrebetaling/2024/${employee}`,
        bearer(ssgToken),
        403,
        'SSG-005',
      ],
      [
        'unknown URL',
        `${base}/oppgjoer/kommuneforeldrebetaling/2024`,
        bearer(ssgToken),
        404,
        'SSG-003',
      ],
      [
        'unknown person',
        `${base}/oppgjoer/kommuneforeldrebetaling/2024/${unknown}`,
        bearer(ssgToken),
        404,
        'SSG-007',
      ],
      [
        'no data for the year',
        `${base}/oppgjoer/kommuneforeldrebetaling/2024/${child}`,
        bearer(ssgToken),
        404,
        'SSG-008',
      ],
      [
        'deleted',
        `${base}/oppgjoer/kommuneforeldrebetaling/2024/${employee}`,
        bearer(delvis),
        410,
        'SSG-011',
      ],
    );
  });
  it('every documented error, JSON and XML', async () => {
    expect(errors.length).toBe(10);
    for (const [name, path, headers, status, kode] of errors) {
      const json = await get(sim, path, headers);
      expect(json.status, name).toBe(status);
      expectOk(validateSsgFeil(json.json()));
      expect(json.json().kode, name).toBe(kode);
      expect(json.headers.get('x-skattedeling-simulator-reason'), name).toBeTruthy();
      const xml = await get(sim, path, { ...headers, accept: 'application/xml' });
      expect(xml.status, name).toBe(status);
      xmlRoot(xml.text, 'feil', 'urn:no:skatteetaten:datasamarbeid:feil:v1');
      const parsed = feilFraXml(xml.text);
      expectOk(validateSsgFeil(parsed));
      expect(parsed?.kode).toBe(kode);
    }
  });
  it('406 for a format other than JSON or XML (body in JSON)', async () => {
    const r = await get(
      sim,
      `${base}/oppgjoer/kommuneforeldrebetaling/2024/${employee}`,
      bearer(ssgToken, 'text/csv'),
    );
    expect(r.status).toBe(406);
    expectOk(validateSsgFeil(r.json()));
    expect(r.json().kode).toBe('SSG-009');
  });
  it('500 from an injected fault', async () => {
    const run = { 'x-skattedeling-test-run': 'contract-fault' };
    expect(
      (
        await admin(
          sim,
          'POST',
          '/faults',
          { api: 'summertskattegrunnlag', kode: 'SSG-002', count: 2 },
          run,
        )
      ).status,
    ).toBe(201);
    for (const accept of ['application/json', 'application/xml']) {
      const r = await get(sim, `${base}/oppgjoer/kommuneforeldrebetaling/2024/${employee}`, {
        ...bearer(ssgToken, accept),
        ...run,
      });
      expect(r.status).toBe(500);
      const body = accept === 'application/xml' ? feilFraXml(r.text) : r.json();
      expectOk(validateSsgFeil(body));
      expect((body as { kode: string }).kode).toBe('SSG-002');
    }
  });
});
