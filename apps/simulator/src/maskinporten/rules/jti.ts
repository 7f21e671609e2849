// grant.jti: a grant is used once (MP-012 "Grant is used before"). jti is only "recommended" by
// Digdir, so it is required only with --require-jti; without it the grant itself is its identity.
import { createHash } from 'node:crypto';
import { bare } from './quote.js';
import { type GrantContext, type GrantState, need, pass, refuse } from './state.js';

export function notReplayed(g: GrantState, ctx: GrantContext): void {
  const client = need(g, 'client');
  const jti = need(g, 'jws').payload.jti;
  if (jti !== undefined && (typeof jti !== 'string' || jti === ''))
    refuse('grant.jti', 'invalidClaim', 'jti must be a non-empty string');
  if (jti === undefined && ctx.requireJti)
    refuse('grant.jti', 'missingJti', 'jti is missing (this simulator runs with requireJti)');
  // Without jti the grant itself identifies it: the same grant sent twice is still a replay.
  const replayKey = `${client.clientId}|${jti ?? `sha256:${createHash('sha256').update(g.assertion).digest('base64url')}`}`;
  if (!ctx.rememberJti(replayKey, (need(g, 'exp') + ctx.skewSeconds) * 1000)) {
    refuse(
      'grant.jti',
      'replay',
      jti === undefined
        ? 'this exact grant (no jti) was used before'
        : `jti reused: ${bare(jti)} was used before by client ${client.clientId}`,
    );
  }
  pass(g, 'grant.jti', jti === undefined ? 'no jti; replay keyed on the grant hash' : bare(jti));
}
