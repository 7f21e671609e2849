// grant.x5c and grant.kid (shape only): x5c an array of certificates (a string is MP-123, as
// Digdir documents), kid a non-empty string. Which key they name is checked in key.ts, once the
// client is known.
import { type GrantState, need, refuse } from './state.js';

export function headerMembersWellFormed(g: GrantState): void {
  const { x5c, kid } = need(g, 'jws').header;
  if (
    x5c !== undefined &&
    (!Array.isArray(x5c) || x5c.length === 0 || !x5c.every((c) => typeof c === 'string'))
  ) {
    refuse(
      'grant.x5c',
      'x5cFormat',
      `x5c must be a non-empty array of base64 DER certificates, got ${Array.isArray(x5c) ? 'an array of other values' : typeof x5c}`,
    );
  }
  if (kid !== undefined && (typeof kid !== 'string' || kid === ''))
    refuse('grant.kid', 'malformed', 'kid must be a non-empty string');
}
