import { describe, expect, it } from 'vitest';
import { at, readData } from './fixtures/reference.js';
import { validateFeil, validateSsgFeil, validateSummertSkattegrunnlag } from './validate.js';

type Body = Record<string, unknown> & { grunnlag: Record<string, unknown>[] };

/** A fresh copy of the documentation's V2 example (income year 2023). */
function example(): Body {
  return structuredClone(readData('examples/summertskattegrunnlag-2023.json')) as Body;
}

function failure(body: unknown): { paths: string[]; message: string } {
  const result = validateSummertSkattegrunnlag(body);
  if (result.ok) throw new Error('expected the body to fail validation');
  return { paths: result.errors.map((e) => e.path), message: result.message };
}

describe('validateSummertSkattegrunnlag (V2 contract)', () => {
  it("accepts the documentation's V2 example", () => {
    const result = validateSummertSkattegrunnlag(example());
    expect(result.ok ? 'ok' : result.message).toBe('ok');
  });

  it('rejects an unknown kategori and names grunnlag[0].kategori', () => {
    const body = example();
    at(body.grunnlag, 0).kategori = 'skatt';
    const { paths, message } = failure(body);
    expect(paths[0]).toBe('grunnlag[0].kategori');
    expect(message).toContain('grunnlag[0].kategori');
  });

  it('rejects the V1 list form of kategori', () => {
    const body = example();
    at(body.grunnlag, 1).kategori = ['inntekt'];
    expect(failure(body).paths).toContain('grunnlag[1].kategori');
  });

  it('rejects a beloep sent as a string and names grunnlag[0].beloep', () => {
    const body = example();
    at(body.grunnlag, 0).beloep = '19667';
    const { paths, message } = failure(body);
    expect(paths).toEqual(['grunnlag[0].beloep']);
    expect(message).toContain('grunnlag[0].beloep: must be integer');
  });

  it('rejects a body without skjermet', () => {
    const body = example();
    delete body.skjermet;
    const { paths, message } = failure(body);
    expect(paths).toEqual(['skjermet']);
    expect(message).toContain('skjermet: is required');
  });

  it('rejects a grunnlag item without tekniskNavn', () => {
    const body = example();
    delete at(body.grunnlag, 0).tekniskNavn;
    const { paths, message } = failure(body);
    expect(paths).toEqual(['grunnlag[0].tekniskNavn']);
    expect(message).toContain('grunnlag[0].tekniskNavn: is required');
  });

  it('rejects an unknown stadie', () => {
    const body = example();
    body.stadie = 'endelig';
    expect(failure(body).paths).toEqual(['stadie']);
  });

  it('accepts a shielded body with only the call parameters and skjermet', () => {
    const result = validateSummertSkattegrunnlag({
      personidentifikator: '16822548834',
      inntektsaar: '2023',
      skjermet: true,
    });
    expect(result.ok).toBe(true);
  });

  it('tolerates unknown fields, unknown tekniskNavn and unknown spesifisering types', () => {
    const body = example();
    body.nyttFelt = { noe: 1 };
    at(body.grunnlag, 0).tekniskNavn = 'etNavnFraEtSenereAar';
    at(body.grunnlag, 0).spesifisering = [{ type: 'NyType', felt: 'x' }];
    at(body.grunnlag, 0).nyttGrunnlagsfelt = true;
    expect(validateSummertSkattegrunnlag(body).ok).toBe(true);
  });

  it('requires type in a spesifisering', () => {
    const body = example();
    at(body.grunnlag, 0).spesifisering = [{ kontonummer: '1' }];
    expect(failure(body).paths).toEqual(['grunnlag[0].spesifisering[0].type']);
  });

  it.each(['2024-02-20T08:38:37.72Z', '2020-02-11T16:11:12.985', '2024-02-20T08:38:37+01:00'])(
    'accepts ajourholdstidspunkt %s (with or without a zone)',
    (ajourholdstidspunkt) => {
      expect(validateSummertSkattegrunnlag({ ...example(), ajourholdstidspunkt }).ok).toBe(true);
    },
  );

  it('rejects an ajourholdstidspunkt that is not a timestamp', () => {
    expect(failure({ ...example(), ajourholdstidspunkt: '20.02.2024' }).paths).toEqual([
      'ajourholdstidspunkt',
    ]);
  });

  it('rejects an inntektsaar sent as a number', () => {
    expect(failure({ ...example(), inntektsaar: 2023 }).paths).toEqual(['inntektsaar']);
  });
});

describe('error bodies', () => {
  it("accepts the documentation's error example as the common Feil", () => {
    const result = validateFeil(readData('examples/feil.json'));
    expect(result.ok ? 'ok' : result.message).toBe('ok');
  });

  it("rejects another API's code (BSA-006) as an SsgFeil, naming kode", () => {
    const result = validateSsgFeil(readData('examples/feil.json'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain('kode');
  });

  it.each(['SSG-001', 'SSG-008', 'SSG-010', 'SSG-011', 'DAS-002', 'DAS-008'])(
    'accepts %s as an SsgFeil',
    (kode) => {
      const body = {
        kode,
        melding: 'Melding.',
        korrelasjonsid: '13a865f5-28f9-47db-9abd-ab78977c79fe',
      };
      expect(validateSsgFeil(body).ok).toBe(true);
    },
  );

  it('rejects an error body whose korrelasjonsid is not a UUID', () => {
    const result = validateSsgFeil({ kode: 'SSG-008', melding: 'x', korrelasjonsid: 'abc' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe('korrelasjonsid');
  });
});
