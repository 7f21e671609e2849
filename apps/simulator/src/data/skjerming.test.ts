import { validateSummertSkattegrunnlag } from '@skattedeling/summert-skattegrunnlag';
import { describe, expect, it } from 'vitest';
import {
  createDataSource,
  kunParametre,
  STRENGT_FORTROLIGE,
  utenLokaliserendeOpplysninger,
} from './index.js';

describe('shielded bodies', () => {
  const ds = createDataSource({ seed: 'skjerming', today: () => new Date('2025-06-15T12:00:00Z') });
  const result = ds.summertSkattegrunnlag(STRENGT_FORTROLIGE[3] as string, 2023, 'oppgjoer');
  if (result.kind !== 'skjermet') throw new Error(result.kind);

  it('for a package without access: only the call parameters and skjermet', () => {
    const body = kunParametre(result.body);
    expect(body).toEqual({
      personidentifikator: STRENGT_FORTROLIGE[3],
      inntektsaar: '2023',
      skjermet: true,
    });
    expect(validateSummertSkattegrunnlag(body).ok).toBe(true);
  });

  it('for a package allowed non-locating data: every amount, no specification', () => {
    const body = utenLokaliserendeOpplysninger(result.body);
    expect(validateSummertSkattegrunnlag(body).ok).toBe(true);
    expect(body.skjermet).toBe(true);
    expect(body.grunnlag?.map((g) => [g.tekniskNavn, g.beloep, g.kategori])).toEqual(
      result.body.grunnlag?.map((g) => [g.tekniskNavn, g.beloep, g.kategori]),
    );
    expect(JSON.stringify(body)).not.toContain('spesifisering');
    expect(result.body.grunnlag?.some((g) => g.spesifisering !== undefined)).toBe(true);
  });
});
