// The JWT-bearer grant, checked as Maskinporten checks it (shared/reference/maskinporten.md §3–§9,
// altinn-delegation.md §5). A plain function: data in, decision out, with the trail of every
// rule it passed and the reason for the one it failed.
import { createHash, type KeyObject, type X509Certificate } from 'node:crypto';
import { delegationGranted } from '../altinn/rules.js';
import { verifyChain } from '../ca/ca.js';
import type { TrailStep } from '../journal/journal.js';
import { apiOfScope } from '../onboarding/apis.js';
import { orgLabel, scopeGranted } from '../onboarding/rules.js';
import type {
  Client,
  Delegation,
  Onboarding,
  Organisation,
  RegisteredKey,
} from '../store/types.js';
import type { MpErrorKey } from './errors.js';
import { decodeJws, isRsaAlgorithm, verifySignature } from './jwt.js';

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
  rememberJti(key: string, expiresAtMs: number): boolean;
  getOnboarding(orgnr: string): Onboarding | undefined;
  getOrganisation(orgnr: string): Organisation | undefined;
  findDelegation(offeredBy: string, coveredBy: string, scope: string): Delegation | undefined;
}

export interface GrantAccepted {
  readonly ok: true;
  readonly client: Client;
  readonly clientAmr: 'private_key_jwt' | 'virksomhetssertifikat';
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
}

export type GrantDecision = GrantAccepted | GrantRefused;

const allowedClaims = new Set([
  'aud',
  'iss',
  'scope',
  'iat',
  'exp',
  'jti',
  'consumer_org',
  'resource',
  'pid',
  'authorization_details',
  'iss_onbehalfof',
  // Not in Digdir's list, but sent by clients that work in production (Altinn's system-user
  // examples set sub; Microsoft's JsonWebTokenHandler emits nbf), so tolerated.
  'sub',
  'nbf',
]);
const detailTypes = new Set(['urn:altinn:systemuser', 'urn:altinn:consent']);

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function checkGrant(assertion: string, ctx: GrantContext): GrantDecision {
  const trail: TrailStep[] = [];
  const pass = (rule: string, detail?: string) =>
    trail.push(detail === undefined ? { rule, result: 'pass' } : { rule, result: 'pass', detail });
  let clientId: string | undefined;
  let consumerOrg: string | undefined;
  let supplierOrg: string | undefined;
  const refuse = (
    rule: string,
    error: MpErrorKey,
    reason: string,
    description?: string,
  ): GrantRefused => {
    trail.push({ rule, result: 'fail', detail: reason });
    return {
      ok: false,
      error,
      reason,
      trail,
      ...(description === undefined ? {} : { description }),
      ...(clientId === undefined ? {} : { clientId }),
      ...(consumerOrg === undefined ? {} : { consumerOrg }),
      ...(supplierOrg === undefined ? {} : { supplierOrg }),
    };
  };

  const jws = decodeJws(assertion.trim() === assertion ? assertion : '');
  if (jws === undefined) {
    return refuse(
      'grant.format',
      'malformed',
      'assertion is not a compact JWS (three base64url parts with a JSON header and payload; no whitespace)',
    );
  }
  const { header, payload } = jws;
  pass('grant.format');

  const alg = header.alg;
  if (!isRsaAlgorithm(alg)) {
    return refuse(
      'grant.alg',
      'signature',
      `alg ${JSON.stringify(alg)} is not accepted; Maskinporten accepts RS256, RS384, RS512`,
    );
  }
  pass('grant.alg', String(alg));

  if (
    header.x5c !== undefined &&
    (!Array.isArray(header.x5c) ||
      header.x5c.length === 0 ||
      !header.x5c.every((c) => typeof c === 'string'))
  ) {
    return refuse(
      'grant.x5c',
      'x5cFormat',
      `x5c must be a non-empty array of base64 DER certificates, got ${Array.isArray(header.x5c) ? 'an array of other values' : typeof header.x5c}`,
    );
  }
  if (header.kid !== undefined && (typeof header.kid !== 'string' || header.kid === '')) {
    return refuse('grant.kid', 'malformed', 'kid must be a non-empty string');
  }

  const iss = payload.iss;
  if (typeof iss !== 'string' || iss === '')
    return refuse('grant.iss', 'clientNotFound', 'iss is missing; it must be the client_id');
  const client = ctx.getClient(iss);
  if (client === undefined)
    return refuse(
      'grant.iss',
      'clientNotFound',
      `no client with client_id ${JSON.stringify(iss)} (iss must be the client_id)`,
    );
  clientId = client.clientId;
  pass('grant.iss', `client ${client.clientId} of ${client.navn} (${client.orgnr})`);

  let key: KeyObject;
  let clientAmr: GrantAccepted['clientAmr'];
  const kid = header.kid as string | undefined;
  const x5c = header.x5c as string[] | undefined;
  if (kid !== undefined && x5c !== undefined)
    return refuse('grant.key', 'kidAndX5c', 'the header has both kid and x5c; send exactly one');
  if (kid !== undefined) {
    const registered = client.keys.find((k) => k.kid === kid);
    if (registered === undefined) {
      const owner = ctx.findClientByKid(kid);
      const where =
        owner === undefined ? 'no client has it' : `it is registered on client ${owner.clientId}`;
      return refuse(
        'grant.kid',
        'unknownKid',
        `kid ${kid} is not registered on client ${client.clientId} (${where}; registered: ${client.keys.map((k) => k.kid).join(', ') || 'none'})`,
      );
    }
    if (Date.parse(registered.expiresAt) < ctx.nowMs) {
      return refuse(
        'grant.kid',
        'expiredKey',
        `key ${kid} expired at ${registered.expiresAt} (keys are valid one year from upload; register it again)`,
      );
    }
    key = ctx.keyObject(registered);
    clientAmr = 'private_key_jwt';
    pass('grant.kid', kid);
  } else if (x5c !== undefined) {
    if (client.keys.length > 0) {
      return refuse(
        'grant.key',
        'requiresJwk',
        `client ${client.clientId} has registered keys, so the grant must name one with kid instead of sending x5c`,
      );
    }
    const chain = verifyChain(x5c, ctx.ca, new Date(ctx.nowMs));
    if (!chain.ok) return refuse('grant.x5c', 'badCertificate', chain.reason);
    if (chain.orgnr !== client.orgnr) {
      return refuse(
        'grant.x5c',
        'certOrgnr',
        `certificate organisation number ${chain.orgnr ?? '(none in subject serialNumber)'} does not match the client's ${client.orgnr}`,
      );
    }
    key = chain.leaf.publicKey;
    clientAmr = 'virksomhetssertifikat';
    pass('grant.x5c', `virksomhetssertifikat for ${chain.orgnr}`);
  } else if (client.keys.length > 0) {
    return refuse(
      'grant.key',
      'requiresJwk',
      `client ${client.clientId} has registered keys, and the grant has no kid`,
    );
  } else {
    return refuse('grant.key', 'kidAndX5c', 'the header has neither kid nor x5c');
  }

  if (!verifySignature(jws, alg, key)) {
    return refuse(
      'grant.signature',
      'signature',
      `signature does not verify with ${clientAmr === 'private_key_jwt' ? `the key registered as ${kid}` : 'the certificate in x5c'} (${alg})`,
    );
  }
  pass('grant.signature');

  const unknown = Object.keys(payload).filter((c) => !allowedClaims.has(c));
  if (unknown.length > 0) {
    const hint = unknown.includes('consumer_orgno') ? ' (the claim is consumer_org)' : '';
    return refuse(
      'grant.claims',
      'unknownClaims',
      `claims not allowed in a grant: ${unknown.join(', ')}${hint}`,
      `Invalid assertion. The JWT contains claims that are not allowed: ${unknown.join(', ')}`,
    );
  }

  const aud = payload.aud;
  if (aud !== ctx.issuer) {
    let why: string;
    if (aud === undefined) why = 'aud is missing';
    else if (Array.isArray(aud))
      why = `aud must be a single value, got an array ${JSON.stringify(aud)}`;
    else if (aud === ctx.tokenEndpoint)
      why = `aud is the token endpoint ${JSON.stringify(aud)}; Maskinporten accepts only the issuer ${ctx.issuer}`;
    else if (typeof aud === 'string' && `${aud}/` === ctx.issuer)
      why = `aud ${JSON.stringify(aud)} lacks the issuer's trailing slash (${ctx.issuer})`;
    else why = `aud ${JSON.stringify(aud)} is not the issuer ${ctx.issuer}`;
    return refuse('grant.aud', 'aud', why);
  }
  pass('grant.aud');

  const now = Math.floor(ctx.nowMs / 1000);
  const { iat, exp } = payload;
  if (!isInt(iat))
    return refuse(
      'grant.iat',
      'missingIat',
      `iat is ${iat === undefined ? 'missing' : `not a number (${JSON.stringify(iat)})`}`,
    );
  if (iat > now + ctx.skewSeconds) {
    return refuse(
      'grant.iat',
      'iatFuture',
      `iat is ${Math.round(iat - now)} s in the future, limit ${ctx.skewSeconds} s`,
    );
  }
  if (!isInt(exp))
    return refuse(
      'grant.exp',
      'missingExp',
      `exp is ${exp === undefined ? 'missing' : `not a number (${JSON.stringify(exp)})`}`,
    );
  if (now > exp + ctx.skewSeconds) {
    return refuse(
      'grant.exp',
      'expired',
      `exp passed ${Math.round(now - exp)} s ago, limit ${ctx.skewSeconds} s`,
    );
  }
  const lifetime = exp - iat;
  if (lifetime > ctx.maxLifetimeSeconds) {
    return refuse(
      'grant.lifetime',
      'lifetime',
      `exp − iat is ${lifetime} s, limit ${ctx.maxLifetimeSeconds} s`,
    );
  }
  if (lifetime <= 0)
    return refuse('grant.lifetime', 'invalidClaim', `exp (${exp}) is not after iat (${iat})`);
  if (payload.nbf !== undefined && (!isInt(payload.nbf) || payload.nbf > now + ctx.skewSeconds)) {
    return refuse(
      'grant.nbf',
      'invalidClaim',
      `nbf ${JSON.stringify(payload.nbf)} is not a time at or before now`,
    );
  }
  pass('grant.time', `iat ${iat}, exp ${exp}, lifetime ${lifetime} s`);

  const jti = payload.jti;
  if (jti !== undefined && (typeof jti !== 'string' || jti === ''))
    return refuse('grant.jti', 'invalidClaim', 'jti must be a non-empty string');
  if (jti === undefined && ctx.requireJti)
    return refuse(
      'grant.jti',
      'missingJti',
      'jti is missing (this simulator runs with requireJti)',
    );
  // Without jti the grant itself identifies it: the same grant sent twice is still a replay.
  const replayKey = `${client.clientId}|${jti ?? `sha256:${createHash('sha256').update(assertion).digest('base64url')}`}`;
  if (!ctx.rememberJti(replayKey, (exp + ctx.skewSeconds) * 1000)) {
    return refuse(
      'grant.jti',
      'replay',
      jti === undefined
        ? 'this exact grant (no jti) was used before'
        : `jti reused: ${jti} was used before by client ${client.clientId}`,
    );
  }
  pass('grant.jti', jti === undefined ? 'no jti; replay keyed on the grant hash' : String(jti));

  const scopeClaim = payload.scope;
  if (typeof scopeClaim !== 'string' || scopeClaim.trim() === '')
    return refuse('grant.scope', 'missingScope', 'scope is missing or empty');
  const scopes = [...new Set(scopeClaim.trim().split(/\s+/))];
  const notAllowed = scopes.filter((s) => !client.scopes.includes(s));
  if (notAllowed.length > 0) {
    return refuse(
      'grant.scope',
      'scopeNotAllowed',
      `scope ${notAllowed.join(' ')} is not registered on client ${client.clientId} (registered: ${client.scopes.join(' ') || 'none'})`,
      `Token request contains invalid scopes for client, ${notAllowed.join(' ')}`,
    );
  }
  pass('grant.scope', scopes.join(' '));

  const details = payload.authorization_details;
  if (details !== undefined) {
    if (
      !Array.isArray(details) ||
      details.some(
        (d) =>
          d === null || typeof d !== 'object' || typeof (d as { type?: unknown }).type !== 'string',
      )
    ) {
      return refuse(
        'grant.authorization_details',
        'unknownDetailsType',
        'authorization_details must be an array of objects with a type',
      );
    }
    const unknownType = details.find((d) => !detailTypes.has((d as { type: string }).type)) as
      | { type: string }
      | undefined;
    if (unknownType !== undefined)
      return refuse(
        'grant.authorization_details',
        'unknownDetailsType',
        `authorization_details type ${unknownType.type} is unknown`,
      );
    return refuse(
      'grant.authorization_details',
      'noSystemUser',
      'the simulator imitates API delegation (consumer_org), not Altinn system users or consent; no system user matches',
    );
  }
  if (payload.iss_onbehalfof !== undefined) {
    return refuse(
      'grant.iss_onbehalfof',
      'invalidClaim',
      'iss_onbehalfof (deprecated internal delegation) is not supported by Skatteetaten scopes; use consumer_org',
    );
  }
  if (
    payload.pid !== undefined &&
    (typeof payload.pid !== 'string' || !/^\d{11}$/.test(payload.pid))
  ) {
    return refuse('grant.pid', 'invalidClaim', 'pid must be an 11-digit person number');
  }
  const resource = payload.resource;
  if (resource !== undefined) {
    const list = Array.isArray(resource) ? resource : [resource];
    if (list.length === 0 || list.some((r) => typeof r !== 'string' || !URL.canParse(r))) {
      return refuse(
        'grant.resource',
        'invalidClaim',
        'resource must be an absolute URI or a non-empty array of them',
      );
    }
  }

  const rawConsumer = payload.consumer_org;
  if (rawConsumer !== undefined) {
    if (typeof rawConsumer !== 'string' || !/^\d{9}$/.test(rawConsumer)) {
      return refuse(
        'grant.consumer_org',
        'consumerOrgFormat',
        `consumer_org must be a 9-digit organisation number as a string, got ${JSON.stringify(rawConsumer)}`,
      );
    }
    if (rawConsumer === client.orgnr) {
      return refuse(
        'grant.consumer_org',
        'consumerOrgOwn',
        `consumer_org ${rawConsumer} is the client's own organisation; leave consumer_org out to ask for yourself`,
      );
    }
    consumerOrg = rawConsumer;
    supplierOrg = client.orgnr;
  } else consumerOrg = client.orgnr;

  const consumerLabel = orgLabel(
    consumerOrg,
    ctx.getOnboarding(consumerOrg) ?? ctx.getOrganisation(consumerOrg),
  );
  const supplierLabel = orgLabel(
    client.orgnr,
    ctx.getOrganisation(client.orgnr) ?? { orgnr: client.orgnr, navn: client.navn },
  );
  for (const scope of scopes) {
    const api = apiOfScope(scope);
    if (api === undefined) continue;
    const granted = scopeGranted(
      consumerOrg,
      ctx.getOnboarding(consumerOrg),
      ctx.getOrganisation(consumerOrg),
      api,
    );
    if (!granted.ok) {
      return refuse(
        'onboarding',
        'notGranted',
        granted.reason,
        `Consumer has not been granted access to the scope ${scope}.`,
      );
    }
    pass('onboarding', granted.detail);
  }
  if (supplierOrg !== undefined) {
    for (const scope of scopes) {
      const api = apiOfScope(scope);
      // A delegation of any of the API's scopes counts: old delegations of the spesifisert API keep working.
      const candidates = api?.scopes ?? [scope];
      const found =
        candidates
          .map((s) => ctx.findDelegation(consumerOrg as string, supplierOrg as string, s))
          .find((d) => d?.status === 'active') ??
        candidates
          .map((s) => ctx.findDelegation(consumerOrg as string, supplierOrg as string, s))
          .find((d) => d !== undefined);
      const decision = delegationGranted(found, consumerLabel, supplierLabel, api, scope);
      if (!decision.ok) {
        return refuse(
          'altinn.delegation',
          'notDelegated',
          decision.reason,
          `Consumer ${consumerOrg} has not delegated access to the scope ${scope} to supplier ${supplierOrg}.`,
        );
      }
      pass('altinn.delegation', decision.detail);
    }
  }

  return {
    ok: true,
    client,
    clientAmr,
    scopes,
    consumerOrg,
    ...(supplierOrg === undefined ? {} : { supplierOrg }),
    ...(resource === undefined ? {} : { resource: resource as string | string[] }),
    ...(typeof payload.pid === 'string' ? { pid: payload.pid } : {}),
    trail,
  };
}
