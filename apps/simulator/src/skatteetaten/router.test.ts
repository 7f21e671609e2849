import { describe, expect, it } from 'vitest';
import { apiIds } from '../onboarding/apis.js';
import { hendelserEndpoints } from './hendelser.js';
import { inntektEndpoint } from './inntekt.js';
import { retiredEndpoints } from './retired.js';
import { endpointTable, lookupPreview, route } from './router.js';
import { sisteTilgjengeligeEndpoint } from './siste-tilgjengelige.js';
import { summertSkattegrunnlagEndpoint } from './summert-skattegrunnlag.js';

const ssgCall = {
  stadie: 'oppgjoer',
  rettighetspakke: 'nav',
  inntektsaar: '2024',
  personidentifikator: '01010112345',
};

describe('routing of the imitated Skatteetaten paths', () => {
  it('maps the current endpoints to their entry and decoded call, and the retired ones when served', () => {
    expect(route('GET', '/summertskattegrunnlag/v2/oppgjoer/nav/2024/01010112345')).toEqual({
      kind: 'call',
      endpoint: summertSkattegrunnlagEndpoint,
      call: { variant: 'v2', ...ssgCall },
    });
    expect(route('GET', '/summertskattegrunnlag/v2/oppgjoer/n%61v/2024/01010112345')).toEqual({
      kind: 'call',
      endpoint: summertSkattegrunnlagEndpoint,
      call: { variant: 'v2', ...ssgCall },
    });
    expect(
      route('GET', '/api/formueinntekt/summertskattegrunnlag/nav/2024/01010112345', true),
    ).toEqual({
      kind: 'call',
      endpoint: retiredEndpoints.summertskattegrunnlag,
      call: { variant: 'v1', ...ssgCall, stadie: undefined },
    });
    expect(
      route('GET', '/api/formueinntekt/summertskattegrunnlag/utkast/nav/2024/01010112345', true),
    ).toMatchObject({ kind: 'call', call: { variant: 'v1', ...ssgCall, stadie: 'utkast' } });
    expect(route('GET', '/inntekt/v1/nav/01010112345/inntekter')).toEqual({
      kind: 'call',
      endpoint: inntektEndpoint,
      call: { variant: 'v1', rettighetspakke: 'nav', personidentifikator: '01010112345' },
    });
    expect(
      route('HEAD', '/api/innrapportert/inntektsmottaker/nav/01010112345/oppgave/inntekt', true),
    ).toMatchObject({
      kind: 'call',
      endpoint: retiredEndpoints.inntekt,
      call: { variant: 'legacy', rettighetspakke: 'nav' },
    });
  });

  it('maps each event list and Siste tilgjengelige under its own prefix, journalled under tilgangVia', () => {
    for (const e of hendelserEndpoints) {
      expect(route('GET', `/${e.prefix}/v1/hendelser`)).toEqual({
        kind: 'call',
        endpoint: e,
        call: 'side',
      });
      expect(route('GET', `/${e.prefix}/v1/hendelser/start`)).toMatchObject({ call: 'start' });
      expect(route('GET', `/${e.prefix}/v1/hendelser/x`)).toMatchObject({
        kind: 'refused',
        system: e.system,
        kode: 'FA-002',
      });
    }
    expect(hendelserEndpoints.map((e) => [e.prefix, e.system])).toEqual([
      ['skatteoppgjoerhendelser', 'summertskattegrunnlag'],
      ['inntekthendelser', 'inntekt'],
    ]);
    expect(route('GET', '/sistetilgjengeligeskatteoppgjoer/v1/0101%30112345')).toEqual({
      kind: 'call',
      endpoint: sisteTilgjengeligeEndpoint,
      call: '01010112345',
    });
    expect(route('GET', '/sistetilgjengeligeskatteoppgjoer/v1/%zz')).toEqual({
      kind: 'refused',
      system: 'summertskattegrunnlag',
      kode: 'TD-003',
      why: 'the path segment has malformed percent-encoding',
    });
  });

  it('routes every method on the retired shared-host subtrees to the retired answer by default', () => {
    for (const method of ['GET', 'HEAD', 'POST', 'DELETE']) {
      expect(
        route(method, '/api/formueinntekt/summertskattegrunnlag/nav/2024/01010112345'),
      ).toEqual({ kind: 'retired', api: 'summertskattegrunnlag' });
      expect(
        route(method, '/api/innrapportert/inntektsmottaker/nav/01010112345/oppgave/inntekt'),
      ).toEqual({ kind: 'retired', api: 'inntekt' });
    }
    expect(route('GET', '/api/formueinntekt/summertskattegrunnlag')).toEqual({
      kind: 'retired',
      api: 'summertskattegrunnlag',
    });
    expect(route('GET', '/api/innrapportert/x')).toEqual({ kind: 'retired', api: 'inntekt' });
    expect(route('GET', '/api/formueinntekt/x')).toBeUndefined();
    expect(route('GET', '/api/other')).toBeUndefined();
  });

  it("answers unknown URLs under an API prefix with that API's code, and leaves the rest alone", () => {
    expect(route('GET', '/summertskattegrunnlag/v1/oppgjoer/nav/2024/01010112345')).toEqual({
      kind: 'refused',
      system: 'summertskattegrunnlag',
      kode: 'SSG-003',
      why: summertSkattegrunnlagEndpoint.unknownUrl,
    });
    expect(summertSkattegrunnlagEndpoint.unknownUrl).toContain(
      '/summertskattegrunnlag/v2/{stadie}/{rettighetspakke}/{inntektsaar}/{personidentifikator}',
    );
    // A literal segment is compared as sent: an encoded version segment is not the version.
    expect(
      route('GET', '/summertskattegrunnlag/%76%32/oppgjoer/nav/2024/01010112345'),
    ).toMatchObject({ kind: 'refused', kode: 'SSG-003' });
    expect(route('POST', '/summertskattegrunnlag/v2/oppgjoer/nav/2024/01010112345')).toEqual({
      kind: 'refused',
      system: 'summertskattegrunnlag',
      kode: 'SSG-003',
      why: 'method POST is not served',
    });
    expect(route('GET', '/inntekt/v1/nav/01010112345/inntekter/')).toMatchObject({
      kind: 'refused',
      kode: 'IM-003',
    });
    expect(route('GET', '/inntekt/v1/nav/01010112345/inntek%zz')).toMatchObject({
      kind: 'refused',
      kode: 'IM-003',
    });
    expect(route('GET', '/api/innrapportert/x', true)).toMatchObject({
      kind: 'refused',
      system: 'inntekt',
      kode: 'IM-003',
    });
    expect(route('GET', '/api/other')).toBeUndefined();
    expect(route('GET', '/_simulator/health')).toBeUndefined();
    expect(route('GET', '')).toBeUndefined();
  });

  it("answers a path segment that does not percent-decode with the API's validation code", () => {
    expect(route('GET', '/summertskattegrunnlag/v2/oppgjoer/n%zz/2024/01010112345')).toEqual({
      kind: 'refused',
      system: 'summertskattegrunnlag',
      kode: 'SSG-006',
      why: 'a path segment has malformed percent-encoding',
    });
    expect(route('GET', '/inntekt/v1/nav/%E0%A4%A/inntekter')).toMatchObject({
      kind: 'refused',
      kode: 'IM-006',
    });
    expect(
      route('GET', '/api/innrapportert/inntektsmottaker/%/1/oppgave/inntekt', true),
    ).toMatchObject({ kind: 'refused', system: 'inntekt', kode: 'IM-006' });
  });

  it('refuses a table in which two entries, or an entry and the retired paths, share a prefix', () => {
    expect(endpointTable([summertSkattegrunnlagEndpoint, inntektEndpoint]).size).toBe(2);
    expect(() => endpointTable([inntektEndpoint, inntektEndpoint])).toThrow(
      'two endpoints claim the path prefix /inntekt',
    );
    expect(() => endpointTable([{ ...inntektEndpoint, prefix: 'api' }])).toThrow('/api');
  });

  it("gives every lookup API's preview from its endpoint entry", () => {
    for (const id of apiIds) expect(lookupPreview(id), id).toBeTypeOf('function');
    expect(lookupPreview('summertskattegrunnlag')).toBe(summertSkattegrunnlagEndpoint.preview);
  });
});
