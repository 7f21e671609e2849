// grant.claims: Digdir's newer documentation refuses claims outside its list ("Invalid
// assertion"). sub and nbf are tolerated: Altinn's system-user examples set sub and Microsoft's
// JsonWebTokenHandler emits nbf, and both are used against production.
import { bareList } from './quote.js';
import { type GrantState, need, refuse } from './state.js';

export const allowedClaims: ReadonlySet<string> = new Set([
  'aud',
  'iss',
  'scope',
  'iat',
  'exp',
  'jti',
  'consumer_org',
  'resource',
  'pid',
  'authorization_details',
  'iss_onbehalfof',
  'sub',
  'nbf',
]);

export function onlyDocumentedClaims(g: GrantState): void {
  const unknown = Object.keys(need(g, 'jws').payload).filter((c) => !allowedClaims.has(c));
  if (unknown.length === 0) return;
  const hint = unknown.includes('consumer_orgno') ? ' (the claim is consumer_org)' : '';
  refuse(
    'grant.claims',
    'unknownClaims',
    `claims not allowed in a grant: ${bareList(unknown)}${hint}`,
    `Invalid assertion. The JWT contains claims that are not allowed: ${bareList(unknown)}`,
  );
}
