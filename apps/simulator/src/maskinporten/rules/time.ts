// grant.iat, grant.exp, grant.lifetime, grant.nbf, passed together as grant.time: iat at most the
// skew in the future, exp not passed by more than the skew, exp − iat within the lifetime limit
// (120 s documented, 180 s observed: configurable), nbf (tolerated) not in the future.
import { quote } from './quote.js';
import { type GrantContext, type GrantState, isNumericDate, need, pass, refuse } from './state.js';

const nowSeconds = (ctx: GrantContext) => Math.floor(ctx.nowMs / 1000);

export function iatNotInFuture(iat: unknown, ctx: GrantContext): number {
  if (!isNumericDate(iat)) {
    refuse(
      'grant.iat',
      'missingIat',
      `iat is ${iat === undefined ? 'missing' : `not a number (${quote(iat)})`}`,
    );
  }
  const now = nowSeconds(ctx);
  if (iat > now + ctx.skewSeconds) {
    refuse(
      'grant.iat',
      'iatFuture',
      `iat is ${Math.round(iat - now)} s in the future, limit ${ctx.skewSeconds} s`,
    );
  }
  return iat;
}

export function expNotPassed(exp: unknown, ctx: GrantContext): number {
  if (!isNumericDate(exp)) {
    refuse(
      'grant.exp',
      'missingExp',
      `exp is ${exp === undefined ? 'missing' : `not a number (${quote(exp)})`}`,
    );
  }
  const now = nowSeconds(ctx);
  if (now > exp + ctx.skewSeconds) {
    refuse(
      'grant.exp',
      'expired',
      `exp passed ${Math.round(now - exp)} s ago, limit ${ctx.skewSeconds} s`,
    );
  }
  return exp;
}

export function lifetimeWithinLimit(iat: number, exp: number, ctx: GrantContext): number {
  const lifetime = exp - iat;
  if (lifetime > ctx.maxLifetimeSeconds) {
    refuse(
      'grant.lifetime',
      'lifetime',
      `exp − iat is ${lifetime} s, limit ${ctx.maxLifetimeSeconds} s`,
    );
  }
  if (lifetime <= 0)
    refuse('grant.lifetime', 'invalidClaim', `exp (${exp}) is not after iat (${iat})`);
  return lifetime;
}

export function nbfNotInFuture(nbf: unknown, ctx: GrantContext): void {
  if (nbf !== undefined && (!isNumericDate(nbf) || nbf > nowSeconds(ctx) + ctx.skewSeconds)) {
    refuse('grant.nbf', 'invalidClaim', `nbf ${quote(nbf)} is not a time at or before now`);
  }
}

export function timeWithinLimits(g: GrantState, ctx: GrantContext): void {
  const { payload } = need(g, 'jws');
  const iat = iatNotInFuture(payload.iat, ctx);
  const exp = expNotPassed(payload.exp, ctx);
  const lifetime = lifetimeWithinLimit(iat, exp, ctx);
  nbfNotInFuture(payload.nbf, ctx);
  g.exp = exp;
  pass(g, 'grant.time', `iat ${iat}, exp ${exp}, lifetime ${lifetime} s`);
}
