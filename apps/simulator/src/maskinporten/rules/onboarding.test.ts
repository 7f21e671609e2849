import { describe, expect, it } from 'vitest';
import { grantCtx, grantState, refusalOf } from '../../../test/grant-support.js';
import type { Onboarding } from '../../store/types.js';
import { consumerGranted } from './onboarding.js';

const onboarded: Onboarding = {
  orgnr: '319000003',
  navn: 'Fjellvik kommune',
  tilslutningserklaeringSignert: true,
  paakoblinger: { inntekt: { rettighetspakker: ['kommuneBoligsosialeFormaal'], innvilget: '' } },
};
const run = (onboarding: Onboarding | undefined, scopes = ['skatteetaten:inntekt']) => {
  const g = grantState({ consumerOrg: '319000003', scopes });
  const ctx = grantCtx({ getOnboarding: () => onboarding });
  return { g, refusal: refusalOf(() => consumerGranted(g, ctx)) };
};

describe('onboarding', () => {
  it('accepts a consumer with the agreement and the påkobling for the scope’s API', () => {
    const { g, refusal } = run(onboarded);
    expect(refusal).toBeUndefined();
    expect(g.trail.map((s) => s.rule)).toEqual(['onboarding']);
  });

  it('refuses a consumer without the påkobling for the scope’s API (MP-250)', () => {
    expect(run(onboarded, ['skatteetaten:summertskattegrunnlag']).refusal).toMatchObject({
      rule: 'onboarding',
      error: 'notGranted',
      description:
        'Consumer has not been granted access to the scope skatteetaten:summertskattegrunnlag.',
    });
  });

  it('refuses a consumer that has not signed the tilslutningserklæring (MP-250)', () => {
    expect(run({ ...onboarded, tilslutningserklaeringSignert: false }).refusal?.error).toBe(
      'notGranted',
    );
  });

  it('lets scopes of other providers pass untouched', () => {
    expect(run(undefined, ['nav:aareg']).refusal).toBeUndefined();
  });
});
