import { describe, expect, it } from 'vitest';
import { currentUrls, replacementPath, retiredApiOf, retiredReason } from './retired.js';

const split = (path: string) => path.split('/');

describe('retired shared-host paths', () => {
  it('belong to the API whose subtree they are in; other /api paths are not retired', () => {
    expect(retiredApiOf(split('/api/formueinntekt/summertskattegrunnlag/nav/2024/1'))).toBe(
      'summertskattegrunnlag',
    );
    expect(retiredApiOf(split('/api/innrapportert/inntektsmottaker/nav/1/oppgave/inntekt'))).toBe(
      'inntekt',
    );
    expect(retiredApiOf(split('/api/formueinntekt/skattemelding'))).toBeUndefined();
    expect(retiredApiOf(split('/summertskattegrunnlag/v2/oppgjoer/nav/2024/1'))).toBeUndefined();
  });

  it('map to the current path with the caller’s own values', () => {
    expect(
      replacementPath('/api/formueinntekt/summertskattegrunnlag/nav/2024/30877343681', ''),
    ).toBe('/summertskattegrunnlag/v2/oppgjoer/nav/2024/30877343681');
    expect(
      replacementPath('/api/formueinntekt/summertskattegrunnlag/utkast/nav/2024/30877343681', ''),
    ).toBe('/summertskattegrunnlag/v2/utkast/nav/2024/30877343681');
    expect(
      replacementPath(
        '/api/innrapportert/inntektsmottaker/nav/30877343681/oppgave/inntekt',
        'fraOgMed=2026-01',
      ),
    ).toBe('/inntekt/v1/nav/30877343681/inntekter?fraOgMed=2026-01');
    expect(replacementPath('/api/formueinntekt/summertskattegrunnlag/nav//1', '')).toBeUndefined();
    expect(replacementPath('/api/innrapportert/x', '')).toBeUndefined();
  });

  it('name the current Skatteetaten URL and the flag in the reason', () => {
    const reason = retiredReason(
      'summertskattegrunnlag',
      'http://127.0.0.1:5280',
      '/api/formueinntekt/summertskattegrunnlag/nav/2024/30877343681',
    );
    expect(reason).toContain(currentUrls.summertskattegrunnlag);
    expect(reason).toContain(
      'here: http://127.0.0.1:5280/summertskattegrunnlag/v2/oppgjoer/nav/2024/30877343681',
    );
    expect(reason).toContain('--serve-retired-paths');
    expect(retiredReason('inntekt', 'http://h', '/api/innrapportert/x')).toContain(
      currentUrls.inntekt,
    );
  });
});
