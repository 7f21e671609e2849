// The simulator's own API under /_simulator (contracts/simulator/openapi.yaml): clients and keys,
// certificates, organisations, onboarding, fixtures, faults, the journal, reset and health.
// Scenario state is written to the test run named in x-skattedeling-test-run, if any.
import {
  createPublicKey,
  generateKeyPairSync,
  type JsonWebKey,
  type KeyObject,
  randomUUID,
} from 'node:crypto';
import express, { type Request, type Router } from 'express';
import type { Context } from '../context.js';
import { isValidTestRun, TEST_RUN_HEADER } from '../http/headers.js';
import type { JournalFilter, JournalSystem, Outcome } from '../journal/journal.js';
import { apiIds } from '../onboarding/apis.js';
import { FixtureError, parsePersonFixture } from '../skatteetaten/data.js';
import type {
  ApiId,
  Client,
  Fault,
  FaultApi,
  Fixture,
  Onboarding,
  Paakobling,
  RegisteredKey,
} from '../store/types.js';
import {
  BadRequest,
  bool,
  Conflict,
  int,
  NotFound,
  object,
  onlyKeys,
  orgnrPattern,
  pidPattern,
  reqStr,
  scopePattern,
  str,
  strList,
} from './check.js';

export interface AdminHooks {
  /** Full reset: clear everything and put the demo back. */
  resetAll(): void;
  demo(): unknown;
}

export function runOf(req: Request): string | undefined {
  const value = req.headers[TEST_RUN_HEADER];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isValidTestRun(value)) {
    throw new BadRequest(`${TEST_RUN_HEADER} must be 1–100 characters of A–Z a–z 0–9 . _ : -`);
  }
  return value;
}

function param(req: Request, name: string): string {
  const v = req.params[name];
  return typeof v === 'string' ? v : '';
}

function publicJwk(value: unknown, what: string): JsonWebKey & { kid: string } {
  const jwk = object(value, what);
  if (jwk.d !== undefined || jwk.p !== undefined)
    throw new BadRequest(`${what} contains private key members; register the public key only`);
  const kid = reqStr(jwk, 'kid', {
    pattern: /^[\x21-\x7e]{1,200}$/,
    allowed: 'a kid (1–200 printable characters)',
  });
  if (jwk.kty !== 'RSA')
    throw new BadRequest(`${what}.kty must be RSA (Maskinporten grants are signed RS256/384/512)`);
  try {
    const exported = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' }).export({
      format: 'jwk',
    });
    return {
      kty: 'RSA',
      n: exported.n as string,
      e: exported.e as string,
      kid,
      ...(typeof jwk.alg === 'string' ? { alg: jwk.alg } : {}),
      ...(typeof jwk.use === 'string' ? { use: jwk.use } : {}),
    };
  } catch {
    throw new BadRequest(`${what} is not a usable RSA public key`);
  }
}

const clientView = (c: Client) => ({
  ...c,
  keys: c.keys.map((k) => ({
    kid: k.kid,
    registeredAt: k.registeredAt,
    expiresAt: k.expiresAt,
    jwk: k.jwk,
  })),
});

function registerKeys(
  ctx: Context,
  client: Client,
  keys: unknown[],
  nowMs: number,
  expiresAt?: string,
): RegisteredKey[] {
  return keys.map((k, i) => {
    const jwk = publicJwk(k, `keys[${i}]`);
    const owner = ctx.store.findClientByKid(jwk.kid);
    if (owner !== undefined && owner.clientId !== client.clientId) {
      throw new Conflict(
        `kid ${jwk.kid} is already registered on client ${owner.clientId}; kids are unique across Maskinporten`,
      );
    }
    return {
      kid: jwk.kid,
      jwk,
      registeredAt: new Date(nowMs).toISOString(),
      expiresAt: expiresAt ?? new Date(nowMs + 365 * 86400_000).toISOString(),
    };
  });
}

function paakobling(value: unknown, what: string, nowMs: number): Paakobling {
  const o = object(value, what);
  onlyKeys(o, ['rettighetspakker', 'innvilget'], what);
  const rettighetspakker = strList(o, 'rettighetspakker', {
    pattern: /^[a-zA-Z]+$/,
    allowed: 'rights-package names (letters)',
    nonEmpty: true,
  }) as string[];
  const innvilget =
    str(o, 'innvilget', {
      optional: true,
      pattern: /^\d{4}-\d{2}-\d{2}/,
      allowed: 'an ISO date-time',
    }) ?? new Date(nowMs).toISOString();
  return { rettighetspakker, innvilget };
}

function onboardingFrom(
  orgnr: string,
  body: unknown,
  ctx: Context,
  run: string | undefined,
  nowMs: number,
): Onboarding {
  const o = object(body);
  onlyKeys(o, ['navn', 'tilslutningserklaeringSignert', 'paakoblinger']);
  const navn =
    str(o, 'navn', { optional: true, pattern: /^.{1,200}$/, allowed: '1–200 characters' }) ??
    ctx.store.getOrganisation(orgnr)?.navn ??
    `Organisasjon ${orgnr}`;
  const signert = bool(o, 'tilslutningserklaeringSignert') ?? false;
  const raw = o.paakoblinger === undefined ? {} : object(o.paakoblinger, 'paakoblinger');
  onlyKeys(raw, apiIds, 'paakoblinger');
  const paakoblinger: Partial<Record<ApiId, Paakobling>> = {};
  for (const api of apiIds)
    if (raw[api] !== undefined)
      paakoblinger[api] = paakobling(raw[api], `paakoblinger.${api}`, nowMs);
  return {
    orgnr,
    navn,
    tilslutningserklaeringSignert: signert,
    paakoblinger,
    ...(run === undefined ? {} : { testRun: run }),
  };
}

function fixtureFrom(
  pid: string,
  body: unknown,
  consumerOrg: string | undefined,
  run: string | undefined,
  nowMs: number,
): Fixture {
  const document = object(body);
  try {
    parsePersonFixture(pid, document, 'body');
  } catch (error) {
    if (error instanceof FixtureError) throw new BadRequest(error.problems.join('; '));
    throw error;
  }
  return {
    personidentifikator: pid,
    ...(consumerOrg === undefined ? {} : { consumerOrg }),
    document,
    created: new Date(nowMs).toISOString(),
    ...(run === undefined ? {} : { testRun: run }),
  };
}

function consumerOrgQuery(req: Request): string | undefined {
  const v = req.query.consumerOrg;
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !orgnrPattern.test(v))
    throw new BadRequest('query consumerOrg must be a 9-digit organisation number');
  return v;
}

const faultApis: readonly FaultApi[] = ['maskinporten', 'summertskattegrunnlag', 'inntekt'];

function faultFrom(body: unknown, run: string | undefined, nowMs: number): Fault {
  const o = object(body);
  onlyKeys(o, [
    'api',
    'pathPrefix',
    'personidentifikator',
    'consumerOrg',
    'latencyMs',
    'status',
    'kode',
    'error',
    'count',
  ]);
  const api = str(o, 'api', {
    optional: true,
    pattern: /^(maskinporten|summertskattegrunnlag|inntekt)$/,
    allowed: faultApis.join(', '),
  }) as FaultApi | undefined;
  const pathPrefix = str(o, 'pathPrefix', {
    optional: true,
    pattern: /^\/\S*$/,
    allowed: 'a path starting with /',
  });
  const personidentifikator = str(o, 'personidentifikator', {
    optional: true,
    pattern: pidPattern,
    allowed: '11 digits',
  });
  const consumerOrg = str(o, 'consumerOrg', {
    optional: true,
    pattern: orgnrPattern,
    allowed: 'a 9-digit organisation number',
  });
  const latencyMs = int(o, 'latencyMs', 0, 120_000);
  const status = int(o, 'status', 400, 599);
  const kode = str(o, 'kode', {
    optional: true,
    pattern: /^(SSG|IM|DAS)-\d{3}$/,
    allowed: 'an error kode such as SSG-002 or DAS-003',
  });
  const error = str(o, 'error', {
    optional: true,
    pattern: /^[a-z_]{1,64}$/,
    allowed: 'an OAuth error code',
  });
  const count = int(o, 'count', 1, 1_000_000);
  if (
    latencyMs === undefined &&
    status === undefined &&
    kode === undefined &&
    error === undefined
  ) {
    throw new BadRequest('a fault needs latencyMs and/or an answer (status, kode or error)');
  }
  if (
    api === undefined &&
    pathPrefix === undefined &&
    personidentifikator === undefined &&
    consumerOrg === undefined &&
    run === undefined
  ) {
    throw new BadRequest(
      'a global fault needs a target: api, pathPrefix, personidentifikator or consumerOrg (or send it in a test run)',
    );
  }
  return {
    id: randomUUID(),
    created: new Date(nowMs).toISOString(),
    ...(api === undefined ? {} : { api }),
    ...(pathPrefix === undefined ? {} : { pathPrefix }),
    ...(personidentifikator === undefined ? {} : { personidentifikator }),
    ...(consumerOrg === undefined ? {} : { consumerOrg }),
    ...(latencyMs === undefined ? {} : { latencyMs }),
    ...(status === undefined ? {} : { status }),
    ...(kode === undefined ? {} : { kode }),
    ...(error === undefined ? {} : { error }),
    ...(count === undefined ? {} : { remaining: count }),
    ...(run === undefined ? {} : { testRun: run }),
  };
}

function journalFilter(req: Request): JournalFilter {
  const q = req.query;
  const s = (name: string): string | undefined => {
    const v = q[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw new BadRequest(`query ${name} may be given once`);
    return v;
  };
  const n = (name: string, max: number): number | undefined => {
    const v = s(name);
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v) || Number(v) > max)
      throw new BadRequest(`query ${name} must be an integer 0–${max}`);
    return Number(v);
  };
  const system = s('system');
  if (
    system !== undefined &&
    !['maskinporten', 'summertskattegrunnlag', 'inntekt', 'other'].includes(system)
  ) {
    throw new BadRequest(
      'query system must be maskinporten, summertskattegrunnlag, inntekt or other',
    );
  }
  const outcome = s('outcome');
  if (outcome !== undefined && !['ok', 'refused', 'fault'].includes(outcome))
    throw new BadRequest('query outcome must be ok, refused or fault');
  return {
    testRun: s('testRun') ?? (req.headers[TEST_RUN_HEADER] as string | undefined),
    system: system as JournalSystem | undefined,
    outcome: outcome as Outcome | undefined,
    status: n('status', 599),
    consumerOrg: s('consumerOrg'),
    personidentifikator: s('personidentifikator'),
    clientId: s('clientId'),
    after: n('after', Number.MAX_SAFE_INTEGER),
    limit: n('limit', 10_000),
  };
}

export function createAdminRouter(ctx: Context, hooks: AdminHooks): Router {
  const r = express.Router();
  const { store } = ctx;

  r.get('/health', (_req, res) => {
    res.json({
      status: 'ok',
      issuer: ctx.urls.issuer,
      clients: store.listClients().length,
      rememberedGrants: store.jtiCount(),
    });
  });
  r.get('/demo', (_req, res) => {
    const demo = hooks.demo();
    if (demo === undefined)
      throw new NotFound('the simulator runs without the demo set-up (--no-demo)');
    res.json(demo);
  });
  r.get('/persons', (_req, res) => {
    res.json({ persons: ctx.data.demoPersons() });
  });
  r.get('/ca', (_req, res) => {
    res.json({ pem: ctx.ca.pem, x5c: [ctx.ca.base64] });
  });

  r.get('/organisations', (_req, res) => {
    res.json({ organisations: store.listOrganisations() });
  });
  r.put('/organisations/:orgnr', (req, res) => {
    const orgnr = param(req, 'orgnr');
    if (!orgnrPattern.test(orgnr)) throw new BadRequest('orgnr must be 9 digits');
    const o = object(req.body);
    onlyKeys(o, ['navn']);
    const org = {
      orgnr,
      navn: reqStr(o, 'navn', { pattern: /^.{1,200}$/, allowed: '1–200 characters' }),
    };
    store.putOrganisation(org);
    res.json(org);
  });

  r.get('/clients', (_req, res) => {
    res.json({ clients: store.listClients().map(clientView) });
  });
  r.post('/clients', (req, res) => {
    const o = object(req.body);
    onlyKeys(o, ['clientId', 'orgnr', 'navn', 'scopes', 'keys']);
    const clientId =
      str(o, 'clientId', {
        optional: true,
        pattern: /^[\w.:-]{1,200}$/,
        allowed: '1–200 characters of letters, digits, . _ : -',
      }) ?? randomUUID();
    if (store.getClient(clientId) !== undefined) throw new Conflict(`client ${clientId} exists`);
    const orgnr = reqStr(o, 'orgnr', {
      pattern: orgnrPattern,
      allowed: 'a 9-digit organisation number',
    });
    const navn =
      str(o, 'navn', { optional: true, pattern: /^.{1,200}$/, allowed: '1–200 characters' }) ??
      store.getOrganisation(orgnr)?.navn ??
      `Organisasjon ${orgnr}`;
    const scopes = strList(o, 'scopes', {
      pattern: scopePattern,
      allowed: 'scopes (prefix:subscope)',
    }) as string[];
    const now = ctx.now();
    const base: Client = {
      clientId,
      orgnr,
      navn,
      scopes,
      keys: [],
      createdAt: new Date(now).toISOString(),
    };
    const rawKeys = o.keys === undefined ? [] : o.keys;
    if (!Array.isArray(rawKeys)) throw new BadRequest('keys must be an array of public JWKs');
    const client = { ...base, keys: registerKeys(ctx, base, rawKeys, now) };
    if (store.getOrganisation(orgnr) === undefined) store.putOrganisation({ orgnr, navn });
    store.putClient(client);
    res.status(201).json(clientView(client));
  });
  r.get('/clients/:clientId', (req, res) => {
    const client = store.getClient(param(req, 'clientId'));
    if (client === undefined) throw new NotFound(`no client ${param(req, 'clientId')}`);
    res.json(clientView(client));
  });
  r.delete('/clients/:clientId', (req, res) => {
    if (!store.deleteClient(param(req, 'clientId')))
      throw new NotFound(`no client ${param(req, 'clientId')}`);
    res.status(204).end();
  });
  r.post('/clients/:clientId/keys', (req, res) => {
    const client = store.getClient(param(req, 'clientId'));
    if (client === undefined) throw new NotFound(`no client ${param(req, 'clientId')}`);
    const o = object(req.body);
    onlyKeys(o, ['keys', 'expiresAt']);
    if (!Array.isArray(o.keys) || o.keys.length === 0)
      throw new BadRequest('keys must be a non-empty array of public JWKs');
    const expiresAt = str(o, 'expiresAt', {
      optional: true,
      pattern: /^\d{4}-\d{2}-\d{2}T/,
      allowed: 'an ISO date-time',
    });
    const added = registerKeys(ctx, client, o.keys, ctx.now(), expiresAt);
    // Posting a key again renews it, as in Maskinporten's self-service API.
    const keys = [...client.keys.filter((k) => !added.some((a) => a.kid === k.kid)), ...added];
    const updated = { ...client, keys };
    store.putClient(updated);
    res.status(201).json(clientView(updated));
  });
  r.delete('/clients/:clientId/keys/:kid', (req, res) => {
    const client = store.getClient(param(req, 'clientId'));
    if (client === undefined) throw new NotFound(`no client ${param(req, 'clientId')}`);
    const kid = param(req, 'kid');
    if (!client.keys.some((k) => k.kid === kid))
      throw new NotFound(`client ${client.clientId} has no key ${kid}`);
    store.putClient({ ...client, keys: client.keys.filter((k) => k.kid !== kid) });
    res.status(204).end();
  });

  r.post('/certificates', (req, res) => {
    const o = object(req.body);
    onlyKeys(o, ['orgnr', 'navn', 'publicKeyJwk', 'days']);
    const orgnr = reqStr(o, 'orgnr', {
      pattern: orgnrPattern,
      allowed: 'a 9-digit organisation number',
    });
    const navn =
      str(o, 'navn', { optional: true, pattern: /^.{1,64}$/, allowed: '1–64 characters' }) ??
      store.getOrganisation(orgnr)?.navn ??
      `Organisasjon ${orgnr}`;
    const days = int(o, 'days', -3650, 3650) ?? 365;
    let privateKeyPem: string | undefined;
    let publicKey: KeyObject;
    if (o.publicKeyJwk !== undefined) {
      publicKey = createPublicKey({
        key: publicJwk({ kid: 'x', ...object(o.publicKeyJwk, 'publicKeyJwk') }, 'publicKeyJwk'),
        format: 'jwk',
      });
    } else {
      const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
      publicKey = pair.publicKey;
      privateKeyPem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    }
    const notBefore = days < 0 ? new Date(ctx.now() + days * 86400_000 * 2) : undefined;
    const cert = ctx.ca.issueVirksomhetssertifikat(
      orgnr,
      navn,
      publicKey,
      notBefore === undefined
        ? { days }
        : { notBefore, notAfter: new Date(ctx.now() + days * 86400_000) },
    );
    res.status(201).json({
      orgnr,
      certificatePem: cert.pem,
      x5c: cert.x5c,
      ...(privateKeyPem === undefined ? {} : { privateKeyPem }),
    });
  });

  r.get('/onboarding', (req, res) => {
    res.json({ onboarding: store.listOnboarding(runOf(req)) });
  });
  r.get('/onboarding/:orgnr', (req, res) => {
    const found = store.getOnboarding(runOf(req), param(req, 'orgnr'));
    if (found === undefined) throw new NotFound(`${param(req, 'orgnr')} is not onboarded`);
    res.json(found);
  });
  r.put('/onboarding/:orgnr', (req, res) => {
    const orgnr = param(req, 'orgnr');
    if (!orgnrPattern.test(orgnr)) throw new BadRequest('orgnr must be 9 digits');
    const run = runOf(req);
    const onboarding = onboardingFrom(orgnr, req.body, ctx, run, ctx.now());
    if (store.getOrganisation(orgnr) === undefined)
      store.putOrganisation({ orgnr, navn: onboarding.navn });
    store.putOnboarding(run, onboarding);
    res.json(onboarding);
  });
  r.delete('/onboarding/:orgnr', (req, res) => {
    if (!store.deleteOnboarding(runOf(req), param(req, 'orgnr')))
      throw new NotFound(`${param(req, 'orgnr')} has no onboarding in this scope`);
    res.status(204).end();
  });
  const current = (req: Request, orgnr: string): Onboarding => {
    const run = runOf(req);
    return (
      store.getOnboarding(run, orgnr) ?? {
        orgnr,
        navn: store.getOrganisation(orgnr)?.navn ?? `Organisasjon ${orgnr}`,
        tilslutningserklaeringSignert: false,
        paakoblinger: {},
      }
    );
  };
  const save = (req: Request, onboarding: Onboarding): Onboarding => {
    const run = runOf(req);
    const { testRun: _t, ...rest } = onboarding;
    const scoped = run === undefined ? rest : { ...rest, testRun: run };
    store.putOnboarding(run, scoped);
    return scoped;
  };
  r.put('/onboarding/:orgnr/tilslutningserklaering', (req, res) => {
    const orgnr = param(req, 'orgnr');
    if (!orgnrPattern.test(orgnr)) throw new BadRequest('orgnr must be 9 digits');
    const o = object(req.body);
    onlyKeys(o, ['signert']);
    const signert = bool(o, 'signert');
    if (signert === undefined) throw new BadRequest('signert must be true or false');
    res.json(save(req, { ...current(req, orgnr), tilslutningserklaeringSignert: signert }));
  });
  r.put('/onboarding/:orgnr/paakoblinger/:api', (req, res) => {
    const orgnr = param(req, 'orgnr');
    const api = param(req, 'api') as ApiId;
    if (!orgnrPattern.test(orgnr)) throw new BadRequest('orgnr must be 9 digits');
    if (!apiIds.includes(api)) throw new NotFound(`api must be ${apiIds.join(' or ')}`);
    const before = current(req, orgnr);
    res.json(
      save(req, {
        ...before,
        paakoblinger: { ...before.paakoblinger, [api]: paakobling(req.body, 'body', ctx.now()) },
      }),
    );
  });
  r.delete('/onboarding/:orgnr/paakoblinger/:api', (req, res) => {
    const orgnr = param(req, 'orgnr');
    const api = param(req, 'api') as ApiId;
    if (!apiIds.includes(api)) throw new NotFound(`api must be ${apiIds.join(' or ')}`);
    const before = current(req, orgnr);
    if (before.paakoblinger[api] === undefined)
      throw new NotFound(`${orgnr} has no påkobling for ${api}`);
    const { [api]: _removed, ...rest } = before.paakoblinger;
    save(req, { ...before, paakoblinger: rest });
    res.status(204).end();
  });

  r.get('/fixtures', (req, res) => {
    res.json({ fixtures: store.listFixtures(runOf(req)) });
  });
  r.get('/fixtures/:personidentifikator', (req, res) => {
    const consumerOrg = consumerOrgQuery(req);
    const found = store.getFixture(runOf(req), param(req, 'personidentifikator'), consumerOrg);
    if (found === undefined)
      throw new NotFound(`no fixture for ${param(req, 'personidentifikator')}`);
    res.json(found);
  });
  r.put('/fixtures/:personidentifikator', (req, res) => {
    const pid = param(req, 'personidentifikator');
    if (!pidPattern.test(pid)) throw new BadRequest('personidentifikator must be 11 digits');
    const run = runOf(req);
    const fixture = fixtureFrom(pid, req.body, consumerOrgQuery(req), run, ctx.now());
    store.putFixture(run, fixture);
    res.json(fixture);
  });
  r.delete('/fixtures/:personidentifikator', (req, res) => {
    const consumerOrg = consumerOrgQuery(req);
    if (!store.deleteFixture(runOf(req), param(req, 'personidentifikator'), consumerOrg))
      throw new NotFound(`no fixture for ${param(req, 'personidentifikator')} in this scope`);
    res.status(204).end();
  });

  r.get('/faults', (req, res) => {
    res.json({ faults: store.listFaults(runOf(req)) });
  });
  r.post('/faults', (req, res) => {
    const run = runOf(req);
    const fault = faultFrom(req.body, run, ctx.now());
    store.addFault(run, fault);
    res.status(201).json(fault);
  });
  r.delete('/faults/:id', (req, res) => {
    if (!store.deleteFault(runOf(req), param(req, 'id')))
      throw new NotFound(`no fault ${param(req, 'id')} in this scope`);
    res.status(204).end();
  });
  r.delete('/faults', (req, res) => {
    const run = runOf(req);
    for (const f of store.listFaults(run)) if (f.testRun === run) store.deleteFault(run, f.id);
    res.status(204).end();
  });

  r.get('/journal', (req, res) => {
    res.json({ entries: ctx.journal.list(journalFilter(req)) });
  });
  r.delete('/journal', (req, res) => {
    ctx.journal.clear(runOf(req));
    res.status(204).end();
  });

  r.post('/reset', (req, res) => {
    const run = runOf(req);
    if (run !== undefined) {
      store.reset(run);
      ctx.journal.clear(run);
    } else hooks.resetAll();
    res.status(204).end();
  });

  return r;
}
