import { describe, expect, it } from 'vitest';
import { route } from './router.js';

describe('routing of the imitated Skatteetaten paths', () => {
  it('maps the current endpoints, and the retired ones when they are served', () => {
    expect(route('GET', '/summertskattegrunnlag/v2/oppgjoer/nav/2024/01010112345')).toMatchObject({
      kind: 'ssg',
      variant: 'v2',
      segments: ['oppgjoer', 'nav', '2024', '01010112345'],
    });
    expect(
      route('GET', '/api/formueinntekt/summertskattegrunnlag/nav/2024/01010112345', true),
    ).toMatchObject({ kind: 'ssg', variant: 'v1', segments: ['nav', '2024', '01010112345'] });
    expect(
      route('GET', '/api/formueinntekt/summertskattegrunnlag/utkast/nav/2024/01010112345', true),
    ).toMatchObject({
      kind: 'ssg',
      variant: 'v1',
      segments: ['utkast', 'nav', '2024', '01010112345'],
    });
    expect(route('GET', '/inntekt/v1/nav/01010112345/inntekter')).toMatchObject({
      kind: 'inntekt',
      variant: 'v1',
      segments: ['nav', '01010112345'],
    });
    expect(
      route('HEAD', '/api/innrapportert/inntektsmottaker/nav/01010112345/oppgave/inntekt', true),
    ).toMatchObject({ kind: 'inntekt', variant: 'legacy' });
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
    expect(route('GET', '/summertskattegrunnlag/v1/oppgjoer/nav/2024/01010112345')).toMatchObject({
      kind: 'unknown',
      kode: 'SSG-003',
    });
    expect(route('POST', '/summertskattegrunnlag/v2/oppgjoer/nav/2024/01010112345')).toMatchObject({
      kind: 'unknown',
      kode: 'SSG-003',
    });
    expect(route('GET', '/inntekt/v1/nav/01010112345/inntekter/')).toMatchObject({
      kind: 'unknown',
      kode: 'IM-003',
    });
    expect(route('GET', '/api/innrapportert/x', true)).toMatchObject({
      kind: 'unknown',
      kode: 'IM-003',
    });
    expect(route('GET', '/api/other')).toBeUndefined();
    expect(route('GET', '/_simulator/health')).toBeUndefined();
  });
});
