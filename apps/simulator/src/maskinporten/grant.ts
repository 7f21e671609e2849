// The JWT-bearer grant, checked as Maskinporten checks it: the ordered rules in rules/, run over
// one grant. A plain function: data in, decision out, with the trail of every rule it passed and
// the reason for the one it failed.
import type { TrailStep } from '../journal/journal.js';
import type { Client } from '../store/types.js';
import type { MpErrorKey } from './errors.js';
import { MaskinportenRefusal } from './refusal.js';
import { grantRules } from './rules/index.js';
import {
  type ClientAmr,
  type GrantContext,
  type GrantState,
  need,
  newGrantState,
} from './rules/state.js';

export type { GrantContext } from './rules/state.js';

export interface GrantAccepted {
  readonly ok: true;
  readonly client: Client;
  readonly clientAmr: ClientAmr;
  readonly scopes: readonly string[];
  readonly consumerOrg: string;
  /** Set when the client asked on behalf of consumer_org (Altinn delegation). */
  readonly supplierOrg?: string;
  readonly resource?: string | readonly string[];
  readonly pid?: string;
  readonly trail: TrailStep[];
}

export interface GrantRefused {
  readonly ok: false;
  readonly error: MpErrorKey;
  /** Replaces the catalogue's description where the real one names values (scopes, orgs). */
  readonly description?: string;
  readonly reason: string;
  readonly clientId?: string;
  readonly consumerOrg?: string;
  readonly supplierOrg?: string;
  readonly trail: TrailStep[];
  /** The refusal itself, for the token endpoint's boundary to throw on. */
  readonly refusal: MaskinportenRefusal;
}

export type GrantDecision = GrantAccepted | GrantRefused;

function refused(g: GrantState, refusal: MaskinportenRefusal): GrantRefused {
  g.trail.push({ rule: refusal.rule ?? 'grant', result: 'fail', detail: refusal.reason });
  return {
    ok: false,
    error: refusal.error,
    reason: refusal.reason,
    trail: g.trail,
    refusal,
    ...(refusal.description === undefined ? {} : { description: refusal.description }),
    ...(g.client === undefined ? {} : { clientId: g.client.clientId }),
    ...(g.consumerOrg === undefined ? {} : { consumerOrg: g.consumerOrg }),
    ...(g.supplierOrg === undefined ? {} : { supplierOrg: g.supplierOrg }),
  };
}

function accepted(g: GrantState): GrantAccepted {
  const { resource, pid } = need(g, 'jws').payload;
  return {
    ok: true,
    client: need(g, 'client'),
    clientAmr: need(g, 'clientAmr'),
    scopes: need(g, 'scopes'),
    consumerOrg: need(g, 'consumerOrg'),
    ...(g.supplierOrg === undefined ? {} : { supplierOrg: g.supplierOrg }),
    // resourceIsUri checked the shape.
    ...(resource === undefined ? {} : { resource: resource as string | string[] }),
    ...(typeof pid === 'string' ? { pid } : {}),
    trail: g.trail,
  };
}

export function checkGrant(assertion: string, ctx: GrantContext): GrantDecision {
  const g = newGrantState(assertion);
  try {
    for (const rule of grantRules) rule(g, ctx);
  } catch (error) {
    if (error instanceof MaskinportenRefusal) return refused(g, error);
    throw error;
  }
  return accepted(g);
}
