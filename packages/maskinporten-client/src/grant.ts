// The JWT-bearer grant (RFC 7523 §2.1) a client signs to ask Maskinporten for a token.
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { maskinportenValidator } from './contract.js';
import type { GrantClaims, GrantHeader } from './generated/maskinporten/types.gen.js';
import type { ResolvedKey } from './keys.js';

export type GrantAlgorithm = GrantHeader['alg'];

export interface GrantInput {
  readonly key: ResolvedKey;
  readonly alg: GrantAlgorithm;
  /** The `aud`: Maskinporten's issuer identifier, with its trailing slash. */
  readonly audience: string;
  readonly clientId: string;
  readonly scopes: readonly string[];
  readonly consumerOrg?: string | undefined;
  readonly resource?: string | readonly string[] | undefined;
  /** Seconds since the epoch. */
  readonly issuedAt: number;
  readonly lifetimeSeconds: number;
  readonly jti?: string;
}

/** Header and claims of a grant, checked against the contract (`GrantHeader`, `GrantClaims`). */
export function grantParts(input: GrantInput): { header: GrantHeader; claims: GrantClaims } {
  // No `typ`: Maskinporten does not require it; clients send it or not and both work.
  const header: GrantHeader = { alg: input.alg, ...input.key.header };
  const claims: GrantClaims = {
    aud: input.audience,
    iss: input.clientId,
    scope: input.scopes.join(' '),
    iat: input.issuedAt,
    exp: input.issuedAt + input.lifetimeSeconds,
    jti: input.jti ?? randomUUID(),
  };
  if (input.consumerOrg !== undefined) claims.consumer_org = input.consumerOrg;
  if (input.resource !== undefined)
    claims.resource = typeof input.resource === 'string' ? input.resource : [...input.resource];
  const headerCheck = maskinportenValidator.validate('GrantHeader', header);
  if (!headerCheck.ok)
    throw new TypeError(
      `the grant header would not conform to the contract: ${headerCheck.message}`,
    );
  const claimsCheck = maskinportenValidator.validate('GrantClaims', claims);
  if (!claimsCheck.ok)
    throw new TypeError(`the grant would not conform to the contract: ${claimsCheck.message}`);
  return { header, claims };
}

/** The signed grant in compact serialisation. */
export async function signGrant(input: GrantInput): Promise<string> {
  const { header, claims } = grantParts(input);
  return new SignJWT(claims).setProtectedHeader(header).sign(input.key.privateKey);
}
