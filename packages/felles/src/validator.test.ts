import { describe, expect, it } from 'vitest';
import { createValidator, pointerToPath } from './validator.js';

const document = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://example.test/doc.schema.json',
  $defs: {
    Svar: {
      type: 'object',
      required: ['skjermet', 'grunnlag'],
      properties: {
        skjermet: { type: 'boolean' },
        grunnlag: { type: 'array', items: { $ref: '#/$defs/Grunnlag' } },
      },
      xml: { name: 'svar' },
    },
    Grunnlag: {
      type: 'object',
      required: ['tekniskNavn', 'beloep'],
      properties: {
        tekniskNavn: { type: 'string' },
        beloep: { type: 'integer' },
        kategori: { type: 'string', enum: ['inntekt', 'formue', '-'] },
        dato: { type: 'string', format: 'date' },
      },
      'x-extension': true,
    },
  },
} as const;

describe('createValidator', () => {
  const validator = createValidator(document);
  const valid = {
    skjermet: false,
    grunnlag: [{ tekniskNavn: 'innskudd', beloep: 10, kategori: 'formue' }],
  };

  it('accepts a conforming body and returns it typed', () => {
    expect(validator.validate('Svar', valid)).toEqual({ ok: true, value: valid });
  });

  it('names the exact path of a wrong type, with the offending value', () => {
    const result = validator.validate('Svar', {
      ...valid,
      grunnlag: [{ tekniskNavn: 'x', beloep: '10' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: 'grunnlag[0].beloep', message: 'must be integer (got "10")' },
    ]);
    expect(result.message).toBe('Svar: grunnlag[0].beloep: must be integer (got "10")');
  });

  it('names a missing property by its full path', () => {
    const result = validator.validate('Svar', { grunnlag: [{ beloep: 1 }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.path}: ${e.message}`)).toEqual(
      expect.arrayContaining(['grunnlag[0].tekniskNavn: is required', 'skjermet: is required']),
    );
  });

  it('lists the allowed values of an enum', () => {
    const result = validator.validate('Svar', {
      ...valid,
      grunnlag: [{ tekniskNavn: 'x', beloep: 1, kategori: 'ukjent' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(
      'grunnlag[0].kategori: must be one of "inntekt", "formue", "-" (got "ukjent")',
    );
  });

  it('checks formats', () => {
    const result = validator.validate('Grunnlag', {
      tekniskNavn: 'x',
      beloep: 1,
      dato: '2024-13-40',
    });
    expect(result.ok).toBe(false);
  });

  it('throws a ContractValidationError from assert', () => {
    expect(() => validator.assert('Svar', {})).toThrow(
      /Svar does not conform to the contract: .*skjermet: is required/,
    );
  });

  it('refuses an unknown schema name', () => {
    expect(() => validator.validate('Nope' as 'Svar', {})).toThrow(/has no schema named "Nope"/);
  });
});

describe('oneOf', () => {
  const validator = createValidator({
    $id: 'https://example.test/oneof.schema.json',
    $defs: {
      Inntekt: {
        type: 'object',
        oneOf: [
          { required: ['loennsinntekt'] },
          { required: ['naeringsinntekt'] },
          { required: ['pensjonEllerTrygd'] },
        ],
      },
      Liste: {
        type: 'object',
        properties: { inntekt: { type: 'array', items: { $ref: '#/$defs/Inntekt' } } },
      },
    },
  });

  it('says a body matching two alternatives matches too many, not that a third is missing', () => {
    const result = validator.validate('Liste', {
      inntekt: [{ loennsinntekt: {}, naeringsinntekt: {} }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: 'inntekt[0]', message: 'must match exactly one of the alternatives, but matches 2' },
    ]);
  });

  it('still names what is missing when no alternative matches', () => {
    const result = validator.validate('Liste', { inntekt: [{}] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toContain('inntekt[0].loennsinntekt');
  });
});

describe('pointerToPath', () => {
  it('renders indexes, identifiers and odd keys', () => {
    expect(pointerToPath('')).toBe('');
    expect(pointerToPath('/a/0/b')).toBe('a[0].b');
    expect(pointerToPath('/a~1b/with space')).toBe('["a/b"]["with space"]');
  });
});
