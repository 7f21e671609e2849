import { describe, expect, it } from 'vitest';
import { errorFromResponse, findMpCode, findTraceId, MaskinportenError } from './errors.js';

describe('findMpCode', () => {
  it('reads the code from error_uri first, then from the description', () => {
    expect(findMpCode('https://test.maskinporten.no/errors/MP-200', 'MP-999 in text')).toBe(
      'MP-200',
    );
    expect(findMpCode('https://maskinporten.no/errors/MP-121?x=1', undefined)).toBe('MP-121');
    expect(findMpCode(undefined, 'Consumer has not been granted access (MP-250)')).toBe('MP-250');
    expect(findMpCode('https://test.maskinporten.no/errors/', 'no code here')).toBeUndefined();
    expect(findMpCode(undefined, 'XMP-1234')).toBeUndefined();
  });
});

describe('findTraceId', () => {
  it('reads the newer trace_id and the older correlation id', () => {
    expect(findTraceId('Invalid assertion (trace_id: 4b9c8e0f6a2d4e1b9c3f5a7d8e9f0a1b)')).toBe(
      '4b9c8e0f6a2d4e1b9c3f5a7d8e9f0a1b',
    );
    expect(
      findTraceId('Invalid scope (correlation id: 6f1c2f5e-1c0e-4c07-9a55-3a8f9e0b1d2c)'),
    ).toBe('6f1c2f5e-1c0e-4c07-9a55-3a8f9e0b1d2c');
    expect(findTraceId('no id')).toBeUndefined();
  });
});

describe('MaskinportenError', () => {
  it('is retryable for 5xx, 429 and network failures only', () => {
    const make = (status: number, error = 'invalid_grant') =>
      new MaskinportenError({ error, description: '', status });
    expect(make(400).retryable).toBe(false);
    expect(make(403, 'forbidden').retryable).toBe(false);
    expect(make(429).retryable).toBe(true);
    expect(make(500, 'server_error').retryable).toBe(true);
    expect(make(503, 'temporarily_unavailable').retryable).toBe(true);
    expect(make(0, 'network_error').retryable).toBe(true);
  });

  it('keeps an OAuth body as sent', () => {
    const error = errorFromResponse(
      400,
      {
        error: 'invalid_scope',
        error_description: 'Token request contains invalid scopes for client, a:b',
      },
      '',
      'u',
    );
    expect(error).toMatchObject({
      error: 'invalid_scope',
      description: 'Token request contains invalid scopes for client, a:b',
      status: 400,
      errorUri: undefined,
    });
  });
});
