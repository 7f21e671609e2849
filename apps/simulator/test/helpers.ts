// Starts the real simulator on 127.0.0.1:0 with a fresh state folder, and signs grants the way a
// vendor's client does.
import { createHmac, type KeyObject, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { type Simulator, type StartOptions, startSimulator } from '../src/app.js';
import { defaultConfig } from '../src/config/load.js';
import type { SimulatorConfig } from '../src/config/options.js';
import { demoClientIds, demoKommuner, demoVendor } from '../src/demo/demo.js';
import { signJws } from '../src/maskinporten/jwt.js';

export { demoClientIds, demoKommuner, demoVendor };

export interface TestSimulator extends Simulator {
  readonly vendorKey: NonNullable<Simulator['vendorKey']>;
  readonly x5c: string[];
}

export async function startTestSimulator(
  overrides: Partial<SimulatorConfig> = {},
  options: StartOptions = {},
): Promise<TestSimulator> {
  const stateDir = mkdtempSync(join(tmpdir(), 'skattedeling-sim-'));
  const sim = await startSimulator(
    defaultConfig({ port: 0, stateDir, logLevel: 'quiet', today: '2026-06-15', ...overrides }),
    options,
  );
  if (sim.vendorKey === undefined || sim.demo === undefined)
    throw new Error('the demo set-up is missing');
  const demoJson = JSON.parse(readFileSync(sim.demo.files.demo, 'utf8')) as { x5c: string[] };
  return Object.assign(sim, { vendorKey: sim.vendorKey, x5c: demoJson.x5c });
}

export interface GrantOptions {
  readonly header?: Record<string, unknown>;
  readonly claims?: Record<string, unknown>;
  readonly omit?: readonly string[];
  readonly key?: KeyObject;
}

/** A grant from the demo kid client, with any claim or header member overridden. */
export function grant(sim: TestSimulator, o: GrantOptions = {}): string {
  const iat = Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = {
    aud: sim.ctx.urls.issuer,
    iss: demoClientIds.kid,
    scope: 'skatteetaten:summertskattegrunnlag',
    iat,
    exp: iat + 120,
    jti: randomUUID(),
    consumer_org: demoKommuner.fullt.orgnr,
    ...o.claims,
  };
  for (const k of o.omit ?? []) delete claims[k];
  const header = { alg: 'RS256', kid: sim.vendorKey.kid, ...o.header };
  for (const [k, v] of Object.entries(header))
    if (v === undefined) delete (header as Record<string, unknown>)[k];
  return signJws(header, claims, o.key ?? sim.vendorKey.privateKey);
}

/** A grant with an HMAC signature (alg HS256), e.g. keyed with the public key's PEM. */
export function hmacGrant(
  claims: Record<string, unknown>,
  header: Record<string, unknown>,
  secret: Buffer | string,
): string {
  const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

export interface TokenReply {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: globalThis.Headers;
  readonly text: string;
}

export interface Reply {
  readonly status: number;
  readonly text: string;
  readonly headers: globalThis.Headers;
  json(): Record<string, unknown>;
}

export interface AdminReply {
  readonly status: number;
  readonly text: string;
  readonly headers: globalThis.Headers;
  readonly body: Record<string, unknown> | undefined;
}

export async function postToken(
  sim: Simulator,
  assertion: string,
  extra: Record<string, string> = {},
  headers: Record<string, string> = {},
): Promise<TokenReply> {
  const response = await fetch(sim.ctx.urls.tokenEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      assertion,
      ...extra,
    }),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: JSON.parse(text) as Record<string, unknown>,
    headers: response.headers,
    text,
  };
}

export async function accessToken(
  sim: TestSimulator,
  o: GrantOptions = {},
  headers: Record<string, string> = {},
): Promise<string> {
  const r = await postToken(sim, grant(sim, o), {}, headers);
  if (r.status !== 200)
    throw new Error(
      `token request failed: ${r.status} ${r.text} (${r.headers.get('x-skattedeling-simulator-reason')})`,
    );
  return r.body.access_token as string;
}

export async function get(
  sim: Simulator,
  path: string,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const response = await fetch(`${sim.url}${path}`, { headers });
  const text = await response.text();
  return {
    status: response.status,
    text,
    headers: response.headers,
    json: () => JSON.parse(text) as Record<string, unknown>,
  };
}

export async function admin(
  sim: Simulator,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<AdminReply> {
  // As every admin client must: JSON on every state change, the admin token when configured.
  const changes = method !== 'GET' && method !== 'HEAD';
  const token = sim.ctx.config.adminToken;
  const response = await fetch(`${sim.url}/_simulator${path}`, {
    method,
    headers: {
      ...(changes ? { 'content-type': 'application/json' } : {}),
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    headers: response.headers,
    body: text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>),
  };
}

/** An OpenAPI document's components.schemas as a JSON Schema document for createValidator. */
export function contractSchema(
  path: string,
  id: string,
): { $id: string; $defs: Record<string, unknown> } {
  const doc = parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')) as {
    components: { schemas: Record<string, unknown> };
  };
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [
        k,
        k === '$ref' && typeof v === 'string'
          ? v.replace('#/components/schemas/', '#/$defs/')
          : rewrite(v),
      ]),
    );
  };
  return { $id: id, $defs: rewrite(doc.components.schemas) as Record<string, unknown> };
}

/** The person the data module generates with full data (first of the demo list). */
export function demoPerson(sim: Simulator, match: RegExp): string {
  const found = sim.ctx.data.demoPersons().find((p) => match.test(p.beskrivelse));
  if (found === undefined) throw new Error(`no demo person matches ${match}`);
  return found.personidentifikator;
}

/** The reason the simulator gives for a refusal (its x-skattedeling-simulator-reason header). */
export const reasonOf = (headers: Headers): string =>
  headers.get('x-skattedeling-simulator-reason') ?? '';

/**
 * Posts `assertion` to the token endpoint and asserts Maskinporten's refusal: the status, the
 * OAuth error, the MP code in error_uri (none when `code` is undefined), the trace id at the end
 * of error_description and, when given, the simulator's reason.
 */
export async function expectGrantRefused(
  sim: TestSimulator,
  assertion: string,
  status: number,
  error: string,
  code: string | undefined,
  reason?: RegExp,
): Promise<TokenReply> {
  const r = await postToken(sim, assertion);
  expect(r.status, r.text).toBe(status);
  expect(r.body.error).toBe(error);
  if (code === undefined) expect(r.body.error_uri).toBeUndefined();
  else expect(r.body.error_uri).toBe(`${sim.ctx.urls.issuer}errors/${code}`);
  expect(r.body.error_description).toMatch(/\(trace_id: [0-9a-f]{32}\)$/);
  if (reason !== undefined) expect(reasonOf(r.headers)).toMatch(reason);
  return r;
}
