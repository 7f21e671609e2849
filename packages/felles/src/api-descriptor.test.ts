import { describe, expect, it } from 'vitest';
import { apiBaseUrl } from './api-descriptor.js';

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
