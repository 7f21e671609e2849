// grant.jti: a grant is used once (MP-012 "Grant is used before"). jti is only "recommended" by
// Digdir, so it is required only with --require-jti; without it the grant itself is its identity.
import { createHash } from 'node:crypto';
import { ReplayCacheFull } from '../../store/replay-cache.js';
import { MaskinportenRefusal } from '../refusal.js';
import { bare } from './quote.js';
import { type GrantContext, type GrantState, need, pass, refuse } from './state.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * What makes two grants the same grant. With jti: the client and its jti (a long jti by its hash,
 * so an entry's size does not grow with the client's input). Without: the signed part,
 * header.payload exactly as sent. The signature is left out because its encoding is malleable
 * (the last base64url character has unused bits a decoder ignores) and adds nothing: an RS*
 * signature of the same input with the same key is always the same.
 */
export function replayKey(clientId: string, jti: string | undefined, signingInput: string): string {
  if (jti === undefined) return `${clientId}|signed:${sha256(signingInput)}`;
  return `${clientId}|jti:${jti.length > 64 ? `sha256:${sha256(jti)}` : jti}`;
}

/**
 * When the replay entry may be forgotten: the first millisecond at which timeWithinLimits refuses
 * the grant as expired (now > exp + skew in whole seconds). Forgetting it any earlier would let
 * the grant through again in its last second.
 */
export function replayUntilMs(exp: number, skewSeconds: number): number {
  return (Math.floor(exp + skewSeconds) + 1) * 1000;
}

/**
 * Remembers the grant; false for a replay. A full replay cache refuses the grant for now (503
 * temporarily_unavailable with Retry-After) rather than forget a live id, which would let that
 * grant be replayed.
 */
function remember(ctx: GrantContext, key: string, untilMs: number): boolean {
  try {
    return ctx.rememberJti(key, untilMs);
  } catch (error) {
    if (!(error instanceof ReplayCacheFull)) throw error;
    throw new MaskinportenRefusal(
      'replayCacheFull',
      `${error.message} (--jti-cache-size ${error.cap}); grants are refused until the oldest expires in ${Math.max(0, Math.ceil((error.retryAtMs - ctx.nowMs) / 1000))} s, rather than forgetting one that could then be replayed`,
      {
        rule: 'grant.jti',
        retryAfterSeconds: Math.max(1, Math.ceil((error.retryAtMs - ctx.nowMs) / 1000)),
      },
    );
  }
}

export function notReplayed(g: GrantState, ctx: GrantContext): void {
  const client = need(g, 'client');
  const jti = need(g, 'jws').payload.jti;
  if (jti !== undefined && (typeof jti !== 'string' || jti === ''))
    refuse('grant.jti', 'invalidClaim', 'jti must be a non-empty string');
  if (jti === undefined && ctx.requireJti)
    refuse('grant.jti', 'missingJti', 'jti is missing (this simulator runs with requireJti)');
  const key = replayKey(client.clientId, jti, need(g, 'jws').signingInput);
  if (!remember(ctx, key, replayUntilMs(need(g, 'exp'), ctx.skewSeconds))) {
    refuse(
      'grant.jti',
      'replay',
      jti === undefined
        ? 'this exact grant (no jti) was used before'
        : `jti reused: ${bare(jti)} was used before by client ${client.clientId}`,
    );
  }
  pass(
    g,
    'grant.jti',
    jti === undefined ? 'no jti; replay keyed on the signed header and payload' : bare(jti),
  );
}
