// grant.format: the assertion is a compact JWS (RFC 7515 §7.1). Whitespace around it is refused
// rather than trimmed, as Maskinporten refuses a grant with a stray newline (MP-011).
import { decodeJws } from '../jwt.js';
import { type GrantState, pass, refuse } from './state.js';

export function compactJws(g: GrantState): void {
  const jws = decodeJws(g.assertion.trim() === g.assertion ? g.assertion : '');
  if (jws === undefined) {
    refuse(
      'grant.format',
      'malformed',
      'assertion is not a compact JWS (three base64url parts with a JSON header and payload; no whitespace)',
    );
  }
  g.jws = jws;
  pass(g, 'grant.format');
}
