// grant.aud: exactly the issuer, one value (MP-110). Digdir no longer accepts the token endpoint
// as audience; the reason names the near misses clients make (token URL, missing slash, array).
import { quote } from './quote.js';
import { type GrantContext, type GrantState, need, pass, refuse } from './state.js';

function whyNotIssuer(aud: unknown, ctx: GrantContext): string {
  if (aud === undefined) return 'aud is missing';
  if (Array.isArray(aud)) {
    const first = aud.length === 0 ? '' : `, the first ${quote(aud[0])}`;
    return `aud must be a single value, got ${quote(aud)}${first}`;
  }
  if (aud === ctx.tokenEndpoint)
    return `aud is the token endpoint ${quote(aud)}; Maskinporten accepts only the issuer ${ctx.issuer}`;
  if (typeof aud === 'string' && `${aud}/` === ctx.issuer)
    return `aud ${quote(aud)} lacks the issuer's trailing slash (${ctx.issuer})`;
  return `aud ${quote(aud)} is not the issuer ${ctx.issuer}`;
}

export function audIsTheIssuer(g: GrantState, ctx: GrantContext): void {
  const aud = need(g, 'jws').payload.aud;
  if (aud !== ctx.issuer) refuse('grant.aud', 'aud', whyNotIssuer(aud, ctx));
  pass(g, 'grant.aud');
}
