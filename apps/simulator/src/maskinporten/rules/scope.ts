// grant.scope: a space-separated list, every scope registered on the client (MP-200). A
// supplier's client must have the scope registered too, as Digdir and KS tell suppliers to do.
import { bareList } from './quote.js';
import { type GrantState, need, pass, refuse } from './state.js';

export function scopesRegistered(g: GrantState): void {
  const client = need(g, 'client');
  const scopeClaim = need(g, 'jws').payload.scope;
  if (typeof scopeClaim !== 'string' || scopeClaim.trim() === '')
    refuse('grant.scope', 'missingScope', 'scope is missing or empty');
  const scopes = [...new Set(scopeClaim.trim().split(/\s+/))];
  const notAllowed = scopes.filter((s) => !client.scopes.includes(s));
  if (notAllowed.length > 0) {
    refuse(
      'grant.scope',
      'scopeNotAllowed',
      `scope ${bareList(notAllowed, ' ')} is not registered on client ${client.clientId} (registered: ${client.scopes.join(' ') || 'none'})`,
      `Token request contains invalid scopes for client, ${bareList(notAllowed, ' ')}`,
    );
  }
  g.scopes = scopes;
  pass(g, 'grant.scope', scopes.join(' '));
}
