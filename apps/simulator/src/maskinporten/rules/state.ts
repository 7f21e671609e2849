// What the grant rules share: the grant as it is learnt rule by rule, the journal trail, and the
// two ways a rule ends (a pass step in the trail, or a thrown MaskinportenRefusal).
import type { KeyObject, X509Certificate } from 'node:crypto';
import type { TrailStep } from '../../journal/journal.js';
import type {
  Client,
  Delegation,
  Onboarding,
  Organisation,
  RegisteredKey,
} from '../../store/types.js';
import type { MpErrorKey } from '../errors.js';
import type { DecodedJws, RsaAlgorithm } from '../jwt.js';
import { MaskinportenRefusal } from '../refusal.js';

/** What the rules read from the server: configuration, clock and state, as plain functions. */
export interface GrantContext {
  readonly issuer: string;
  readonly tokenEndpoint: string;
  readonly nowMs: number;
  readonly maxLifetimeSeconds: number;
  readonly skewSeconds: number;
  readonly requireJti: boolean;
  readonly ca: X509Certificate;
  getClient(clientId: string): Client | undefined;
  findClientByKid(kid: string): Client | undefined;
  keyObject(key: RegisteredKey): KeyObject;
  /** False when `key` is already remembered and not yet expired (a replay). */
  rememberJti(key: string, expiresAtMs: number): boolean;
  getOnboarding(orgnr: string): Onboarding | undefined;
  getOrganisation(orgnr: string): Organisation | undefined;
  findDelegation(offeredBy: string, coveredBy: string, scope: string): Delegation | undefined;
}

export type ClientAmr = 'private_key_jwt' | 'virksomhetssertifikat';

/** The grant as the rules have learnt it so far; each rule fills in what later rules need. */
export interface GrantState {
  readonly assertion: string;
  readonly trail: TrailStep[];
  jws?: DecodedJws;
  alg?: RsaAlgorithm;
  /** The grant's exp (seconds), once timeWithinLimits has checked it. */
  exp?: number;
  client?: Client;
  key?: KeyObject;
  clientAmr?: ClientAmr;
  scopes?: readonly string[];
  consumerOrg?: string;
  /** Set when the client asks on behalf of consumer_org (Altinn delegation). */
  supplierOrg?: string;
}

/** One rule step: returns when the grant passes, throws a MaskinportenRefusal when it does not. */
export type GrantRule = (g: GrantState, ctx: GrantContext) => void;

export function newGrantState(assertion: string): GrantState {
  return { assertion, trail: [] };
}

export function pass(g: GrantState, rule: string, detail?: string): void {
  g.trail.push(detail === undefined ? { rule, result: 'pass' } : { rule, result: 'pass', detail });
}

export function refuse(
  rule: string,
  error: MpErrorKey,
  reason: string,
  description?: string,
): never {
  throw new MaskinportenRefusal(
    error,
    reason,
    description === undefined ? { rule } : { rule, description },
  );
}

/** A value an earlier rule set; its absence means the rules run out of order (a simulator bug). */
export function need<K extends keyof GrantState>(
  g: GrantState,
  name: K,
): NonNullable<GrantState[K]> {
  const value = g[name];
  if (value === undefined || value === null)
    throw new Error(`grant rules out of order: ${name} is not known yet`);
  return value as NonNullable<GrantState[K]>;
}

// RFC 7519 NumericDate: seconds since the epoch, fractions allowed.
export const isNumericDate = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v);
