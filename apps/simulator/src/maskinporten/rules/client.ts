// grant.iss: the grant's iss is the client_id of a registered client (MP-100 otherwise).
import { quote } from './quote.js';
import { type GrantContext, type GrantState, need, pass, refuse } from './state.js';

export function registeredClient(g: GrantState, ctx: GrantContext): void {
  const iss = need(g, 'jws').payload.iss;
  if (typeof iss !== 'string' || iss === '')
    refuse('grant.iss', 'clientNotFound', 'iss is missing; it must be the client_id');
  const client = ctx.getClient(iss);
  if (client === undefined) {
    refuse(
      'grant.iss',
      'clientNotFound',
      `no client with client_id ${quote(iss)} (iss must be the client_id)`,
    );
  }
  g.client = client;
  pass(g, 'grant.iss', `client ${client.clientId} of ${client.navn} (${client.orgnr})`);
}
