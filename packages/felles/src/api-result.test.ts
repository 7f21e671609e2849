import { describe, expect, it } from 'vitest';
import { readFeil, toApiResult } from './api-result.js';
import { RequestError } from './request-error.js';

const feil = { kode: 'IM-008', melding: 'Fant ingen inntekter.', korrelasjonsid: 'c' };
const response = (status: number) => new Response(null, { status });
const request = new Request('http://127.0.0.1/v1/nav/01818710190/inntekter');

describe('toApiResult', () => {
  it('answers a 2xx with its data', () => {
    expect(toApiResult({ data: { a: 1 }, request, response: response(200) })).toMatchObject({
      ok: true,
      status: 200,
      data: { a: 1 },
    });
  });

  it('answers an error status with the error body from JSON or XML, and the raw body', () => {
    expect(toApiResult({ error: feil, request, response: response(404) })).toMatchObject({
      ok: false,
      status: 404,
      feil,
      body: feil,
    });
    const xml = `<feil><kode>IM-008</kode><melding>Fant ingen inntekter.</melding><korrelasjonsid>c</korrelasjonsid></feil>`;
    expect(toApiResult({ error: xml, request, response: response(404) })).toMatchObject({
      ok: false,
      feil,
      body: xml,
    });
  });

  it('gives feil undefined for a body of another shape', () => {
    expect(
      toApiResult({ error: 'Unknown instance', request, response: response(404) }),
    ).toMatchObject({ ok: false, feil: undefined, body: 'Unknown instance' });
  });

  it('throws the error of a call that got no answer as it is', () => {
    const error = new Error('token provider failed');
    expect(() => toApiResult({ error })).toThrow(error);
  });

  it('throws invalid_response for a 2xx whose body could not be parsed, with the identifier masked', () => {
    let thrown: unknown;
    try {
      toApiResult({
        error: new SyntaxError('Unexpected token <'),
        request,
        response: response(200),
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RequestError);
    expect(thrown).toMatchObject({
      code: 'invalid_response',
      retryable: false,
      url: 'http://127.0.0.1/v1/nav/***********/inntekter',
    });
  });
});

describe('readFeil', () => {
  it('keeps only the three fields of an error body', () => {
    expect(readFeil({ ...feil, extra: true })).toEqual(feil);
    expect(readFeil({ kode: 'X' })).toBeUndefined();
    expect(readFeil(null)).toBeUndefined();
  });
});
