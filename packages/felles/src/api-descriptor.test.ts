import { describe, expect, it } from 'vitest';
import {
  type ApiDescriptor,
  apiBaseUrl,
  checkApiDescriptor,
  hendelseslisteFeilkoder,
} from './api-descriptor.js';

const api = {
  baseUrl: {
    test: 'https://skatteoppgjoerhendelser.api.skatteetaten-test.no',
    produksjon: 'https://skatteoppgjoerhendelser.api.skatteetaten.no',
  },
  simulatorSti: '/skatteoppgjoerhendelser',
} as const;

describe('apiBaseUrl', () => {
  it("gives Skatteetaten's host for test and production", () => {
    expect(apiBaseUrl(api, 'test')).toBe(
      'https://skatteoppgjoerhendelser.api.skatteetaten-test.no',
    );
    expect(apiBaseUrl(api, 'produksjon')).toBe(
      'https://skatteoppgjoerhendelser.api.skatteetaten.no',
    );
  });

  it("gives the API's place under a simulator's origin, with or without a trailing slash", () => {
    expect(apiBaseUrl(api, { simulator: 'http://127.0.0.1:5280/' })).toBe(
      'http://127.0.0.1:5280/skatteoppgjoerhendelser',
    );
  });

  it('refuses an environment that does not exist', () => {
    expect(() => apiBaseUrl(api, 'staging' as 'test')).toThrow(
      'miljoe must be test or produksjon, got staging',
    );
  });
});

const good: ApiDescriptor = {
  id: 'skatteoppgjoerhendelser',
  navn: 'Skatteoppgjør hendelser API',
  versjon: 'v1',
  baseUrl: api.baseUrl,
  simulatorSti: '/skatteoppgjoerhendelser',
  scopes: ['skatteetaten:summertskattegrunnlag'],
  altinnRettighet: 'Summert skattegrunnlag API - På vegne av',
  feilprefiks: 'FA',
  feilkoder: hendelseslisteFeilkoder,
  rettighetspakker: [],
  rettighetspakkerMedSamtykke: [],
  xml: { rot: 'hendelser', namespace: 'urn:x', publisert: false },
  kontrakt: 'contracts/x.yaml',
};

describe('checkApiDescriptor', () => {
  it('finds nothing wrong with a descriptor that follows the rules', () => {
    expect(checkApiDescriptor(good)).toEqual([]);
  });

  it('names a code whose status does not fit its meaning, or that has another prefix', () => {
    const bad: ApiDescriptor = {
      ...good,
      feilkoder: { ...good.feilkoder, autentisering: 'FA-004', ikkeFunnet: 'TD-004' },
    };
    expect(checkApiDescriptor(bad)).toEqual([
      'feilkoder.autentisering FA-004 has status 400, not 401',
      'feilkoder.ikkeFunnet TD-004 is neither FA nor DAS',
    ]);
  });

  it('names hosts and a simulator path that do not follow the id', () => {
    const bad: ApiDescriptor = {
      ...good,
      id: 'inntekthendelser',
      baseUrl: { test: api.baseUrl.produksjon, produksjon: api.baseUrl.produksjon },
    };
    expect(checkApiDescriptor(bad)).toEqual([
      `baseUrl.test ${api.baseUrl.produksjon} is not https://inntekthendelser.api.skatteetaten-test.no`,
      `baseUrl.produksjon ${api.baseUrl.produksjon} is not https://inntekthendelser.api.skatteetaten.no`,
      'simulatorSti is not /inntekthendelser',
    ]);
  });
});

describe('checkApiDescriptor with the contract', () => {
  const contract = `servers:
  - url: ${api.baseUrl.test}
  - url: ${api.baseUrl.produksjon}
  - url: http://127.0.0.1:5280/skatteoppgjoerhendelser
paths:
  /v1/hendelser:
    # skatteetaten:summertskattegrunnlag urn:x FA-001 FA-002 FA-003 FA-004 FA-005 FA-006 DAS-008
`;

  it('finds nothing wrong when the contract names the same servers, scopes, codes and namespace', () => {
    expect(checkApiDescriptor(good, contract)).toEqual([]);
  });

  it('names a server, a path version and a fact the contract does not have', () => {
    const other = contract
      .replace('http://127.0.0.1:5280/skatteoppgjoerhendelser', 'http://127.0.0.1:5280/x')
      .replace('/v1/', '/v2/')
      .replace('urn:x', 'urn:y');
    expect(checkApiDescriptor(good, other)).toEqual([
      `the contract's servers are ${api.baseUrl.test}, ${api.baseUrl.produksjon}, http://127.0.0.1:5280/x, not ${api.baseUrl.test}, ${api.baseUrl.produksjon}, http://127.0.0.1:5280/skatteoppgjoerhendelser`,
      'the contract has no path under /v1/',
      'the contract does not name urn:x',
    ]);
  });
});
