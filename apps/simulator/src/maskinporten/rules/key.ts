// grant.key, grant.kid, grant.x5c: the key the grant is signed with. Exactly one of kid (a key
// registered on the client, valid one year) and x5c (a virksomhetssertifikat from the test CA for
// the client's organisation); a client with registered keys must use kid (reference §4).
import { verifyChain } from '../../ca/ca.js';
import type { Client } from '../../store/types.js';
import { bare, bareList } from './quote.js';
import { type GrantContext, type GrantState, need, pass, refuse } from './state.js';

function registeredKey(g: GrantState, ctx: GrantContext, client: Client, kid: string): void {
  const registered = client.keys.find((k) => k.kid === kid);
  if (registered === undefined) {
    const owner = ctx.findClientByKid(kid);
    const where =
      owner === undefined ? 'no client has it' : `it is registered on client ${owner.clientId}`;
    refuse(
      'grant.kid',
      'unknownKid',
      `kid ${bare(kid)} is not registered on client ${client.clientId} (${where}; registered: ${bareList(client.keys.map((k) => k.kid)) || 'none'})`,
    );
  }
  if (Date.parse(registered.expiresAt) < ctx.nowMs) {
    refuse(
      'grant.kid',
      'expiredKey',
      `key ${kid} expired at ${registered.expiresAt} (keys are valid one year from upload; register it again)`,
    );
  }
  g.key = ctx.keyObject(registered);
  g.clientAmr = 'private_key_jwt';
  pass(g, 'grant.kid', kid);
}

function certificateKey(g: GrantState, ctx: GrantContext, client: Client, x5c: string[]): void {
  if (client.keys.length > 0) {
    refuse(
      'grant.key',
      'requiresJwk',
      `client ${client.clientId} has registered keys, so the grant must name one with kid instead of sending x5c`,
    );
  }
  const chain = verifyChain(x5c, ctx.ca, new Date(ctx.nowMs));
  if (!chain.ok) refuse('grant.x5c', 'badCertificate', chain.reason);
  if (chain.orgnr !== client.orgnr) {
    refuse(
      'grant.x5c',
      'certOrgnr',
      `certificate organisation number ${chain.orgnr ?? '(none in subject serialNumber)'} does not match the client's ${client.orgnr}`,
    );
  }
  g.key = chain.leaf.publicKey;
  g.clientAmr = 'virksomhetssertifikat';
  pass(g, 'grant.x5c', `virksomhetssertifikat for ${chain.orgnr}`);
}

export function signingKey(g: GrantState, ctx: GrantContext): void {
  const client = need(g, 'client');
  // Shapes were checked by headerMembersWellFormed.
  const kid = need(g, 'jws').header.kid as string | undefined;
  const x5c = need(g, 'jws').header.x5c as string[] | undefined;
  if (kid !== undefined && x5c !== undefined)
    refuse('grant.key', 'kidAndX5c', 'the header has both kid and x5c; send exactly one');
  if (kid !== undefined) registeredKey(g, ctx, client, kid);
  else if (x5c !== undefined) certificateKey(g, ctx, client, x5c);
  else if (client.keys.length > 0) {
    refuse(
      'grant.key',
      'requiresJwk',
      `client ${client.clientId} has registered keys, and the grant has no kid`,
    );
  } else refuse('grant.key', 'kidAndX5c', 'the header has neither kid nor x5c');
}
