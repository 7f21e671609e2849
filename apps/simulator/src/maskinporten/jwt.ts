// Compact JWS with RSA PKCS#1 v1.5 (RS256/384/512) on Node's crypto: synchronous and fast, which
// keeps the token endpoint and the APIs' token check off jose's async path.
import { type KeyObject, sign, verify } from 'node:crypto';

export const rsaAlgorithms = { RS256: 'sha256', RS384: 'sha384', RS512: 'sha512' } as const;
export type RsaAlgorithm = keyof typeof rsaAlgorithms;

export function isRsaAlgorithm(alg: unknown): alg is RsaAlgorithm {
  return typeof alg === 'string' && Object.hasOwn(rsaAlgorithms, alg);
}

export function b64url(input: Buffer | string): string {
  return Buffer.from(input).toString('base64url');
}

export interface DecodedJws {
  readonly header: Record<string, unknown>;
  readonly payload: Record<string, unknown>;
  readonly signingInput: string;
  readonly signature: Buffer;
}

const segment = /^[A-Za-z0-9_-]*$/;

function parseObject(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Splits and decodes a compact JWS without verifying it; undefined when it is not one. */
export function decodeJws(token: string): DecodedJws | undefined {
  const first = token.indexOf('.');
  const second = token.indexOf('.', first + 1);
  if (first <= 0 || second <= first + 1 || token.indexOf('.', second + 1) !== -1) return undefined;
  const h = token.slice(0, first);
  const p = token.slice(first + 1, second);
  const s = token.slice(second + 1);
  if (!segment.test(h) || !segment.test(p) || !segment.test(s)) return undefined;
  const header = parseObject(h);
  const payload = parseObject(p);
  if (header === undefined || payload === undefined) return undefined;
  return {
    header,
    payload,
    signingInput: token.slice(0, second),
    signature: Buffer.from(s, 'base64url'),
  };
}

export function verifySignature(jws: DecodedJws, alg: RsaAlgorithm, key: KeyObject): boolean {
  try {
    return verify(rsaAlgorithms[alg], Buffer.from(jws.signingInput), key, jws.signature);
  } catch {
    return false;
  }
}

/** Signs `payload` (already ordered as it should appear) with the given header. */
export function signJws(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  key: KeyObject,
): string {
  // A header naming another alg still gets an RS256 signature (tests build such grants on purpose).
  const hash = isRsaAlgorithm(header.alg) ? rsaAlgorithms[header.alg] : 'sha256';
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  return `${input}.${sign(hash, Buffer.from(input), key).toString('base64url')}`;
}

/**
 * Like signJws, but the RSA signature is computed on libuv's thread pool, so the event loop keeps
 * serving other requests meanwhile (signing is by far the token endpoint's largest cost).
 */
export function signJwsAsync(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  key: KeyObject,
): Promise<string> {
  const hash = isRsaAlgorithm(header.alg) ? rsaAlgorithms[header.alg] : 'sha256';
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  return new Promise((resolve, reject) => {
    sign(hash, Buffer.from(input), key, (error, signature) => {
      if (error !== null) reject(error);
      else resolve(`${input}.${signature.toString('base64url')}`);
    });
  });
}
