// Example JWTs for pact files. They look like the real thing (three base64url parts with the
// contract's claims) so a client that decodes tokens works in a consumer test, but their
// signature is the text "example-signature": a pact never carries a usable credential.
import { MatchersV3 } from '@pact-foundation/pact';

/** Matches any JWS in compact serialisation (header.payload.signature). */
export const compactJwsPattern = '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$';

const exampleSignature = Buffer.from('example-signature').toString('base64url');

function part(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** An unsigned-in-effect JWT with these claims, for examples in pact files. */
export function exampleJwt(
  claims: Readonly<Record<string, unknown>>,
  header: Readonly<Record<string, unknown>> = { alg: 'RS256', kid: 'example-key' },
): string {
  return `${part(header)}.${part(claims)}.${exampleSignature}`;
}

/** The claims of a JWT (no signature check): for verifiers that read a pact's example grant. */
export function decodeJwtClaims(jwt: string): Record<string, unknown> | undefined {
  const payload = jwt.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return claims !== null && typeof claims === 'object'
      ? (claims as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** A fixed point in time for example claims, so pact files are the same on every run. */
export const exampleIssuedAt = 1_767_225_600; // 2026-01-01T00:00:00Z

/**
 * Matcher for an `Authorization` request header: any bearer token. The example is a fake JWT,
 * so the pact file never records a real token; the provider's verifier injects a fresh one.
 */
export function bearerToken(
  claims: Readonly<Record<string, unknown>> = { scope: 'example' },
): ReturnType<typeof MatchersV3.regex> {
  return MatchersV3.regex('^Bearer [A-Za-z0-9._~+/-]+=*$', `Bearer ${exampleJwt(claims)}`);
}
